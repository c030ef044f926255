package org.kotkinguide.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * What one stage of a build did: which stage, the words of its progress line, what it counted (in
 * the order the line names them), how many of its outputs it took from the last build ({@code kept})
 * and how many it made ({@code redone}), and how long it took. The progress lines, the benchmark and
 * the tests all read these, never the console.
 *
 * @param summary the progress line without its time, or null for a stage that prints no line
 * @param started when the stage started, from the start of the build: the PDF's stage and the handouts' and
 *            EPUB's run at once, and overlap (see {@link StageRunner#beside})
 * @param elapsed wall-clock time, as the person waiting sees it
 * @param cpu the process's CPU time in the stage, all threads (zero where the JVM does not say): unlike the
 *            wall clock, barely moved by other programs on a busy machine; for a stage run beside
 *            another, its own thread's
 */
public record StageReport(
        BuildStage stage,
        String summary,
        Map<String, Long> counts,
        int kept,
        int redone,
        Duration started,
        Duration elapsed,
        Duration cpu) {

    public StageReport {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }

    /** The line the console shows, e.g. {@code converted 53 pages in 3.1 s}; null for a stage that prints none. */
    public String line() {
        return summary == null ? null : String.format(Locale.ROOT, "%s in %.1f s", summary, seconds());
    }

    public double seconds() {
        return elapsed.toNanos() / 1e9;
    }

    /** When the stage ended, from the start of the build. */
    public Duration ended() {
        return started.plus(elapsed);
    }

    public double cpuSeconds() {
        return cpu.toNanos() / 1e9;
    }

    /** One of the stage's counts, e.g. {@code count("pages")}; an unknown name is a mistake in the asking test or tool. */
    public long count(String what) {
        Long n = counts.get(what);
        if (n == null) {
            throw new IllegalArgumentException(stage + " counts " + counts.keySet() + ", not '" + what + "'");
        }
        return n;
    }
}
