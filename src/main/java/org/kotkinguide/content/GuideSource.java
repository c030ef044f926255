package org.kotkinguide.content;

import org.kotkinguide.cite.ReferenceLibrary;
import org.kotkinguide.model.Guide;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * A guide folder, read and checked: its settings, every page by absolute file path, the references,
 * and the model built from them.
 */
public record GuideSource(Path folder, Properties properties, Map<Path, Page> pages, ReferenceLibrary library, Guide guide) {

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
