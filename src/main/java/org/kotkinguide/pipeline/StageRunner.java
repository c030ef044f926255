package org.kotkinguide.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one build's stages in order: times each, prints its progress line and keeps its report.
 * A stage's time runs from the end of the one before, so the reports add up to the whole build.
 */
final class StageRunner {
    private final Progress progress;
    private final List<StageReport> reports = new ArrayList<>();
    private long since = System.nanoTime();
    private long cpuSince = cpuNanos();

    StageRunner(Progress progress) {
        this.progress = progress;
    }

    <T> T run(BuildStage stage, Stage<T> work) throws IOException {
        Stage.Done<T> done = work.run();
        report(stage, done.summary(), done.counts(), done.kept(), done.redone());
        return done.value();
    }

    /**
     * A part of a stage whose time is told apart (starting JRuby, inside conversion): reported when
     * it ends, and the stage's own time starts again from there.
     */
    void step(BuildStage stage, String summary) {
        report(stage, summary, Map.of(), 0, 0);
    }

    private void report(BuildStage stage, String summary, Map<String, Long> counts, int kept, int redone) {
        long now = System.nanoTime();
        long cpuNow = cpuNanos();
        StageReport report = new StageReport(
                stage,
                summary,
                counts,
                kept,
                redone,
                Duration.ofNanos(now - since),
                Duration.ofNanos(Math.max(0, cpuNow - cpuSince)));
        since = now;
        cpuSince = cpuNow;
        reports.add(report);
        progress.print(report);
    }

    /** The CPU time of this process so far, every thread; 0 where the JVM does not tell. */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime())
                : 0;
    }

    List<StageReport> reports() {
        return List.copyOf(reports);
    }
}
