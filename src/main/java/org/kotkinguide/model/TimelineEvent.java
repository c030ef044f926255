package org.kotkinguide.model;

import java.util.List;

/**
 * One dated event of the guide's timeline ({@code content/timeline.adoc}). The date is as precise as
 * the author knew it: {@code month} and {@code day} are 0 when not given. {@code html} is the event's
 * text as Asciidoctor made it for the timeline page (links relative to the site root), {@code text}
 * the same as plain text, and {@code terms} the glossary terms it links, in order.
 */
public record TimelineEvent(
        String id,
        int year,
        int month,
        int day,
        List<String> chapters,
        int line,
        String html,
        String text,
        List<String> terms) {

    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };

    public TimelineEvent {
        chapters = List.copyOf(chapters);
        terms = List.copyOf(terms);
    }

    /** "16 October 1925", "March 1921" or "1927". */
    public String dateLabel() {
        if (month == 0) {
            return String.valueOf(year);
        }
        return (day == 0 ? "" : day + " ") + MONTHS[month - 1] + " " + year;
    }

    /** The machine-readable date for {@code <time datetime>}: 1925-10-16, 1921-03 or 1927. */
    public String isoDate() {
        // four digits at least, as HTML's dates have them: a year before 1000 is written 0800 on the timeline too
        return String.format(java.util.Locale.ROOT, "%04d", year)
                + (month == 0 ? "" : String.format(java.util.Locale.ROOT, "-%02d", month))
                + (day == 0 ? "" : String.format(java.util.Locale.ROOT, "-%02d", day));
    }

    /** Where the event is on the timeline page, relative to the site root. */
    public String href() {
        return Timeline.URI + "#" + id;
    }

    /** The event's HTML for a page {@code root} away from the site root ("../" for a chapter), its ids made its own. */
    public String htmlAt(String root) {
        return TimelineHtml.at(html, root, id);
    }

    /** As {@link #htmlAt(String)}, on the page {@code pageUri}: a glossary link to that page is left as its words. */
    public String htmlAt(String root, String pageUri) {
        return TimelineHtml.at(html, root, id, pageUri);
    }

    /** A copy with the text the conversion gave. */
    public TimelineEvent withText(String html, String text, List<String> terms) {
        return new TimelineEvent(id, year, month, day, chapters, line, html, text, terms);
    }

    /**
     * Compares dates as far as both are known: 1927 neither precedes nor follows 12 May 1927, so an
     * author may place a year-long event (a war scare) before or after that year's dated ones.
     */
    public int compareDate(TimelineEvent other) {
        int years = Integer.compare(year, other.year);
        if (years != 0 || month == 0 || other.month == 0) {
            return years;
        }
        int months = Integer.compare(month, other.month);
        return months != 0 || day == 0 || other.day == 0 ? months : Integer.compare(day, other.day);
    }
}
