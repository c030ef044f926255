package org.kotkinguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Pdf;
import org.kotkinguide.support.Site;

/** Pages may include partials from inside the guide's folder (and only from there: see BadInputTest). */
class IncludesTest {
    @TempDir
    Path work;

    @Test
    void a_partial_inside_the_guide_is_included_and_is_not_a_page_of_its_own() {
        BuildRun run = BuildRun.build(GuideFolders.minimalWith("include-inside-guide", work), work.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        Site site = new Site(work.resolve("site"));
        assertTrue(site.page("chapters/mouths.html").text().contains("A note shared by several chapters."));
        assertFalse(
                site.pages().stream().anyMatch(p -> p.contains("_note")),
                site.pages().toString());
    }

    /** Its path starts at the guide's folder on the site; the book and the EPUB are read from the content folder. */
    @Test
    @org.junit.jupiter.api.Tag("integration")
    void the_pdf_the_handout_and_the_epub_include_it_too() throws java.io.IOException {
        Path out = work.resolve("out");
        BuildRun run = BuildRun.buildAll(GuideFolders.minimalWith("include-inside-guide", work), out.resolve("site"));
        assertEquals(0, run.exitCode(), run.out() + run.err());
        String note = "A note shared by several chapters.";
        assertTrue(Pdf.text(out.resolve("study-guide.pdf")).contains(note), "the book");
        assertTrue(Pdf.text(out.resolve("handouts/mouths.pdf")).contains(note), "the handout");
        try (java.util.zip.ZipFile epub =
                new java.util.zip.ZipFile(out.resolve("study-guide.epub").toFile())) {
            assertTrue(
                    epub.stream()
                            .filter(entry -> entry.getName().endsWith(".xhtml"))
                            .anyMatch(entry -> {
                                try (var in = epub.getInputStream(entry)) {
                                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                                            .contains(note);
                                } catch (java.io.IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            }),
                    "the EPUB");
        }
    }
}
