package org.kotkinguide.timeline;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.RealGuide;
import org.kotkinguide.support.Site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The timeline a student reads: the real guide's events in date order under year markers, each chapter's
 * own events on its page, each term's events on the term's page, and the events in search and all.html.
 */
@Tag("integration")
class TimelineTest {
    @TempDir
    static Path work;

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
            assertTrue(date.substring(0, common).compareTo(previous.substring(0, common)) >= 0, previous + " then " + date);
            previous = date;
        }
        assertEquals(List.of("1917", "1918", "1919", "1920", "1921", "1922", "1923", "1924", "1925", "1926", "1927", "1928"),
                timeline.select(".timeline-year-marker").eachText());
    }

    @Test
    void the_timeline_says_it_is_background_and_cites_nothing_to_the_reading() {
        Document timeline = RealGuide.site().page("timeline.html");
        assertTrue(timeline.select("main").text().contains("Background history, not the reading"));
        assertTrue(timeline.select(".timeline-event .cite").isEmpty(), "no event is cited to Kotkin");
    }

    @Test
    void locarno_is_on_the_timeline_of_the_chapter_about_it_and_links_to_the_event() {
        Site site = RealGuide.site();
        Document chapter = site.page("chapters/brushing-off-european-rapprochement.html");
        Element event = chapter.select(".timeline-here-event").stream()
                .filter(e -> e.text().contains("16 October 1925")).findFirst().orElseThrow();
        String href = event.selectFirst("a.timeline-here-date").attr("href");
        assertEquals("../timeline.html#event-1925-10-16", href);
        assertTrue(site.resolves("chapters/brushing-off-european-rapprochement.html", href));
        assertEquals("Locarno", event.selectFirst("a.term").text());
        assertTrue(event.text().contains("treaties are initialled"));
    }

    @Test
    void a_term_page_lists_the_events_that_link_the_term() {
        Document lenin = RealGuide.site().page("glossary/lenin.html");
        List<String> dates = lenin.select(".timeline-here-event time").eachAttr("datetime");
        assertEquals(List.of("1917-11-07", "1924-01-21"), dates);
        // and the timeline links back to the term
        Element event = RealGuide.site().page("timeline.html").getElementById("event-1924-01-21");
        assertEquals("glossary/lenin.html", event.selectFirst("a.term").attr("href"));
    }

    @Test
    void an_event_on_another_page_keeps_its_tooltip_ids_unique_and_its_links_working() {
        Site site = RealGuide.site();
        for (String page : List.of("chapters/a-duumvirate.html", "glossary/lenin.html", "timeline.html")) {
            Document doc = site.page(page);
            List<String> ids = doc.select("[id]").eachAttr("id");
            assertEquals(ids.size(), ids.stream().distinct().count(), page + " has a repeated id");
            for (Element described : doc.select("[aria-describedby]")) {
                assertNotNull(doc.getElementById(described.attr("aria-describedby")), page + ": " + described);
            }
        }
        assertEquals(List.of(), site.brokenLinks());
    }

    @Test
    void search_finds_an_event_and_opens_it_on_the_timeline() throws IOException {
        String index = Files.readString(RealGuide.site().folder().resolve("search-index.js"));
        assertTrue(index.contains("\"url\":\"timeline.html#event-1926-04-24\""), "the Treaty of Berlin is a search result");
    }

    @Test
    void all_html_has_the_timeline_with_its_links_kept_on_the_page() {
        Document all = RealGuide.site().page("all.html");
        Element timeline = all.getElementById("timeline");
        assertNotNull(timeline);
        assertTrue(timeline.select(".timeline-event").size() >= 25);
        for (Element link : timeline.select("a[href]")) {
            assertTrue(link.attr("href").startsWith("#"), link.toString());
            assertNotNull(all.getElementById(link.attr("href").substring(1)), link.toString());
        }
    }

    @Test
    void a_year_may_follow_a_dated_event_of_that_year_and_events_take_their_chapters() throws IOException {
        Path guide = GuideFolders.minimalWith("timeline", work);
        Files.writeString(guide.resolve("content/timeline.adoc"), "\n1851 [mouths]:: A dry year.\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path output = work.resolve("timeline-site");
        BuildRun run = BuildRun.build(guide, output);
        assertEquals(0, run.exitCode(), run.err());
        Site site = new Site(output);
        assertEquals(List.of("1850", "1851-03", "1851-03-04", "1851"),
                site.page("timeline.html").select(".timeline-event time").eachAttr("datetime"));
        List<String> onMouths = new ArrayList<>(site.page("chapters/mouths.html").select(".timeline-here-event time").eachText());
        assertEquals(List.of("1850", "March 1851", "1851"), onMouths);
        assertFalse(site.page("chapters/sources.html").select(".timeline-here-event").isEmpty());
        assertEquals(List.of("1850"), site.page("glossary/delta.html").select(".timeline-here-event time").eachText());
    }
}
