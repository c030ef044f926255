package org.kotkinguide.content;

import org.kotkinguide.model.Timeline;
import org.kotkinguide.model.TimelineEvent;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the events of the timeline page ({@code :jbake-type: timeline}): each is a description-list
 * item whose term is a date, optionally followed by the chapters it belongs to,
 * {@code 1925-10-16 [soviet-geopolitics]:: The Locarno treaties are initialled.} A malformed or
 * impossible date, an event earlier than the one before it, an unknown chapter and an event without
 * text are errors at their line.
 */
final class TimelineReader {
    /** A description-list item at the start of a line: its term and the text after {@code ::}. */
    private static final Pattern ITEM = Pattern.compile("^(\\S.*?)::(?:\\s+(.*))?$");
    private static final Pattern TERM = Pattern.compile("^(\\S+)(?:\\s+\\[([^\\]]*)\\])?\\s*$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$");
    private static final Pattern DELIMITER = Pattern.compile("^(-{4,}|={4,}|\\*{4,}|\\.{4,}|_{4,}|\\+{4,}|/{4,}|\\|===)\\s*$");

    private TimelineReader() {
    }

    static Timeline read(Page page, Set<String> chapterSlugs, ContentErrors errors) {
        if (!page.uri().equals(Timeline.URI)) {
            errors.add(page.displayName(), page.header().line("jbake-type"),
                    "the timeline page must be the content folder's timeline.adoc (it is published as " + Timeline.URI + ")");
        }
        List<TimelineEvent> events = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        String delimiter = null;
        List<String> lines = page.lines();
        for (int i = page.header().bodyLine() - 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (DELIMITER.matcher(line).matches()) {
                // inside a delimited block (an example, a sidebar...) a '::' line is not an event
                delimiter = delimiter == null ? line.strip() : delimiter.equals(line.strip()) ? null : delimiter;
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (delimiter != null || line.startsWith("//") || !item.matches()) {
                continue;
            }
            TimelineEvent event = event(page, number, item, chapterSlugs, errors, ids);
            if (event == null) {
                continue;
            }
            // against every earlier event, not just the last: 1927 may follow 12 May 1927, but April 1927 may not follow either
            TimelineEvent later = events.stream().filter(e -> event.compareDate(e) < 0).findFirst().orElse(null);
            if (later != null) {
                errors.add(page.displayName(), number, "out of order: the event of " + event.isoDate() + " comes after the one of "
                        + later.isoDate() + " (line " + later.line() + "); list events in date order");
            }
            events.add(event);
        }
        if (events.isEmpty()) {
            errors.add(page.displayName(), page.header().titleLine(),
                    "the timeline has no events: add lines like '1925-10-16:: The Locarno treaties are initialled.'");
        }
        return new Timeline(page.header().title(), page.displayName(), events);
    }

    private static TimelineEvent event(Page page, int number, Matcher item, Set<String> chapterSlugs, ContentErrors errors,
                                       Map<String, Integer> ids) {
        String file = page.displayName();
        Matcher term = TERM.matcher(item.group(1));
        Matcher date = term.matches() ? DATE.matcher(term.group(1)) : null;
        if (date == null || !date.matches()) {
            errors.add(file, number, "malformed date '" + item.group(1).strip()
                    + "': an event starts with YYYY, YYYY-MM or YYYY-MM-DD, then optionally [chapter, ...], then '::'");
            return null;
        }
        int year = Integer.parseInt(date.group(1));
        int month = date.group(2) == null ? 0 : Integer.parseInt(date.group(2));
        int day = date.group(3) == null ? 0 : Integer.parseInt(date.group(3));
        try {
            LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
        } catch (DateTimeException e) {
            errors.add(file, number, "malformed date '" + term.group(1) + "': there is no such date");
            return null;
        }
        List<String> chapters = new ArrayList<>();
        if (term.group(2) != null) {
            for (String tag : term.group(2).split(",")) {
                String slug = tag.strip();
                if (slug.isEmpty()) {
                    continue;
                }
                if (!chapterSlugs.contains(slug)) {
                    errors.add(file, number, "unknown chapter '" + slug + "'" + Suggestions.didYouMean(slug, chapterSlugs)
                            + " (a chapter is named by its file name)");
                } else {
                    chapters.add(slug);
                }
            }
        }
        boolean continues = number < page.lines().size() && !page.lines().get(number).isBlank()
                && !ITEM.matcher(page.lines().get(number)).matches();
        if ((item.group(2) == null || item.group(2).isBlank()) && !continues) {
            errors.add(file, number, "the event of " + term.group(1) + " has no text: write it after '::'");
            return null;
        }
        String id = "event-" + term.group(1);
        int seen = ids.merge(id, 1, Integer::sum);
        return new TimelineEvent(seen == 1 ? id : id + "-" + seen, year, month, day, chapters, number, "", "", List.of());
    }
}
