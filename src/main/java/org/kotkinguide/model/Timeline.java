package org.kotkinguide.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The guide's timeline: its events in date order, from the one page of type {@code timeline}. The
 * loader reads each event's date, chapter tags and line; the event's text comes from converting that
 * page, so the conversion hands back a timeline with the texts ({@link #withTexts}), which the
 * templates read. A guide without a timeline page has an empty one.
 */
public final class Timeline {
    /** The page the timeline is published at. */
    public static final String URI = "timeline.html";

    private final String title;
    private final String file;
    private final List<TimelineEvent> events;
    private final String introHtml;

    public Timeline(String title, String file, List<TimelineEvent> events) {
        this(title, file, events, "");
    }

    private Timeline(String title, String file, List<TimelineEvent> events, String introHtml) {
        this.title = title;
        this.file = file;
        this.events = List.copyOf(events);
        this.introHtml = introHtml;
    }

    public static Timeline none() {
        return new Timeline("", "", List.of());
    }

    public boolean exists() {
        return !title.isEmpty();
    }

    public String title() {
        return title;
    }

    /** The source file, for messages. */
    public String file() {
        return file;
    }

    public String uri() {
        return URI;
    }

    public List<TimelineEvent> events() {
        return events;
    }

    /** What the page says before and around its events (converted HTML, links relative to the site root). */
    public String introHtml() {
        return introHtml;
    }

    /**
     * This timeline with each event's converted text ({@code converted} holds the same events in the
     * same order) and the page's text around them.
     */
    public Timeline withTexts(List<TimelineEvent> converted, String introHtml) {
        return new Timeline(title, file, converted, introHtml);
    }

    /** One year of events, for the page's year markers. */
    public record Year(int year, List<TimelineEvent> events) {}

    public List<Year> years() {
        Map<Integer, List<TimelineEvent>> byYear = new LinkedHashMap<>();
        events.forEach(
                e -> byYear.computeIfAbsent(e.year(), y -> new ArrayList<>()).add(e));
        return byYear.entrySet().stream()
                .map(e -> new Year(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /** The events tagged with a chapter, for its "On the timeline". */
    public List<TimelineEvent> forChapter(String slug) {
        return events.stream().filter(e -> e.chapters().contains(slug)).toList();
    }

    /** The events whose text links a glossary term, for the term's page. */
    public List<TimelineEvent> mentioning(String termId) {
        return events.stream().filter(e -> e.terms().contains(termId)).toList();
    }

    /** Every event with its text, for messages and debugging (the caches use {@code cache.KeyText}). */
    @Override
    public String toString() {
        return "Timeline[" + title + ", " + introHtml + ", " + events + "]";
    }
}
