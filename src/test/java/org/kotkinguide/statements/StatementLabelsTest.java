package org.kotkinguide.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Pdf;
import org.kotkinguide.support.Site;

/** {@code [.notes-say]}, {@code [.guide-infers]}, {@code [.background]}, from fixture {@code guides/macros/statements}. */
@Tag("integration")
class StatementLabelsTest {
    @TempDir
    static Path work;

    static Document chapter;
    static String pdfText;
    /** The chapter's text in the EPUB, white space folded. */
    static String epubText;

    @BeforeAll
    static void build() {
        Path guide = GuideFolders.minimalWith("macros/statements", work);
        Path site = work.resolve("site");
        BuildRun run = BuildRun.buildAll(guide, site);
        assertEquals(0, run.exitCode(), run.err());
        chapter = new Site(site).page("chapters/statements.html");
        pdfText = Pdf.text(site.resolveSibling("study-guide.pdf")).replaceAll("\\s+", " ");
        try (ZipFile epub = new ZipFile(site.resolveSibling("study-guide.epub").toFile())) {
            ZipEntry entry = epub.stream()
                    .filter(e -> e.getName().endsWith("statements.xhtml"))
                    .findFirst()
                    .orElseThrow();
            epubText = Jsoup.parse(
                            new String(epub.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8),
                            "",
                            Parser.xmlParser())
                    .select("body")
                    .text()
                    .replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each labelled block of the fixture: its label, then the words it starts with. */
    private static final String[][] LABELLED = {
        {"The reading, as the notes report it", "The notes:"},
        {"The guide infers", "The guide reads"},
        {"Background: The Nile & its delta", "The Nile ends in a delta"},
        {"The guide infers", "Most is read as nearly all."},
    };

    /** Whether {@code text} shows {@code label} right before the block's first words (a run-in label ends with a full stop). */
    private static void assertLabelled(String output, String text) {
        for (String[] block : LABELLED) {
            Pattern labelled = Pattern.compile(Pattern.quote(block[0]) + "\\.? (• )?" + Pattern.quote(block[1]));
            assertTrue(
                    labelled.matcher(text).find(),
                    output + " does not show «" + block[0] + "» above «" + block[1] + "»: " + text);
        }
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
        assertEquals(
                "The reading, as the notes report it",
                block.selectFirst(".title").text());
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
        assertEquals(
                "Background: The Nile & its delta",
                blockIn("background").selectFirst(".title").text());
    }

    @Test
    void a_block_without_a_role_gets_no_label() {
        assertTrue(blockIn("plain").select(".title").isEmpty());
    }

    @Test
    void a_list_marked_as_inference_is_labelled_above_its_items() {
        Element block = blockIn("listed");
        assertTrue(block.hasClass("guide-infers"), block.className());
        assertEquals("The guide infers", block.selectFirst(".title").text());
    }

    @Test
    void the_site_labels_every_marked_block_above_its_words() {
        assertLabelled("the site", chapter.selectFirst("main").text().replaceAll("\\s+", " "));
    }

    @Test
    void the_pdf_labels_every_marked_block_above_its_words() {
        assertLabelled("the PDF", pdfText);
    }

    @Test
    void the_epub_labels_every_marked_block_above_its_words_a_paragraph_an_open_block_an_example_and_a_list() {
        assertLabelled("the EPUB", epubText);
    }
}
