package org.kotkinguide.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.pipeline.BuildOptions;
import org.kotkinguide.pipeline.GuideBuild;
import org.kotkinguide.support.GuideFolders;

/**
 * After an edit, the book and the handouts are converted a second time (for the pages their answers
 * and questions name) beside the first, with the last build's pages as a guess. The PDFs are byte for
 * byte those of a clean build, whether the guess was right (a sentence added at a chapter's end) or
 * wrong (a chapter grown by pages, so the answers move).
 */
@Tag("integration")
class PagesAheadTest {
    @TempDir
    Path work;

    private void build(Path guide, Path site, boolean cache) {
        BuildOptions options = BuildOptions.of(guide, site);
        new GuideBuild(
                        cache ? options : options.withoutCache(),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run();
    }

    private void assertSameAsACleanBuild(Path guide, Path site, String what) {
        Path clean = work.resolve("clean-" + what + "/site");
        build(guide, clean, false);
        List<Path> pdfs;
        try (var files = Files.walk(clean.resolve("downloads"))) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        org.junit.jupiter.api.Assertions.assertEquals(3, pdfs.size(), "the book and two handouts: " + pdfs);
        for (Path pdf : pdfs) {
            Path name = clean.resolve("downloads").relativize(pdf);
            try {
                assertArrayEquals(
                        Files.readAllBytes(pdf),
                        Files.readAllBytes(site.resolve("downloads").resolve(name)),
                        name + " after " + what);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void pdfs_made_with_the_last_builds_pages_as_a_guess_are_those_of_a_clean_build() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Path site = work.resolve("out/site");
        build(guide, site, true);
        Path chapter = guide.resolve("content/chapters/sources.adoc");

        Files.writeString(chapter, "\nOne more sentence at the end.\n", StandardOpenOption.APPEND);
        build(guide, site, true);
        assertSameAsACleanBuild(guide, site, "a sentence");

        // pages of text before the self-check: its questions and answers land on other pages
        LongerChapter.pushDown(chapter, 120, "");
        build(guide, site, true);
        assertSameAsACleanBuild(guide, site, "pages of text");
    }
}
