package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.GuideBuildException;
import org.kotkinguide.support.FolderSnapshot;
import org.kotkinguide.support.GuideFolders;

/**
 * The whole-guide PDF, the handouts and the EPUB are made at once, on both cores: the edit-to-PDF
 * loop waits for the slowest of them, not for all three one after the other. One that fails still
 * fails the build, at the file and line of the mistake, and the last good site stays.
 */
@Tag("integration")
class ExportAtOnceTest {
    private static final List<BuildStage> AT_ONCE =
            List.of(BuildStage.EXPORT_PDF, BuildStage.EXPORT_HANDOUTS, BuildStage.EXPORT_EPUB);

    @TempDir
    Path work;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private BuildResult build(Path guide) {
        return new GuideBuild(
                        BuildOptions.of(guide, work.resolve("out/site")),
                        new PrintStream(console, true, StandardCharsets.UTF_8))
                .run();
    }

    @Test
    void the_pdf_the_handouts_and_the_epub_are_made_at_the_same_time() {
        BuildResult result = build(GuideFolders.fixture("minimal", work));

        List<StageReport> exports = AT_ONCE.stream().map(result::stage).toList();
        for (StageReport export : exports) {
            assertTrue(export.redone() > 0 && export.kept() == 0, "a first build makes each anew: " + export);
        }
        // each was running while each of the others was: the latest start comes before the earliest end
        Duration lastStart = exports.stream()
                .map(StageReport::started)
                .max(Duration::compareTo)
                .orElseThrow();
        Duration firstEnd = exports.stream()
                .map(StageReport::ended)
                .min(Duration::compareTo)
                .orElseThrow();
        assertTrue(lastStart.compareTo(firstEnd) < 0, "the three overlap in time: " + exports);
        // the stage after them starts once the last of them has ended
        Duration lastEnd = exports.stream()
                .map(StageReport::ended)
                .max(Duration::compareTo)
                .orElseThrow();
        assertTrue(
                result.stage(BuildStage.EXPORT_ZIP).started().compareTo(lastEnd) >= 0,
                "the zip holds all three: " + result.stages());
        // and the console still says what each made, in the same order as before
        List<String> lines = console.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> said = exports.stream().map(StageReport::line).toList();
        assertEquals(said, lines.stream().filter(said::contains).toList(), console.toString());
    }

    @Test
    void a_pdf_that_cannot_be_made_fails_the_build_at_its_line_and_leaves_the_last_good_site() {
        Path guide = GuideFolders.fixture("minimal", work);
        build(guide);
        Map<String, String> lastGood = published();

        // an image the site shows but asciidoctor-pdf cannot read: the book and the chapter's handout
        // fail, each on its own thread, while the EPUB is made beside them
        GuideFolders.copyTree(GuideFolders.FIXTURES.resolve("bad/image-the-pdf-cannot-read"), guide);
        GuideBuildException failed = assertThrows(GuideBuildException.class, () -> build(guide));

        // the image's line (as `check` says it: CheckCommandTest), whichever thread ended first
        assertTrue(
                failed.errors().stream()
                        .anyMatch(e -> e.file().equals("content/chapters/mouths.adoc") && e.line() == 10),
                failed.getMessage());
        assertEquals(lastGood, published(), "the site, its downloads and the copies beside it are as before");
    }

    /** Everything the build put in its output folder and beside it, but its cache. */
    private Map<String, String> published() {
        var files = new java.util.TreeMap<>(FolderSnapshot.of(work.resolve("out")));
        files.keySet().removeIf(name -> name.startsWith(org.kotkinguide.cache.DiskCache.FOLDER + "/"));
        return files;
    }
}
