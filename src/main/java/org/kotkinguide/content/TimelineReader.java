package org.kotkinguide.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Timeline;
import org.kotkinguide.model.TimelineEvent;

/**
 * Reads the events of the timeline page ({@code :jbake-type: timeline}): each is a description-list
 * item whose term is a date, optionally followed by the chapters it belongs to,
 * {@code 1925-10-16 [soviet-geopolitics]:: The Locarno treaties are initialled.} A malformed or
 * impossible date, an event earlier than the one before it, an unknown chapter and an event without
 * text are errors at their line.
 */
public final class TimelineReader {
    /** A description-list item at the start of a line: its term and the text after {@code ::}. */
    private static final Pattern ITEM = Pattern.compile("^(\\S.*?)::(?:\\s+(.*))?$");

    private static final Pattern TERM = Pattern.compile("^(\\S+)(?:\\s+\\[([^\\]]*)\\])?\\s*$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$");
    private static final Pattern DELIMITER =
            Pattern.compile("^(-{4,}|={4,}|\\*{4,}|\\.{4,}|_{4,}|\\+{4,}|/{4,}|\\|===)\\s*$");

    private static final Pattern TERM_MACRO = Pattern.compile("term:([^\\s\\[]+)\\[[^\\]]*\\]");

    /** A date, maybe its chapters, then one colon: an event typed with ':' for '::', which would be read as text. */
    private static final Pattern ONE_COLON =
            Pattern.compile("^(\\d{4}(?:-\\d{2}){0,2})(?:\\s+\\[[^\\]]*\\])?:(?:\\s.*)?$");

    private TimelineReader() {}

    /**
     * The timeline's rule, "where a chapter discusses an event, the event names the chapter", checked from
     * the other side: an event tagged to a chapter must link or name a glossary term that the chapter links
     * or names too, or the tag is a warning at the event's line. A tagged event that links or names no term
     * at all is warned about too: nothing would show that the chapter discusses it.
     */
    public static List<ContentError> chapterTagWarnings(GuideSource source) {
        Timeline timeline = source.guide().timeline();
        Page timelinePage = source.pages().values().stream()
                .filter(p -> p.uri().equals(Timeline.URI))
                .findFirst()
                .orElse(null);
        if (timelinePage == null || !timeline.exists()) {
            return List.of();
        }
        NamesInText names = new NamesInText(source.guide().terms());
        Map<String, Page> pagesByUri = source.pagesByUri();
        Map<String, Set<String>> chapterMentions = new HashMap<>();
        for (Chapter chapter : source.guide().chapters()) {
            Page page = pagesByUri.get(chapter.uri());
            List<String> body = page.lines()
                    .subList(
                            Math.min(page.header().bodyLine(), page.lines().size()),
                            page.lines().size());
            chapterMentions.put(chapter.slug(), mentions(String.join("\n", body), names));
        }
        List<ContentError> warnings = new ArrayList<>();
        for (TimelineEvent event : timeline.events()) {
            if (event.chapters().isEmpty()) {
                continue;
            }
            Set<String> terms = mentions(eventText(timelinePage, event.line()), names);
            for (String chapter : event.chapters()) {
                Set<String> mentioned = chapterMentions.getOrDefault(chapter, Set.of());
                if (terms.stream().noneMatch(mentioned::contains)) {
                    warnings.add(
                            new ContentError(
                                    timelinePage.displayName(),
                                    event.line(),
                                    "the event of " + event.isoDate()
                                            + " is tagged [" + chapter + "], but "
                                            + (terms.isEmpty()
                                                    ? "it links no glossary term"
                                                    : "the chapter mentions none of its terms ("
                                                            + String.join(", ", terms) + ")")
                                            + ": tag an event only to a chapter that discusses it, and link in the event the term the chapter uses"));
                }
            }
        }
        return warnings;
    }

    /** An event's text: its line after '::' and the lines that continue it. */
    private static String eventText(Page page, int line) {
        List<String> lines = page.lines();
        StringBuilder text = new StringBuilder(lines.get(line - 1).replaceFirst("^.*?::", ""));
        for (int i = line;
                i < lines.size()
                        && !lines.get(i).isBlank()
                        && !ITEM.matcher(lines.get(i)).matches();
                i++) {
            text.append('\n').append(lines.get(i));
        }
        return text.toString();
    }

    /** The ids of the terms a text links with term: or names, by name or alias, in plain words. */
    private static Set<String> mentions(String text, NamesInText names) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher macro = TERM_MACRO.matcher(text);
        while (macro.find()) {
            ids.add(macro.group(1));
        }
        String plain = TERM_MACRO.matcher(text).replaceAll(" ");
        names.namedIn(plain, ids::add);
        return ids;
    }

    static Timeline read(Page page, Set<String> chapterSlugs, ContentErrors errors) {
        if (!page.uri().equals(Timeline.URI)) {
            errors.add(
                    page.displayName(),
                    page.header().line("jbake-type"),
                    "the timeline page must be the content folder's timeline.adoc (it is published as " + Timeline.URI
                            + ")");
        }
        List<TimelineEvent> events = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        String delimiter = null;
        List<String> lines = page.lines();
        for (int i = page.header().bodyLine() - 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            try {
                FrontMatter.checkSeparators(page.displayName(), number, line);
            } catch (GuideBuildException e) {
                e.errors().forEach(error -> errors.add(error.file(), error.line(), error.message()));
                continue;
            }
            if (DELIMITER.matcher(line).matches()) {
                // inside a delimited block (an example, a sidebar...) a '::' line is not an event
                delimiter = delimiter == null ? line.strip() : delimiter.equals(line.strip()) ? null : delimiter;
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (delimiter != null || line.startsWith("//")) {
                continue;
            }
            if (!item.matches()) {
                Matcher oneColon = ONE_COLON.matcher(line);
                if (oneColon.matches()) {
                    errors.add(
                            page.displayName(),
                            number,
                            "'" + oneColon.group(1)
                                    + "' is followed by one ':', so this line would be text, not an event:"
                                    + " write two: '" + abbreviate(twoColons(line)) + "'");
                }
                continue;
            }
            TimelineEvent event = event(page, number, item, chapterSlugs, errors, ids);
            if (event == null) {
                continue;
            }
            events.add(event);
        }
        misdated(page, events, errors);
        if (events.isEmpty()) {
            errors.add(
                    page.displayName(),
                    page.header().titleLine(),
                    "the timeline has no events: add lines like '1925-10-16:: What happened that day.'");
        }
        return new Timeline(page.header().title(), page.displayName(), events);
    }

    /**
     * Each event out of date order, at its own line: the events not in the longest run that is in order
     * (one misdated event is one error, not one for every event after it). Against every event of the
     * run, not just the neighbours: 1927 may follow 12 May 1927, but April 1927 may not follow either.
     */
    private static void misdated(Page page, List<TimelineEvent> events, ContentErrors errors) {
        int n = events.size();
        int[] longest = new int[n];
        int[] previous = new int[n];
        int end = -1;
        for (int j = 0; j < n; j++) {
            longest[j] = 1;
            previous[j] = -1;
            // nearest first: in a timeline that is in order, the first candidate is the best, and is taken at once
            for (int i = j - 1; i >= 0; i--) {
                if (longest[i] + 1 > longest[j] && fitsAfter(events, previous, i, events.get(j))) {
                    longest[j] = longest[i] + 1;
                    previous[j] = i;
                }
            }
            if (end < 0 || longest[j] > longest[end]) {
                end = j;
            }
        }
        java.util.Set<Integer> inOrder = new java.util.HashSet<>();
        for (int k = end; k >= 0; k = previous[k]) {
            inOrder.add(k);
        }
        for (int j = 0; j < n; j++) {
            if (inOrder.contains(j)) {
                continue;
            }
            TimelineEvent event = events.get(j);
            TimelineEvent laterBefore = null;
            TimelineEvent earlierAfter = null;
            for (int k : new java.util.TreeSet<>(inOrder)) {
                TimelineEvent other = events.get(k);
                if (k < j && laterBefore == null && event.compareDate(other) < 0) {
                    laterBefore = other;
                } else if (k > j && earlierAfter == null && event.compareDate(other) > 0) {
                    earlierAfter = other;
                }
            }
            String where = laterBefore != null
                    ? "comes after the one of " + laterBefore.isoDate() + " (line " + laterBefore.line() + ")"
                    : earlierAfter != null
                            ? "comes before the one of " + earlierAfter.isoDate() + " (line " + earlierAfter.line()
                                    + ")"
                            : "is out of place";
            errors.add(
                    page.displayName(),
                    event.line(),
                    "out of order: the event of " + event.isoDate() + " " + where
                            + "; list events in date order (is its date mistyped?)");
        }
    }

    /** Whether {@code event} may follow every event of the run in order that ends at {@code last}. */
    private static boolean fitsAfter(List<TimelineEvent> events, int[] previous, int last, TimelineEvent event) {
        for (int k = last; k >= 0; k = previous[k]) {
            if (event.compareDate(events.get(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static TimelineEvent event(
            Page page,
            int number,
            Matcher item,
            Set<String> chapterSlugs,
            ContentErrors errors,
            Map<String, Integer> ids) {
        String file = page.displayName();
        Matcher term = TERM.matcher(item.group(1));
        Matcher date = term.matches() ? DATE.matcher(term.group(1)) : null;
        if (date == null || !date.matches()) {
            errors.add(
                    file,
                    number,
                    // quoted without its chapter tags, which are not part of the date
                    "malformed date '"
                            + item.group(1)
                                    .replaceFirst("\\s+\\[[^\\]]*\\]\\s*$", "")
                                    .strip()
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
                    errors.add(
                            file,
                            number,
                            "unknown chapter '" + slug + "'" + Suggestions.didYouMean(slug, chapterSlugs)
                                    + " (a chapter is named by its file name)");
                } else {
                    chapters.add(slug);
                }
            }
        }
        boolean continues = number < page.lines().size()
                && !page.lines().get(number).isBlank()
                && !ITEM.matcher(page.lines().get(number)).matches();
        if ((item.group(2) == null || item.group(2).isBlank()) && !continues) {
            errors.add(file, number, "the event of " + term.group(1) + " has no text: write it after '::'");
            return null;
        }
        String id = "event-" + term.group(1);
        int seen = ids.merge(id, 1, Integer::sum);
        return new TimelineEvent(
                seen == 1 ? id : id + "-" + seen, year, month, day, chapters, number, "", "", List.of());
    }

    /** The author's event line with its one ':' made two (the first colon: a date and its tags hold none). */
    private static String twoColons(String line) {
        int colon = line.indexOf(':');
        String rest = line.substring(colon + 1).strip();
        return line.substring(0, colon) + ":: " + (rest.isEmpty() ? "What happened then." : rest);
    }

    /** An author's words in a message: their first 60 characters. */
    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
