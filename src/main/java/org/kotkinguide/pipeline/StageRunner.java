package org.kotkinguide.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kotkinguide.convert.ConversionThread;

/**
 * Runs one build's stages in order: times each, prints its progress line and keeps its report.
 * A stage's time runs from the end of the one before, so the reports of the stages run one after
 * another add up to the whole build; stages run {@link #beside} one another overlap.
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

    /** A stage to run {@link #beside} another. */
    record Job<T>(BuildStage stage, Stage<T> work) {}

    /**
     * Runs {@code here} on this thread and, at the same time, {@code there} on a thread of its own, then
     * {@code after} on whichever of the two ends first: the PDF beside the handouts, then the EPUB, on
     * both cores. In a clean build the book and the handouts take about as long; after a one-chapter
     * edit the handout is much the shorter. When all have ended, prints and keeps their reports in the
     * order the stages are named ({@link BuildStage}), each timed from its own start (its CPU time its
     * own thread's). Once one fails, nothing more is started (JRuby cannot be stopped halfway, so what
     * runs ends; the build's staging folder is deleted after this), nothing is reported, and of the
     * failures the one of the stage named first is thrown: what running them in that order would have said.
     */
    void beside(Job<?> here, Job<?> there, Job<?> after) throws IOException {
        java.util.concurrent.atomic.AtomicBoolean taken = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        ConversionThread<List<Outcome>> second = new ConversionThread<>(
                "beside " + here.stage().label(), () -> thenTheNext(there, after, taken, failed));
        List<Outcome> all = new ArrayList<>(thenTheNext(here, after, taken, failed));
        all.addAll(second.result());
        all.sort(java.util.Comparator.comparing(Outcome::stage));
        for (Outcome outcome : all) {
            if (outcome.failed() instanceof IOException e) {
                throw e;
            } else if (outcome.failed() instanceof RuntimeException e) {
                throw e;
            } else if (outcome.failed() instanceof Error e) {
                throw e;
            }
        }
        all.forEach(outcome -> keep(outcome.stage(), outcome.timed()));
        // the next stage's time starts when the last of these ended
        since = System.nanoTime();
        cpuSince = cpuNanos();
    }

    /** A job run {@link #beside} another: its report's times, or what it failed with. */
    private record Outcome(BuildStage stage, Timed timed, Throwable failed) {}

    /** Runs {@code job}, then {@code next} unless the other thread took it first or a job failed. */
    private static List<Outcome> thenTheNext(
            Job<?> job,
            Job<?> next,
            java.util.concurrent.atomic.AtomicBoolean taken,
            java.util.concurrent.atomic.AtomicBoolean failed) {
        List<Outcome> done = new ArrayList<>();
        for (Job<?> run : List.of(job, next)) {
            if (run == next && (failed.get() || taken.getAndSet(true))) {
                break;
            }
            try {
                done.add(new Outcome(run.stage(), timed(run), null));
            } catch (IOException | RuntimeException | Error e) {
                failed.set(true);
                done.add(new Outcome(run.stage(), null, e));
                break;
            }
        }
        return done;
    }

    private record Timed(Stage.Done<?> done, long begun, long ended, long cpu) {}

    private static Timed timed(Job<?> job) throws IOException {
        long begun = System.nanoTime();
        long cpu = threadCpuNanos();
        Stage.Done<?> done = job.work().run();
        return new Timed(done, begun, System.nanoTime(), Math.max(0, threadCpuNanos() - cpu));
    }

    private void keep(BuildStage stage, Timed timed) {
        Stage.Done<?> done = timed.done();
        StageReport report = new StageReport(
                stage,
                done.summary(),
                done.counts(),
                done.kept(),
                done.redone(),
                Duration.ofNanos(timed.begun() - start),
                Duration.ofNanos(timed.ended() - timed.begun()),
                Duration.ofNanos(timed.cpu()));
        reports.add(report);
        progress.print(report);
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
                Duration.ofNanos(since - start),
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

    /** The CPU time of the calling thread so far; 0 where the JVM does not tell. */
    private static long threadCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? Math.max(0, threads.getCurrentThreadCpuTime()) : 0;
    }

    List<StageReport> reports() {
        return List.copyOf(reports);
    }
}
