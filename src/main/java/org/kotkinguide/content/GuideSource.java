package org.kotkinguide.content;

import org.kotkinguide.cite.ReferenceLibrary;
import org.kotkinguide.model.Guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        try {
            List<String> lines = Files.readAllLines(folder.resolve("jbake.properties"), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith(key) && line.substring(key.length()).strip().matches("[=:].*")) {
                    return i + 1;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the message still names the setting
        }
        return 0;
    }
}
