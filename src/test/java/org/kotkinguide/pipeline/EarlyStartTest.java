package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.cache.DiskCache;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.support.GuideFolders;

/**
 * An author edits a chapter and builds: JRuby starts at once, beside the reading of the guide, when
 * the change the up-to-date check finds is one a page's conversion reads. An asset or template edit
 * converts nothing, and must not pay for JRuby at all.
 */
class EarlyStartTest {
    @TempDir
    Path work;

    @Test
    void jruby_starts_early_only_for_a_change_a_conversion_reads() throws IOException {
        Map<String, Consumer<Path>> edits = new java.util.LinkedHashMap<>();
        edits.put("a chapter edited", guide -> append(guide.resolve("content/chapters/mouths.adoc")));
        edits.put("a chapter added", guide -> write(guide.resolve("content/chapters/new.adoc"), "= New\n"));
        edits.put("the settings edited", guide -> append(guide.resolve("jbake.properties")));
        edits.put("an asset added", guide -> write(guide.resolve("assets/notes.txt"), "notes"));
        edits.put("a template edited", guide -> append(guide.resolve("templates/chapter.ftlh")));
        Map<String, Boolean> early = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Consumer<Path>> edit : edits.entrySet()) {
            Path guide = GuideFolders.fixture("minimal", work.resolve(String.valueOf(early.size())));
            Path site = guide.resolve("target/site");
            DiskCache cache = DiskCache.in(site.resolveSibling(DiskCache.FOLDER), true);
            BuildOptions options = BuildOptions.of(guide, site).withoutPdf();
            UpToDate before = new UpToDate(cache, options, site);
            assertNull(before.warningsIfUnchanged(), "nothing recorded yet");
            assertEquals(true, before.pagesMayConvert(), "a first build converts every page");
            org.kotkinguide.content.GuideSource loaded = GuideLoader.load(guide);
            loaded.inputs().noteAll(loaded.templateFolder()); // as the lay-out stage records them
            before.record(loaded, List.of());
            cache.flush();

            edit.getValue().accept(guide);
            UpToDate after = new UpToDate(DiskCache.in(site.resolveSibling(DiskCache.FOLDER), true), options, site);
            assertNull(after.warningsIfUnchanged(), edit.getKey() + " is a change");
            early.put(edit.getKey(), after.pagesMayConvert());
        }
        assertEquals(
                Map.of(
                        "a chapter edited", true,
                        "a chapter added", true,
                        "the settings edited", true,
                        "an asset added", false,
                        "a template edited", false),
                early);
    }

    private static void append(Path file) {
        try {
            Files.writeString(file, "\n// edited\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
