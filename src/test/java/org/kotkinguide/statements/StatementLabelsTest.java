package org.kotkinguide.statements;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Pdf;
import org.kotkinguide.support.Site;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code [.notes-say]}, {@code [.guide-infers]}, {@code [.background]}, from fixture {@code guides/macros/statements}. */
@Tag("integration")
class StatementLabelsTest {
    @TempDir
    static Path work;
    static Document chapter;
    static String pdfText;

    @BeforeAll
    static void build() {
        Path guide = GuideFolders.minimalWith("macros/statements", work);
        Path site = work.resolve("site");
        BuildRun run = BuildRun.buildAll(guide, site);
        assertEquals(0, run.exitCode(), run.err());
        chapter = new Site(site).page("chapters/statements.html");
        pdfText = Pdf.text(site.resolveSibling("study-guide.pdf")).replaceAll("\\s+", " ");
    }

    private static Element blockIn(String sectionId) {
        Element block = chapter.selectFirst("#" + sectionId + " ~ .sectionbody > div");
        assertNotNull(block, "no block in section " + sectionId);
        return block;
    }

    @Test
    void a_paragraph_of_what_the_notes_say_is_labelled_the_notes_say() {
        Element block = blockIn("said");
        assertTrue(block.hasClass("notes-say"), block.className());
        assertEquals("The reading, as the notes report it", block.selectFirst(".title").text());
    }

    @Test
    void an_open_block_of_inference_is_labelled_once_above_all_its_paragraphs() {
        Element block = blockIn("inferred");
        assertTrue(block.hasClass("guide-infers"), block.className());
        assertEquals(1, block.select(".title").size());
        assertEquals("The guide infers", block.selectFirst(".title").text());
        assertEquals(2, block.select("p").size());
    }

    @Test
    void a_block_with_its_own_title_keeps_it_after_the_label() {
        assertEquals("Background: The Nile & its delta", blockIn("background").selectFirst(".title").text());
    }

    @Test
    void a_block_without_a_role_gets_no_label() {
        assertTrue(blockIn("plain").select(".title").isEmpty());
    }

    @Test
    void the_pdf_shows_the_same_labels() {
        for (String label : new String[] {"The reading, as the notes report it", "The guide infers", "Background: The Nile & its delta"}) {
            assertTrue(pdfText.contains(label), "the PDF does not show «" + label + "»");
        }
    }
}
