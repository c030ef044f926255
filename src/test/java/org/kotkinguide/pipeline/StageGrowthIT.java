package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.bench.SyntheticGuide;

/**
 * A guard against complexity regressions: a guide four times longer may take each stage about four
 * times longer, not sixteen (a template that searches a growing list for each use of each term took
 * the flashcards from 0.3 s to 33 s at 200 chapters, and no test noticed). Times are compared with
 * each other within one run, never with a number of seconds, so a slow or busy machine passes.
 */
@Tag("integration")
class StageGrowthIT {
    private static final int SMALL = 100;
    private static final int LARGE = 4 * SMALL;
    /** Linear growth is 4×; the rest is room for a busy machine, and quadratic (16×) stays far out of it. */
    private static final double MOST_GROWTH = 6;
    /** No stage but conversion may take more than this times conversion's time in the large guide. */
    private static final double MOST_AGAINST_CONVERTING = 1.5;
    /**
     * A stage this small a part of the small guide's conversion is too short to time: a pause of the
     * collector alone can multiply it. Below this its growth is measured from this much.
     */
    private static final double SHORTEST_TIMED = 0.05;

    @TempDir
    Path work;

    /**
     * Each stage's CPU seconds for a guide of {@code chapters}, the less of two builds: the process's CPU
     * time counts the JIT's compiler threads and the collector, which land on whichever stage runs while
     * they work (single builds of the same guide varied by half here); the second build mostly finds them done.
     */
    private Map<BuildStage, Double> secondsByStage(int chapters) {
        Map<BuildStage, Double> first = secondsOfOneBuild(chapters, "a");
        Map<BuildStage, Double> second = secondsOfOneBuild(chapters, "b");
        Map<BuildStage, Double> least = new EnumMap<>(BuildStage.class);
        first.forEach((stage, seconds) -> least.put(stage, Math.min(seconds, second.getOrDefault(stage, seconds))));
        return least;
    }

    private Map<BuildStage, Double> secondsOfOneBuild(int chapters, String run) {
        Path guide = work.resolve("guide-" + chapters + run);
        SyntheticGuide.write(guide, chapters, Path.of("").toAbsolutePath());
        // an empty heap to start from: a full collection costs the stage it lands in, whichever that is,
        // as much as a small guide's whole stage (this JVM may also have run other tests)
        System.gc();
        BuildResult result = new GuideBuild(
                        BuildOptions.of(guide, work.resolve("site-" + chapters + run))
                                .withoutPdf()
                                .withoutCache(),
                        new PrintStream(OutputStream.nullOutputStream()))
                .run();
        Map<BuildStage, Double> seconds = new EnumMap<>(BuildStage.class);
        // CPU time, all threads: other programs on a busy machine stretch the wall clock, far less this
        result.stages().forEach(report -> seconds.merge(report.stage(), report.cpuSeconds(), Double::sum));
        // JRuby starts once a process, whatever the guide: a fixed cost, and part of converting
        seconds.remove(BuildStage.START_ASCIIDOCTOR);
        return seconds;
    }

    @Test
    void each_stage_grows_about_linearly_with_the_guide_and_none_outgrows_conversion() {
        // a short guide first, so that JRuby, the templates and the JIT are warm for both measured builds
        secondsOfOneBuild(10, "");
        Map<BuildStage, Double> small = secondsByStage(SMALL);
        Map<BuildStage, Double> large = secondsByStage(LARGE);

        double floor = SHORTEST_TIMED * small.get(BuildStage.CONVERT);
        List<String> problems = new ArrayList<>();
        StringBuilder table = new StringBuilder(
                String.format(Locale.ROOT, "%-18s %8s %8s %7s%n", "stage", SMALL + " ch", LARGE + " ch", "growth"));
        for (BuildStage stage : large.keySet()) {
            double before = small.getOrDefault(stage, 0.0);
            double after = large.get(stage);
            double growth = after / Math.max(before, floor);
            table.append(String.format(
                    Locale.ROOT, "%-18s %7.2fs %7.2fs %6.1f×%n", stage, before, after, after / Math.max(before, 1e-9)));
            if (growth > MOST_GROWTH) {
                problems.add(String.format(
                        Locale.ROOT, "'%s' grew %.1f× for a guide %d× longer", stage, growth, LARGE / SMALL));
            }
            // in the large guide, where a stage's cost per page shows: in the small one a stage's fixed cost
            // can outweigh it. Since every page and generated page passes the allowlist (parsed, cleaned and
            // written out again), laying out and generating pages each cost about as much as converting
            // (400 chapters, the less of two builds, three runs: 3.23, 2.78, 3.44 s and 3.30, 2.16, 3.38 s
            // against 2.98, 2.84, 3.19 s), so "no more than converting" failed by chance; a stage that does
            // per use what it should do once (the flashcards' 33 s against 5 s) is far past half as much again
            for (Map<BuildStage, Double> run : List.of(large)) {
                if (stage != BuildStage.CONVERT
                        && run.getOrDefault(stage, 0.0) > MOST_AGAINST_CONVERTING * run.get(BuildStage.CONVERT)) {
                    problems.add(String.format(
                            Locale.ROOT,
                            "'%s' took more than half as long again as converting the pages (%.2f s against %.2f s)",
                            stage,
                            run.get(stage),
                            run.get(BuildStage.CONVERT)));
                }
            }
        }
        System.out.println(table);
        assertEquals(List.of(), problems, "seconds by stage:\n" + table);
    }
}
