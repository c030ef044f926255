package org.kotkinguide.realguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.RealGuide;
import org.kotkinguide.support.Site;

/**
 * What the real guide in {@code content/} says, checked where a teacher editing it expects a test to
 * speak up: the facts the tool tests used to assert about the real guide live here (and in
 * {@code site/RealGuideTest}), and the tool tests use fixture guides instead.
 */
@Tag("integration")
class RealGuideContentTest {

    @Test
    void the_real_guide_links_every_term_where_a_student_first_meets_it() {
        assertFalse(RealGuide.run().out().contains("warning:"), RealGuide.run().out());
    }

    @Test
    void the_real_timeline_has_at_least_25_events_from_1917_to_1928_in_date_order() {
        Document timeline = RealGuide.site().page("timeline.html");
        List<String> dates = timeline.select(".timeline-event time").eachAttr("datetime");
        assertTrue(dates.size() >= 25, dates.toString());
        String previous = "";
        for (String date : dates) {
            assertTrue(date.compareTo("1917") >= 0 && date.compareTo("1929") < 0, date);
            // compared as far as both are known, as the loader does: 1927 may follow 1927-05-12
            int common = Math.min(date.length(), previous.length());
            assertTrue(
                    date.substring(0, common).compareTo(previous.substring(0, common)) >= 0,
                    previous + " then " + date);
            previous = date;
        }
        assertEquals(
                List.of("1917", "1918", "1919", "1920", "1921", "1922", "1923", "1924", "1925", "1926", "1927", "1928"),
                timeline.select(".timeline-year-marker").eachText());
        Element all = RealGuide.site().page("all.html").getElementById("timeline");
        assertEquals(dates.size(), all.select(".timeline-event").size(), "all.html has every event");
    }

    @Test
    void the_timeline_says_it_is_background_and_cites_nothing_to_the_reading() {
        Document timeline = RealGuide.site().page("timeline.html");
        assertTrue(timeline.select("main").text().contains("Background history, not the reading"));
        assertTrue(timeline.select(".timeline-event .cite").isEmpty(), "no event is cited to Kotkin");
    }

    /** Moved from pdf/TimelineAppendixTest, which now reads the timeline's title and events from the site. */
    @Test
    void the_pdfs_timeline_is_1917_to_1928_and_has_locarno_initialled_and_signed() throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.kotkinguide.support.Pdf.open(RealGuide.pdf())) {
            String text = org.kotkinguide.support.Pdf.text(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Timeline, 1917–1928"));
            assertTrue(
                    text.contains("16 October 1925 The Locarno treaties are initialled."), "the event with its date");
            assertTrue(text.contains("1 December 1925 The Locarno treaties are signed in London."));
        }
    }

    @Test
    void locarno_is_on_the_timeline_of_the_chapter_about_it() {
        Site site = RealGuide.site();
        Document chapter = site.page("chapters/brushing-off-european-rapprochement.html");
        Element event = chapter.select(".timeline-here-event").stream()
                .filter(e -> e.text().contains("16 October 1925"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "../timeline.html#event-1925-10-16",
                event.selectFirst("a.timeline-here-date").attr("href"));
        assertEquals("Locarno", event.selectFirst("a.term").text());
        assertTrue(event.text().contains("treaties are initialled"));
    }

    @Test
    void lenins_page_lists_the_revolution_and_his_death() {
        Document lenin = RealGuide.site().page("glossary/lenin.html");
        assertEquals(
                List.of("1917-11-07", "1924-01-21"),
                lenin.select(".timeline-here-event time").eachAttr("datetime"));
        Element event = RealGuide.site().page("timeline.html").getElementById("event-1924-01-21");
        assertEquals("glossary/lenin.html", event.selectFirst("a.term").attr("href"));
    }

    @Test
    void search_finds_the_treaty_of_berlin_and_the_arcos_raid_on_the_timeline() throws IOException {
        String index = Files.readString(RealGuide.site().folder().resolve("search-index.js"));
        assertTrue(
                index.contains("\"url\":\"timeline.html#event-1926-04-24\""),
                "the Treaty of Berlin is a search result");
        assertTrue(index.contains("\"url\":\"timeline.html#event-1927-05-12\""), "the Arcos raid is a search result");
    }

    @Test
    void a_chapter_is_cited_as_the_editors_guide_and_the_reading_is_kotkins_pages_553_to_563() throws IOException {
        Site site = RealGuide.site();
        org.jsoup.nodes.Document chapter = site.page("chapters/soviet-geopolitics.html");
        // dated by the page's "Last updated" day (its last commit), or by the edition's guide.date outside git
        org.jsoup.nodes.Element updated = chapter.selectFirst(".updated time[datetime]");
        java.time.LocalDate day = updated == null
                ? java.time.LocalDate.of(2026, 11, 25)
                : java.time.LocalDate.parse(updated.attr("datetime"));
        assertEquals(
                "Kotkin Study Guide editors. " + day.getYear()
                        + ". “Soviet Geopolitics.” Kotkin Study Guide: The Soviet"
                        + " Challenge to Pax Anglo-America. "
                        + day.format(java.time.format.DateTimeFormatter.ofPattern("MMMM d, uuuu", java.util.Locale.US))
                        + ".",
                chapter.selectFirst(".cite-page-entry").text());
        String ris = Files.readString(site.folder().resolve("cite/reading.ris"));
        assertTrue(
                ris.contains("AU  - Kotkin, Stephen\r\n")
                        && ris.contains("SP  - 553\r\n")
                        && ris.contains("EP  - 563\r\n"),
                ris);
    }
}
