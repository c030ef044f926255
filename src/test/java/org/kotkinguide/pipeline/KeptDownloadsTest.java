package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.cli.Main;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;

/**
 * An author previews, then publishes: neither the preview nor a quick build ({@code --no-pdf}) may
 * delete the PDF, the EPUB and the zip a full build put in the site, or the links to them.
 */
class KeptDownloadsTest {
    @TempDir
    Path work;

    @Test
    @Tag("integration")
    void serve_and_a_quick_build_after_a_full_build_keep_its_downloads() throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        Path site = guide.resolve("target/site");
        BuildRun full = BuildRun.buildAll(guide, site);
        assertEquals(0, full.exitCode(), full.err());
        Path pdf = site.resolve("downloads/study-guide.pdf");
        byte[] fullPdf = Files.readAllBytes(pdf);

        serveUntilItHasServed(guide);
        assertTrue(Files.isRegularFile(guide.resolve("target/preview/index.html")), "the preview has its own folder");
        assertTrue(Files.isRegularFile(pdf), "serve left the built site as it was");

        BuildRun quick = BuildRun.build(guide, site);
        assertEquals(0, quick.exitCode(), quick.err());
        assertEquals(List.of(fullPdf.length), List.of(Files.readAllBytes(pdf).length));
        assertTrue(Files.isRegularFile(site.resolve("downloads/study-guide.epub")));
        assertTrue(Files.isRegularFile(site.resolve("downloads/study-guide-offline.zip")));
        Document download = Jsoup.parse(site.resolve("download.html").toFile());
        assertFalse(download.select("a[href=downloads/study-guide.pdf]").isEmpty(), download.html());
        assertTrue(download.text().contains("from the last full build"), download.text());
        Document chapter = Jsoup.parse(site.resolve("chapters/mouths.html").toFile());
        assertFalse(chapter.select("a[href$=downloads/study-guide.pdf]").isEmpty(), "pages still link the PDF");

        // a chapter deleted since the full build: its handout is not carried into the next site, the others are
        Path mouths = guide.resolve("content/chapters/mouths.adoc");
        String mouthsText = Files.readString(mouths);
        Files.delete(mouths);
        BuildRun deleted = BuildRun.build(guide, site);
        assertEquals(0, deleted.exitCode(), deleted.err());
        assertFalse(Files.exists(site.resolve("downloads/handouts/mouths.pdf")), "a deleted chapter's handout");
        assertTrue(Files.isRegularFile(site.resolve("downloads/handouts/sources.pdf")), "a chapter's handout");
        Files.writeString(mouths, mouthsText);

        // a chapter added since the full build has no handout there: the set is not the guide's, so none is linked
        Files.writeString(guide.resolve("content/chapters/tributaries.adoc"), """
                = Tributaries
                :jbake-type: chapter
                :jbake-order: 3

                Smaller rivers join a larger one.
                """);
        BuildRun added = BuildRun.build(guide, site);
        assertEquals(0, added.exitCode(), added.err());
        Document missing = Jsoup.parse(site.resolve("download.html").toFile());
        assertTrue(missing.text().contains("The PDF, the EPUB and the offline copy are missing"), missing.text());
        assertTrue(missing.select("a[href$=.pdf]").isEmpty(), missing.html());
        Document newChapter =
                Jsoup.parse(site.resolve("chapters/tributaries.html").toFile());
        assertTrue(newChapter.select("a[href$=.pdf]").isEmpty(), "no page links a PDF the site lacks");
    }

    @Test
    void a_quick_build_with_no_full_build_before_says_the_downloads_are_missing() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        BuildRun quick = BuildRun.build(guide, guide.resolve("target/site"));

        assertEquals(0, quick.exitCode(), quick.err());
        Document download =
                Jsoup.parse(guide.resolve("target/site/download.html").toFile());
        assertTrue(download.text().contains("The PDF, the EPUB and the offline copy are missing"), download.text());
        assertTrue(download.select("a[href$=.pdf]").isEmpty());
    }

    /** {@code serve} as the author starts it, stopped (as by Ctrl+C) once it serves. */
    private static void serveUntilItHasServed(Path guide) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
        Thread serve = new Thread(
                () -> Main.run(List.of("serve", "--source", guide.toString(), "--port", "0"), printed, printed));
        serve.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!out.toString(StandardCharsets.UTF_8).contains("serving http")) {
            assertTrue(Instant.now().isBefore(deadline), out.toString(StandardCharsets.UTF_8));
            Thread.sleep(200);
        }
        serve.interrupt();
        serve.join(20_000);
    }
}
