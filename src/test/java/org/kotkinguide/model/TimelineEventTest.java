package org.kotkinguide.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An event's date as a browser and a screen reader read it from {@code <time datetime>}. */
class TimelineEventTest {
    private static TimelineEvent on(int year, int month, int day) {
        return new TimelineEvent("e", year, month, day, List.of(), 1, "", "", List.of());
    }

    @Test
    void a_date_is_a_valid_html_date_with_four_digits_of_year_however_precise() {
        assertEquals("1925-10-16", on(1925, 10, 16).isoDate());
        assertEquals("1921-03", on(1921, 3, 0).isoDate());
        assertEquals("1927", on(1927, 0, 0).isoDate());
        // Charlemagne's crowning, written 0800-12-25 on the timeline: "800" is no HTML date
        assertEquals("0800-12-25", on(800, 12, 25).isoDate());
        assertEquals("25 December 800", on(800, 12, 25).dateLabel());
    }
}
