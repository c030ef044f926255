package org.kotkinguide.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.Pdf;
import org.kotkinguide.support.RealGuide;

/**
 * The whole-guide PDF has the timeline, each event with its date, as a student reads it in class:
 * the last appendix before the bibliography, which comes last as in a book.
 */
@Tag("integration")
class TimelineAppendixTest {
    @Test
    void the_pdf_has_the_timeline_just_before_the_bibliography_which_comes_last() throws IOException {
        try (PDDocument pdf = Pdf.open(RealGuide.pdf())) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item :
                    pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertEquals(
                    List.of("Timeline, 1917–1928", "Bibliography"),
                    bookmarks.subList(bookmarks.size() - 2, bookmarks.size()),
                    bookmarks.toString());
            String text = Pdf.text(pdf).replaceAll("\\s+", " ");
            assertTrue(
                    text.contains("16 October 1925 The Locarno treaties are initialled."), "the event with its date");
            assertTrue(text.contains("1 December 1925 The Locarno treaties are signed in London."));
        }
    }
}
