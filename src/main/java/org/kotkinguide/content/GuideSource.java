package org.kotkinguide.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kotkinguide.model.Guide;
import org.kotkinguide.settings.Settings;
import org.kotkinguide.settings.SettingsFile;

/**
 * A guide folder, read and checked: its settings, every page by absolute file path, the references,
 * the model built from them, and every file read so far ({@code inputs}, which later stages add to).
 */
public record GuideSource(
        Path folder,
        Settings settings,
        Map<Path, Page> pages,
        ReferenceLibrary library,
        Guide guide,
        BuildInputs inputs) {

    /**
     * Every setting as the build parsed it, one "key=value" a line in key order: the one text of the
     * settings that the caches key on (never a {@code toString()}).
     */
    public String settingsKey() {
        return settingsKeyWithout(java.util.Set.of());
    }

    /** {@link #settingsKey()} without the settings named in {@code notRead}, which the output keyed does not read. */
    public String settingsKeyWithout(java.util.Set<String> notRead) {
        StringBuilder key = new StringBuilder();
        new java.util.TreeMap<>(settings.values()).forEach((name, value) -> {
            if (!notRead.contains(name)) {
                key.append(name).append('=').append(value).append('\n');
            }
        });
        return key.toString();
    }

    /** The same folder with {@code converted}, the guide as the conversion handed it back. */
    public GuideSource withGuide(Guide converted) {
        return new GuideSource(folder, settings, pages, library, converted, inputs);
    }

    /** The pages by the address each is published at (a chapter's {@code uri()} finds its page). */
    public java.util.Map<String, Page> pagesByUri() {
        java.util.Map<String, Page> byUri = new java.util.HashMap<>();
        pages.values().forEach(page -> byUri.put(page.uri(), page));
        return byUri;
    }

    public Page page(Path file) {
        return pages.get(file.toAbsolutePath().normalize());
    }

    public Path contentFolder() {
        return folder.resolve(settings.contentFolder());
    }

    public Path templateFolder() {
        return folder.resolve(settings.templateFolder());
    }

    public Path assetFolder() {
        return folder.resolve(settings.assetFolder());
    }

    /** The line of jbake.properties that sets {@code key}, for a message about its value; 0 when none does. */
    public int settingLine(String key) {
        return settings.lineOf(key);
    }

    /**
     * A warning for each key of jbake.properties that nothing reads, with the known key it most likely meant,
     * and at each line of a key set again further down, which that later line overrides.
     */
    public List<ContentError> settingsWarnings() {
        return settingsWarnings(settings.unknownKeys(), settings.repeatedKeys(), settings.knownKeys());
    }

    /** The same, from what a file with mistakes still tells (see {@link GuideLoader#settings}). */
    static List<ContentError> settingsWarnings(
            List<Settings.UnknownKey> unknownKeys,
            List<Settings.RepeatedKey> repeatedKeys,
            java.util.Collection<String> knownKeys) {
        List<ContentError> unknown = unknownKeys.stream()
                .map(key -> new ContentError(
                        SettingsFile.NAME,
                        key.line(),
                        "unknown setting '" + key.key() + "': neither the guide nor JBake reads it"
                                + Suggestions.didYouMean(key.key(), knownKeys)))
                .toList();
        List<ContentError> overridden = repeatedKeys.stream()
                .flatMap(key -> {
                    int used = key.lines().get(key.lines().size() - 1);
                    return key.lines().subList(0, key.lines().size() - 1).stream()
                            .map(line -> new ContentError(
                                    SettingsFile.NAME,
                                    line,
                                    key.key() + " is set again at line " + used + ", and the last line is the one"
                                            + " used: this line does nothing; remove one of the two"));
                })
                .toList();
        return java.util.stream.Stream.concat(unknown.stream(), overridden.stream())
                .sorted(java.util.Comparator.comparingInt(ContentError::line))
                .toList();
    }
}
