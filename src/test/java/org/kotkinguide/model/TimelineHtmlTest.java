package org.kotkinguide.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An event's text as another page shows it under "On the timeline". */
class TimelineHtmlTest {
    private static final String EVENT = "<p><span class=\"ref term-ref\"><a class=\"term\" href=\"glossary/delta.html\""
            + " aria-describedby=\"tip-1\">Deltas</a><span class=\"tip\" role=\"tooltip\" id=\"tip-1\"><strong>Delta</strong>:"
            + " where a river meets the sea.</span></span> form at <a class=\"term\" href=\"glossary/mouth.html\">mouths</a>.</p>";

    @Test
    void on_a_chapter_the_links_lead_from_the_chapter_and_the_tooltips_ids_are_the_events_own() {
        assertEquals(
                "<p><span class=\"ref term-ref\"><a class=\"term\" href=\"../glossary/delta.html\""
                        + " aria-describedby=\"event-1--tip-1\">Deltas</a><span class=\"tip\" role=\"tooltip\""
                        + " id=\"event-1--tip-1\"><strong>Delta</strong>: where a river meets the sea.</span></span> form"
                        + " at <a class=\"term\" href=\"../glossary/mouth.html\">mouths</a>.</p>",
                TimelineHtml.at(EVENT, "../", "event-1", "chapters/sources.html"));
    }

    @Test
    void on_a_terms_own_page_a_link_to_that_term_is_left_as_its_words() {
        assertEquals(
                "<p>Deltas form at <a class=\"term\" href=\"../glossary/mouth.html\">mouths</a>.</p>",
                TimelineHtml.at(EVENT, "../", "event-1", "glossary/delta.html"));
    }
}
