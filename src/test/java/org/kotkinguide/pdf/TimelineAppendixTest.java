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
            // the timeline's title, and its first two events with a full date and plain text (a term link
            // reads otherwise in the PDF), as the site's timeline page shows them
            org.jsoup.nodes.Document timeline = RealGuide.site().page("timeline.html");
            assertEquals(
                    List.of(timeline.selectFirst("h1").text(), "Bibliography"),
                    bookmarks.subList(bookmarks.size() - 2, bookmarks.size()),
                    bookmarks.toString());
            String text = Pdf.text(pdf).replaceAll("\\s+", " ");
            List<String> events =
                    timeline.select("li.timeline-event:has(time[datetime~=^\\d{4}-\\d{2}-\\d{2}$])").stream()
                            .filter(event -> event.select(".timeline-text a").isEmpty())
                            .limit(2)
                            .map(event -> {
                                event.select(".tip").remove();
                                return event.selectFirst("time").text() + " "
                                        + event.selectFirst(".timeline-text p").text();
                            })
                            .toList();
            assertEquals(2, events.size(), events.toString());
            assertTrue(text.contains(events.get(0)), "the event with its date: " + events.get(0));
            assertTrue(text.contains(events.get(1)), events.get(1));
        }
    }
}
