package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.GuideBuildException;
import org.kotkinguide.support.FolderSnapshot;
import org.kotkinguide.support.GuideFolders;

/**
 * The handouts and then the EPUB are made beside the whole-guide PDF, on the other core: a build with
 * PDFs waits for the PDF or for the handouts and EPUB, whichever is longer, not for all three one after
 * the other. A mistake in any of them still fails the build at the file and line of the mistake, and
 * the last good site stays, with no staging folder left behind.
 */
@Tag("integration")
class ExportBesideTest {
    @TempDir
    Path work;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private BuildResult build(Path guide) {
        return build(guide, work, console);
    }

    private static BuildResult build(Path guide, Path work, ByteArrayOutputStream console) {
        return new GuideBuild(
                        BuildOptions.of(guide, work.resolve("out/site")),
                        new PrintStream(console, true, StandardCharsets.UTF_8))
                .run();
    }

    @TempDir
    static Path firstBuildFolder;

    /** A first build with the PDFs of the minimal guide, and what it printed: two tests only read them. */
    static BuildResult firstBuild;

    static final ByteArrayOutputStream firstBuildConsole = new ByteArrayOutputStream();

    @BeforeAll
    static void buildTheMinimalGuideOnce() {
        firstBuild = build(GuideFolders.fixture("minimal", firstBuildFolder), firstBuildFolder, firstBuildConsole);
    }

    @Test
    void the_handouts_are_made_while_the_pdf_is_and_the_epub_after_the_first_of_them() {
        BuildResult result = firstBuild;

        StageReport pdf = result.stage(BuildStage.EXPORT_PDF);
        StageReport handouts = result.stage(BuildStage.EXPORT_HANDOUTS);
        StageReport epub = result.stage(BuildStage.EXPORT_EPUB);
        for (StageReport export : List.of(pdf, handouts, epub)) {
            assertTrue(export.redone() > 0 && export.kept() == 0, "a first build makes each anew: " + export);
        }
        assertTrue(
                handouts.started().compareTo(pdf.ended()) < 0 && pdf.started().compareTo(handouts.ended()) < 0,
                "the handouts are made while the PDF is: " + pdf + " " + handouts);
        assertTrue(
                epub.started().compareTo(pdf.ended()) >= 0 || epub.started().compareTo(handouts.ended()) >= 0,
                "the EPUB once the PDF or the handouts are made, on that thread: " + epub);
        StageReport zip = result.stage(BuildStage.EXPORT_ZIP);
        assertTrue(
                zip.started().compareTo(pdf.ended()) >= 0 && zip.started().compareTo(epub.ended()) >= 0,
                "the zip, which holds them all, once all are made: " + result.stages());
        // the console says what each made, in the order the stages are named
        List<String> said = List.of(pdf.line(), handouts.line(), epub.line());
        String printed = firstBuildConsole.toString(StandardCharsets.UTF_8);
        assertEquals(said, printed.lines().filter(said::contains).toList(), printed);
    }

    @Test
    void a_pdf_that_cannot_be_made_fails_the_build_at_its_line_and_leaves_the_last_good_site() throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        build(guide);
        Map<String, String> lastGood = published();

        // an image the site shows but asciidoctor-pdf cannot read: the PDF fails on this thread and the
        // chapter's handout on the other (so the EPUB after them is not made); the PDF's error is said
        GuideFolders.copyTree(GuideFolders.FIXTURES.resolve("bad/image-the-pdf-cannot-read"), guide);
        GuideBuildException failed = assertThrows(GuideBuildException.class, () -> build(guide));

        assertTrue(
                failed.errors().stream()
                        .anyMatch(e -> e.file().equals("content/chapters/mouths.adoc") && e.line() == 10),
                failed.getMessage());
        assertEquals(lastGood, published(), "the site, its downloads and the copies beside it are as before");
        try (var left = Files.list(work.resolve("out"))) {
            assertEquals(
                    List.of(),
                    left.map(p -> p.getFileName().toString())
                            .filter(name -> name.startsWith(".site-building-"))
                            .toList(),
                    "no staging folder left beside the site");
        }
    }

    @Test
    void a_broken_link_fails_a_build_with_the_pdfs_before_they_are_made() {
        Path guide = GuideFolders.fixture("minimal", work);
        // two mistakes: a link a template breaks on every page, and an image only the PDF converter cannot read
        GuideFolders.copyTree(GuideFolders.FIXTURES.resolve("bad/image-the-pdf-cannot-read"), guide);
        GuideFolders.copyTree(GuideFolders.FIXTURES.resolve("bad/broken-template-link"), guide);

        GuideBuildException failed = assertThrows(GuideBuildException.class, () -> build(guide));

        // the site's links are followed before the slow PDFs, so the image, which only a PDF finds, is not reached
        assertEquals(
                List.of("templates/partials/footer.ftlh"),
                failed.errors().stream()
                        .map(org.kotkinguide.content.ContentError::file)
                        .distinct()
                        .toList(),
                failed.getMessage());
        assertTrue(failed.getMessage().contains("credits.html"), failed.getMessage());
    }

    @Test
    void the_site_is_verified_before_the_pdfs_and_once_more_with_the_downloads() {
        BuildResult result = firstBuild;

        List<BuildStage> order =
                result.stages().stream().map(StageReport::stage).toList();
        assertTrue(
                order.indexOf(BuildStage.VERIFY_SITE) >= 0
                        && order.indexOf(BuildStage.VERIFY_SITE) < order.indexOf(BuildStage.EXPORT_PDF)
                        && order.indexOf(BuildStage.EXPORT_ZIP) < order.indexOf(BuildStage.VERIFY),
                order.toString());
        StageReport last = result.stage(BuildStage.VERIFY);
        assertTrue(
                last.count("links") > result.stage(BuildStage.VERIFY_SITE).count("links"),
                "the last check also follows the download page's links: " + last);
        assertTrue(last.redone() >= 1 && last.redone() < last.kept(), "it parses again only what changed: " + last);
    }

    /** Everything the build put in its output folder and beside it, but its cache. */
    private Map<String, String> published() {
        var files = new java.util.TreeMap<>(FolderSnapshot.of(work.resolve("out")));
        files.keySet().removeIf(name -> name.startsWith(org.kotkinguide.cache.DiskCache.FOLDER + "/"));
        return files;
    }
}
