package org.kotkinguide.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Site;

/**
 * The timeline a student reads: a guide's events in date order under year markers, each chapter's
 * own events on its page, each term's events on the term's page, and the events in search and
 * all.html. Read on the small {@code timeline} fixture (three events of the minimal guide); the real
 * guide's own events are checked by its content test, {@code realguide/RealGuideContentTest}.
 */
class TimelineTest {
    @TempDir
    static Path work;

    private static Site site;

    /** The minimal guide with the timeline fixture, built once for the tests that only read it. */
    private static synchronized Site timelineGuide() {
        if (site == null) {
            Path output = work.resolve("shared/site");
            BuildRun run = BuildRun.build(GuideFolders.minimalWith("timeline", work.resolve("shared")), output);
            assertEquals(0, run.exitCode(), run.err());
            site = new Site(output);
        }
        return site;
    }

    @Test
    void the_timeline_lists_its_events_in_date_order_under_a_marker_for_each_year() {
        Document timeline = timelineGuide().page("timeline.html");
        assertEquals(
                List.of("1850", "1851-03", "1851-03-04"),
                timeline.select(".timeline-event time").eachAttr("datetime"));
        assertEquals(
                List.of("1850", "1851"),
                timeline.select(".timeline-year-marker").eachText());
    }

    @Test
    void an_event_is_on_the_timeline_of_its_chapter_and_links_to_the_event() {
        Document chapter = timelineGuide().page("chapters/mouths.html");
        Element event = chapter.select(".timeline-here-event").stream()
                .filter(e -> e.text().contains("1850"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(chapter.select("main").html()));
        String href = event.selectFirst("a.timeline-here-date").attr("href");
        assertEquals("../timeline.html#event-1850", href);
        assertTrue(timelineGuide().resolves("chapters/mouths.html", href));
        assertEquals("../glossary/delta.html", event.selectFirst("a.term").attr("href"));
        assertTrue(event.text().contains("begins"), event.text());
    }

    @Test
    void a_term_page_lists_the_events_that_link_the_term() {
        Document estuary = timelineGuide().page("glossary/estuary.html");
        assertEquals(
                List.of("1851-03"), estuary.select(".timeline-here-event time").eachAttr("datetime"));
        // and the timeline links back to the term
        Element event = timelineGuide().page("timeline.html").getElementById("event-1851-03");
        assertEquals("glossary/estuary.html", event.selectFirst("a.term").attr("href"));
    }

    @Test
    void an_event_on_another_page_keeps_its_tooltip_ids_unique_and_its_links_working() {
        for (String page : List.of("chapters/mouths.html", "glossary/delta.html", "timeline.html")) {
            Document doc = timelineGuide().page(page);
            assertFalse(doc.select(".timeline-event, .timeline-here-event").isEmpty(), page + " shows an event");
            List<String> ids = doc.select("[id]").eachAttr("id");
            assertEquals(ids.size(), ids.stream().distinct().count(), page + " has a repeated id");
            for (Element described : doc.select("[aria-describedby]")) {
                assertNotNull(doc.getElementById(described.attr("aria-describedby")), page + ": " + described);
            }
        }
        assertEquals(List.of(), timelineGuide().brokenLinks());
    }

    @Test
    void search_finds_an_event_and_opens_it_on_the_timeline() throws IOException {
        String index = Files.readString(timelineGuide().folder().resolve("search-index.js"));
        assertTrue(
                index.contains("\"url\":\"timeline.html#event-1851-03-04\""), "the spring's event is a search result");
    }

    @Test
    void all_html_has_the_timeline_with_its_links_kept_on_the_page() {
        Document all = timelineGuide().page("all.html");
        Element timeline = all.getElementById("timeline");
        assertNotNull(timeline);
        assertEquals(3, timeline.select(".timeline-event").size());
        assertFalse(timeline.select("a[href]").isEmpty(), "the events link their terms");
        for (Element link : timeline.select("a[href]")) {
            assertTrue(link.attr("href").startsWith("#"), link.toString());
            assertNotNull(all.getElementById(link.attr("href").substring(1)), link.toString());
        }
    }

    @Test
    void a_year_may_follow_a_dated_event_of_that_year_and_events_take_their_chapters() throws IOException {
        Path guide = GuideFolders.minimalWith("timeline", work);
        Files.writeString(
                guide.resolve("content/timeline.adoc"),
                "\n1851 [mouths]:: A dry year.\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path output = work.resolve("timeline-site");
        BuildRun run = BuildRun.build(guide, output);
        assertEquals(0, run.exitCode(), run.err());
        Site site = new Site(output);
        assertEquals(
                List.of("1850", "1851-03", "1851-03-04", "1851"),
                site.page("timeline.html").select(".timeline-event time").eachAttr("datetime"));
        List<String> onMouths = new ArrayList<>(site.page("chapters/mouths.html")
                .select(".timeline-here-event time")
                .eachText());
        assertEquals(List.of("1850", "March 1851", "1851"), onMouths);
        assertFalse(site.page("chapters/sources.html")
                .select(".timeline-here-event")
                .isEmpty());
        assertEquals(
                List.of("1850"),
                site.page("glossary/delta.html")
                        .select(".timeline-here-event time")
                        .eachText());
    }
}
