package org.kotkinguide.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        return new LastUpdated(commitDays(source), Locale.forLanguageTag(language));
    }

    /** {@link #key()} for a loaded guide: the same {@code git log} as its pages' days. */
    public static String key(GuideSource source) {
        return new LastUpdated(commitDays(source), Locale.ROOT).key();
    }

    /** One {@code git log} a build, whichever stages ask. */
    private static Map<Path, LocalDate> commitDays(GuideSource source) {
        return source.inputs().once("git log", () -> commitDays(source.folder(), source.contentFolder()));
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

    /**
     * Each of {@code pages}' days as {@link #of} gives them (a {@code :revdate:} first, then git), one
     * "address day" a line in address order: what an output that prints the days keys on.
     */
    public String daysOf(java.util.Collection<Page> pages) {
        StringBuilder key = new StringBuilder();
        pages.stream().sorted(java.util.Comparator.comparing(Page::uri)).forEach(page -> {
            Day day = of(page);
            key.append(page.uri())
                    .append(' ')
                    .append(day == null ? "-" : day.iso())
                    .append('\n');
        });
        return key.toString();
    }

    /** {@link #key()} for the guide in {@code guide} whose pages are in {@code content}, without loading it. */
    public static String key(Path guide, Path content) {
        return new LastUpdated(commitDays(guide, content), Locale.ROOT).key();
    }

    /** The page's day, or null when there is none to show. */
    public Day of(Page page) {
        var revdate = page.header().attributes().get("revdate");
        // not a plain date: git's day rather than a failed build over a label (revdateWarnings says so)
        LocalDate day = revdate == null ? null : day(revdate.value());
        if (day == null) {
            day = committed.get(page.file().toAbsolutePath().normalize());
        }
        return day == null ? null : new Day(day.toString(), format.format(day));
    }

    /** {@code value} as a day written YYYY-MM-DD, or null when it is not one (a day that does not exist too). */
    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A warning at each {@code :revdate:} that is not a day written YYYY-MM-DD: the page then shows its day
     * from git, or none, and an author who typed "5 December 2026" would not know why.
     */
    public static java.util.List<ContentError> revdateWarnings(GuideSource source) {
        java.util.List<ContentError> warnings = new java.util.ArrayList<>();
        source.pages().values().stream()
                .sorted(java.util.Comparator.comparing(Page::displayName))
                .forEach(page -> {
                    var revdate = page.header().attributes().get("revdate");
                    if (revdate != null && day(revdate.value()) == null) {
                        warnings.add(new ContentError(
                                page.displayName(),
                                revdate.line(),
                                ":revdate: '" + revdate.value().strip() + "' is not a day written YYYY-MM-DD (e.g."
                                        + " 2026-12-05): the page's \"Last updated\" comes from git, or is left out"));
                    }
                });
        return warnings;
    }

    /**
     * Each file's newest commit day, from one {@code git log} for the whole content folder (each file's
     * newest commit comes first). JGit would read the repository without running anything, but its jar is
     * signed, and the JVM's class-data archive that the launcher records crashes on the lambdas of a signed
     * jar (OpenJDK 17); so git runs, with nothing of the guide's {@code .git/config} able to start a
     * program: no signature is checked ({@code --no-show-signature}, the signature programs set to
     * {@code false}), no pager, no fsmonitor, no system or global configuration, no prompt; and its output
     * goes to a file, so the timeout holds however slow git is. No git, or a failing one, leaves pages undated.
     */
    private static Map<Path, LocalDate> commitDays(Path guide, Path content) {
        Map<Path, LocalDate> days = new HashMap<>();
        Path root = guide.toAbsolutePath().normalize();
        Path out = null;
        try {
            out = Files.createTempFile("study-guide-git-log", ".txt");
            ProcessBuilder command = new ProcessBuilder(
                            "git",
                            "--no-pager",
                            "-c",
                            "log.showSignature=false",
                            "-c",
                            "gpg.program=false",
                            "-c",
                            "gpg.openpgp.program=false",
                            "-c",
                            "gpg.x509.program=false",
                            "-c",
                            "gpg.ssh.program=false",
                            "-c",
                            "core.fsmonitor=false",
                            "-c",
                            "core.pager=cat",
                            "-C",
                            root.toString(),
                            "log",
                            "--no-show-signature",
                            "--relative",
                            "--format=%x01%ct",
                            "--name-only",
                            "--no-renames",
                            "--",
                            root.relativize(content.toAbsolutePath().normalize())
                                    .toString())
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Map<String, String> env = command.environment();
            env.put("GIT_CONFIG_NOSYSTEM", "1");
            env.put("GIT_CONFIG_GLOBAL", "/dev/null");
            env.put("GIT_TERMINAL_PROMPT", "0");
            env.put("GIT_OPTIONAL_LOCKS", "0");
            Process git = command.start();
            // (a test of the stopping waits less: study-guide.git.timeout-seconds)
            if (!git.waitFor(Integer.getInteger("study-guide.git.timeout-seconds", 10), TimeUnit.SECONDS)) {
                git.descendants().forEach(ProcessHandle::destroyForcibly);
                git.destroyForcibly();
                return Map.of();
            }
            if (git.exitValue() != 0) {
                return Map.of();
            }
            LocalDate day = null;
            for (String line : Files.readString(out, StandardCharsets.UTF_8).split("\n")) {
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
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
        return days;
    }
}
