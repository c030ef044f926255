package org.kotkinguide.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.Pdf;
import org.kotkinguide.support.RealGuide;
import org.apache.pdfbox.cos.COSName;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real guide's PDF for class, read with PDFBox. */
class GuidePdfTest {
    static PDDocument pdf;
    static String text;

    @BeforeAll
    static void open() {
        pdf = Pdf.open(RealGuide.pdf());
        text = Pdf.text(pdf).replaceAll("\\s+", " ");
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    private static List<String> chapterTitles() {
        return RealGuide.site().page("index.html").select(".chapter-list a").eachText();
    }

    private static List<String> termNames() {
        return RealGuide.site().page("glossary/index.html").select(".term-entry dt a").eachText();
    }

    @Test
    void the_title_page_names_the_guide_the_reading_and_the_edition() {
        String title = Pdf.text(pdf, 1, 1).replaceAll("\\s+", " ");
        assertTrue(title.contains("Kotkin Study Guide"), title);
        assertTrue(title.contains("Kotkin, Stephen. 2014. Stalin"), title);
        assertTrue(title.contains("First edition"), title);
    }

    @Test
    void it_holds_every_chapter_every_glossary_term_and_the_reading() {
        chapterTitles().forEach(t -> assertTrue(text.contains(t), "missing chapter " + t));
        termNames().forEach(t -> assertTrue(text.contains(t), "missing term " + t));
        assertTrue(text.contains("Kotkin, Stephen. 2014. Stalin, Vol. I: Paradoxes of Power, 1878–1928. London: Allen Lane."), "the reading's reference");
    }

    @Test
    void what_the_notes_say_what_the_guide_infers_and_background_are_labelled_as_on_the_site() {
        var site = RealGuide.site();
        for (String[] kind : new String[][] {{"notes-say", "The notes say"}, {"guide-infers", "The guide infers"},
                {"background", "Background"}}) {
            long onTheSite = site.pages().stream().filter(u -> u.startsWith("chapters/") || u.startsWith("glossary/"))
                    .mapToLong(u -> site.page(u).select("main ." + kind[0]).size()).sum();
            long inThePdf = text.split(java.util.regex.Pattern.quote(kind[1]), -1).length - 1;
            assertTrue(onTheSite > 0 && inThePdf >= onTheSite, kind[1] + ": " + inThePdf + " labels in the PDF, "
                    + onTheSite + " blocks on the site");
        }
    }

    @Test
    void the_bibliography_appendix_lists_further_reading_after_the_works_cited() {
        // the entries themselves, not the running header (which PDFBox reads after each page's body)
        int reading = text.lastIndexOf("Kotkin, Stephen. 2014. Stalin");
        int further = text.lastIndexOf("Further reading");
        assertTrue(reading > 0 && further > reading, "Further reading after the works cited");
        assertTrue(text.indexOf("Jacobson, Jon. 1994. When the Soviet Union Entered World Politics", further) > further);
    }

    @Test
    void the_outline_has_a_bookmark_for_every_chapter_and_appendix_each_on_its_own_page() throws IOException {
        List<String> bookmarks = new ArrayList<>();
        Set<Integer> pages = new HashSet<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            bookmarks.add(item.getTitle());
            PDPage page = item.findDestinationPage(pdf);
            if (page != null && !item.getTitle().equals(pdf.getDocumentInformation().getTitle())) {
                pages.add(pdf.getPages().indexOf(page));
            }
        }
        for (String chapter : chapterTitles()) {
            assertTrue(bookmarks.contains(chapter), chapter + " not in " + bookmarks);
        }
        for (String appendix : List.of("Appendix A: Answers", "Appendix B: Glossary", "Appendix C: Bibliography")) {
            assertTrue(bookmarks.contains(appendix), appendix + " not in " + bookmarks);
        }
        assertTrue(pages.size() >= chapterTitles().size() + 3, "each chapter and appendix starts a new page: " + bookmarks);
    }

    @Test
    void terms_and_citations_are_links_inside_the_document() throws IOException {
        int internal = 0;
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getDestination() != null) {
                    internal++;
                }
            }
        }
        Document chapter = RealGuide.site().page("chapters/soviet-geopolitics.html");
        int linksInOneChapter = chapter.select("a.term, a.cite").size();
        assertTrue(internal >= linksInOneChapter, internal + " internal links");
    }

    @Test
    void its_metadata_names_title_author_subject_and_language() {
        var info = pdf.getDocumentInformation();
        assertEquals("Kotkin Study Guide: The Soviet Challenge to Pax Anglo-America", info.getTitle());
        assertEquals("Kotkin Study Guide editors", info.getAuthor());
        assertTrue(info.getSubject().contains("Kotkin, Stephen"), info.getSubject());
        assertEquals("en", pdf.getDocumentCatalog().getLanguage());
    }

    @Test
    void every_font_is_embedded_and_the_page_is_a4() throws IOException {
        for (PDPage page : pdf.getPages()) {
            assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 1);
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
            }
        }
    }

    @Test
    void every_page_of_the_site_links_to_the_pdf() {
        for (String uri : RealGuide.site().pages()) {
            var links = RealGuide.site().page(uri).select("a[href$=downloads/study-guide.pdf]");
            assertFalse(links.isEmpty(), uri + " does not link to the PDF");
        }
        assertTrue(RealGuide.site().has("downloads/study-guide.pdf"));
    }
}
