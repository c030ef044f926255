package org.kotkinguide.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * When each page's source last changed, for the "Last updated" line: the page's {@code :revdate:}
 * (YYYY-MM-DD) if it has one, else the time of the last commit that touched its file, when the guide
 * is in a git repository. Never the build's clock, so two builds of the same commit are the same.
 * Without git, or for a file never committed, a page shows no date.
 */
public final class LastUpdated {
    /** A day, as the template shows it and as {@code <time datetime>} needs it. */
    public record Day(String iso, String text) {}

    private final Map<Path, LocalDate> committed;
    private final DateTimeFormatter format;

    private LastUpdated(Map<Path, LocalDate> committed, Locale locale) {
        this.committed = committed;
        this.format = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    public static LastUpdated of(GuideSource source, String language) {
        return new LastUpdated(commitDays(source.folder(), source.contentFolder()), Locale.forLanguageTag(language));
    }

    /**
     * Every file's day from git, one "place day" a line in place order: what the caches key on,
     * since a commit changes the pages' "Last updated" line without changing a byte of the guide.
     */
    public String key() {
        StringBuilder key = new StringBuilder();
        new java.util.TreeMap<>(committed)
                .forEach((file, day) -> key.append(file).append(' ').append(day).append('\n'));
        return key.toString();
    }

    /** {@link #key()} for the guide in {@code guide} whose pages are in {@code content}, without loading it. */
    public static String key(Path guide, Path content) {
        return new LastUpdated(commitDays(guide, content), Locale.ROOT).key();
    }

    /** The page's day, or null when there is none to show. */
    public Day of(Page page) {
        var revdate = page.header().attributes().get("revdate");
        LocalDate day = null;
        if (revdate != null) {
            try {
                day = LocalDate.parse(revdate.value().strip());
            } catch (DateTimeParseException e) {
                day = null; // not a plain date: fall back to git rather than fail the build over a label
            }
        }
        if (day == null) {
            day = committed.get(page.file().toAbsolutePath().normalize());
        }
        return day == null ? null : new Day(day.toString(), format.format(day));
    }

    /** One `git log` for the whole content folder: each file's newest commit comes first. */
    private static Map<Path, LocalDate> commitDays(Path guide, Path content) {
        Map<Path, LocalDate> days = new HashMap<>();
        Path root = guide.toAbsolutePath().normalize();
        try {
            Process git = new ProcessBuilder(
                            "git",
                            "-C",
                            root.toString(),
                            "log",
                            "--relative",
                            "--format=%x01%ct",
                            "--name-only",
                            "--no-renames",
                            "--",
                            root.relativize(content.toAbsolutePath().normalize())
                                    .toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out;
            try (InputStream stdout = git.getInputStream()) {
                out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!git.waitFor(10, TimeUnit.SECONDS) || git.exitValue() != 0) {
                return Map.of();
            }
            LocalDate day = null;
            for (String line : out.split("\n")) {
                if (line.startsWith("\u0001")) {
                    day = Instant.ofEpochSecond(Long.parseLong(line.substring(1).strip()))
                            .atOffset(ZoneOffset.UTC)
                            .toLocalDate();
                } else if (!line.isBlank() && day != null) {
                    days.putIfAbsent(root.resolve(line.strip()).normalize(), day);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Map.of(); // no git here: pages show no date
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
        return days;
    }
}
