package org.kotkinguide.epub;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.LastUpdated;

/**
 * The day the EPUB says it was last modified ({@code dcterms:modified}): {@code guide.date} when it
 * reads as a day ("25 November 2026", "2026-11-25", "November 2026" as its first day), else the
 * newest day a page was updated, else today. Never the 1970-01-01 a reproducible build would write.
 */
final class EditionDate {
    private EditionDate() {}

    static LocalDate of(GuideSource source) {
        var settings = source.guide().settings();
        LocalDate day = parse(settings.date(), Locale.forLanguageTag(settings.language()));
        if (day != null) {
            return day;
        }
        LastUpdated updated = LastUpdated.of(source, settings.language());
        return source.pages().values().stream()
                .map(updated::of)
                .filter(Objects::nonNull)
                .map(d -> LocalDate.parse(d.iso()))
                .max(LocalDate::compareTo)
                .orElseGet(() -> LocalDate.parse(source.inputs().readTheClock()));
    }

    /** {@code text} as a day, or null. */
    static LocalDate parse(String text, Locale locale) {
        String date = text.strip();
        for (Locale language : List.of(locale, Locale.ENGLISH)) {
            for (String pattern : List.of("uuuu-MM-dd", "d MMMM uuuu", "MMMM d, uuuu", "MMMM uuuu", "uuuu")) {
                DateTimeFormatter format = new DateTimeFormatterBuilder()
                        .parseCaseInsensitive()
                        .appendPattern(pattern)
                        .parseDefaulting(ChronoField.DAY_OF_MONTH, 1)
                        .parseDefaulting(ChronoField.MONTH_OF_YEAR, 1)
                        .toFormatter(language);
                try {
                    return LocalDate.parse(date, format);
                } catch (DateTimeParseException e) {
                    // not this pattern: try the next
                }
            }
        }
        return null;
    }
}
