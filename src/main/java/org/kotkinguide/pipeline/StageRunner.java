package org.kotkinguide.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kotkinguide.convert.GuideOptions;

/**
 * Runs one build's stages in order: times each, prints its progress line and keeps its report.
 * A stage's time runs from the end of the one before, so the reports of the stages run one after
 * another add up to the whole build; the stages run {@link #together} overlap.
 */
final class StageRunner {
    private final Progress progress;
    private final List<StageReport> reports = new ArrayList<>();
    private final long start = System.nanoTime();
    private long since = start;
    private long cpuSince = cpuNanos();

    StageRunner(Progress progress) {
        this.progress = progress;
    }

    <T> T run(BuildStage stage, Stage<T> work) throws IOException {
        Stage.Done<T> done = work.run();
        report(stage, done.summary(), done.counts(), done.kept(), done.redone());
        return done.value();
    }

    /** A stage to run {@link #together} with others. */
    record Job<T>(BuildStage stage, Stage<T> work) {}

    /**
     * Runs {@code jobs} at once, each on a thread of its own, with Asciidoctor shared as
     * {@link GuideOptions#atOnce} says; once all have ended, prints and keeps their reports in the
     * order given, each timed from its own start. When one fails, the others still end (JRuby cannot
     * be stopped halfway), nothing is reported, and the first failure in that order is thrown: what a
     * build made one stage after the other would have said.
     */
    void together(List<Job<?>> jobs) {
        List<Callable<Timed>> work = jobs.stream()
                .<Callable<Timed>>map(job -> () -> {
                    long begun = System.nanoTime();
                    long cpu = threadCpuNanos();
                    Stage.Done<?> done = job.work().run();
                    return new Timed(done, begun, System.nanoTime(), Math.max(0, threadCpuNanos() - cpu));
                })
                .toList();
        List<Timed> timed = GuideOptions.atOnce(work);
        for (int i = 0; i < jobs.size(); i++) {
            Timed t = timed.get(i);
            Stage.Done<?> done = t.done();
            keep(new StageReport(
                    jobs.get(i).stage(),
                    done.summary(),
                    done.counts(),
                    done.kept(),
                    done.redone(),
                    Duration.ofNanos(t.begun() - start),
                    Duration.ofNanos(t.ended() - t.begun()),
                    Duration.ofNanos(t.cpu())));
        }
        // the next stage's time starts when the last of these ended
        since = System.nanoTime();
        cpuSince = cpuNanos();
    }

    private record Timed(Stage.Done<?> done, long begun, long ended, long cpu) {}

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
                Duration.ofNanos(since - start),
                Duration.ofNanos(now - since),
                Duration.ofNanos(Math.max(0, cpuNow - cpuSince)));
        since = now;
        cpuSince = cpuNow;
        keep(report);
    }

    private void keep(StageReport report) {
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

    /** The CPU time of the calling thread so far; 0 where the JVM does not tell. */
    private static long threadCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? Math.max(0, threads.getCurrentThreadCpuTime()) : 0;
    }

    List<StageReport> reports() {
        return List.copyOf(reports);
    }
}
