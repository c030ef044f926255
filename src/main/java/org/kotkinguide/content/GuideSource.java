package org.kotkinguide.content;

import org.kotkinguide.cite.ReferenceLibrary;
import org.kotkinguide.model.Guide;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * A guide folder, read and checked: its settings, every page by absolute file path, the references,
 * the model built from them, and every file read so far ({@code inputs}, which later stages add to).
 */
public record GuideSource(Path folder, Properties properties, Map<Path, Page> pages, ReferenceLibrary library, Guide guide,
                          BuildInputs inputs) {

    /**
     * Every setting as the build parsed it, one "key=value" a line in key order: the one text of the
     * settings that the caches key on (never a {@code toString()}).
     */
    public String settingsKey() {
        StringBuilder key = new StringBuilder();
        new java.util.TreeMap<String, String>(properties.stringPropertyNames().stream()
                .collect(java.util.stream.Collectors.toMap(name -> name, name -> properties.getProperty(name).strip())))
                .forEach((name, value) -> key.append(name).append('=').append(value).append('\n'));
        return key.toString();
    }

    public Page page(Path file) {
        return pages.get(file.toAbsolutePath().normalize());
    }

    public Path contentFolder() {
        return folder.resolve(properties.getProperty("content.folder", "content"));
    }

    public Path templateFolder() {
        return folder.resolve(properties.getProperty("template.folder", "templates"));
    }

    public Path assetFolder() {
        return folder.resolve(properties.getProperty("asset.folder", "assets"));
    }

    /** The line of jbake.properties that sets {@code key}, for a message about its value; 0 when none does. */
    public int settingLine(String key) {
        return PropertiesFile.lineOf(folder, key);
    }
}
