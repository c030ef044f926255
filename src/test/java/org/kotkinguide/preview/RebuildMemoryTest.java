package org.kotkinguide.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.pipeline.BuildOptions;
import org.kotkinguide.pipeline.GuideBuild;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.GuideSources;

/**
 * An author keeps the preview open all day: its memory stays flat however many times it rebuilds.
 * The test runs the preview's own rebuild (one {@link GuideBuild} kept, as {@link PreviewServer}
 * keeps it) on a copy of the real guide, editing a chapter before each rebuild, without the file
 * watcher, whose timing would make the rebuilds and the readings uneven.
 */
@Tag("integration")
class RebuildMemoryTest {
    /**
     * The leak allowed: the heap after GC may grow by at most 10% of its size over 200 rebuilds (a
     * day's saves). Measured over fewer rebuilds as a slope, the same rate is the same criterion:
     * 200 rebuilds took two minutes of a loaded test run; a slope fitted through five readings over
     * 32 rebuilds finds the same leak rate with less noise than two readings would. The readings
     * after full collections agree to 0.2 MB, and a leak at the allowed rate adds 2.8 MB over 32.
     */
    private static final double ALLOWED_GROWTH = 0.10;

    private static final int OVER_REBUILDS = 200;
    /** Rebuilds before the first reading, so the caches every build fills once are full. */
    private static final int WARM_UP = 5;

    private static final int BETWEEN_READINGS = 8;
    private static final int READINGS = 5;

    @TempDir
    Path work;

    /** Heap in use after full collections, as steady as the JVM lets a reading be. */
    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    @Test
    void rebuilds_after_edits_leave_the_heap_flat_within_10_percent_over_two_hundred() throws Exception {
        Path guide = GuideFolders.realGuideCopy(work);
        Path chapter = GuideSources.chapters(guide).get(0);
        String text = Files.readString(chapter);
        GuideBuild preview = new GuideBuild(
                BuildOptions.of(guide, work.resolve("preview/site")).withoutPdf(),
                new PrintStream(OutputStream.nullOutputStream()));

        int last = WARM_UP + BETWEEN_READINGS * (READINGS - 1);
        List<double[]> readings = new ArrayList<>(); // {rebuild, bytes}
        for (int rebuild = 1; rebuild <= last; rebuild++) {
            Files.writeString(chapter, text + "\nAn edit, number " + rebuild + ".\n");
            preview.run();
            if (rebuild >= WARM_UP && (rebuild - WARM_UP) % BETWEEN_READINGS == 0) {
                readings.add(new double[] {rebuild, heapAfterGc()});
            }
        }
        double first = readings.get(0)[1];
        double growthOver200 = slope(readings) * OVER_REBUILDS;
        String said = String.format(
                "heap after GC: %s MB after rebuilds %s: %+.1f MB per %d rebuilds, %.1f MB allowed",
                readings.stream().map(r -> String.format("%.1f", r[1] / 1e6)).toList(),
                readings.stream().map(r -> (int) r[0]).toList(),
                growthOver200 / 1e6,
                OVER_REBUILDS,
                first * ALLOWED_GROWTH / 1e6);
        System.out.println(said);
        assertTrue(growthOver200 <= first * ALLOWED_GROWTH, said);
    }

    /** The least-squares slope of bytes per rebuild through the readings. */
    private static double slope(List<double[]> readings) {
        double meanX = readings.stream().mapToDouble(r -> r[0]).average().orElseThrow();
        double meanY = readings.stream().mapToDouble(r -> r[1]).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (double[] r : readings) {
            covariance += (r[0] - meanX) * (r[1] - meanY);
            variance += (r[0] - meanX) * (r[0] - meanX);
        }
        return covariance / variance;
    }
}
