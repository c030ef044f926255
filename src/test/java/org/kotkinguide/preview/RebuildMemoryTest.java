package org.kotkinguide.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.pipeline.BuildOptions;
import org.kotkinguide.pipeline.GuideBuild;
import org.kotkinguide.support.GuideFolders;

/**
 * An author keeps the preview open all day: its memory stays flat however many times it rebuilds.
 * The test runs the preview's own rebuild (one {@link GuideBuild} kept, as {@link PreviewServer}
 * keeps it) on a copy of the real guide, editing a chapter before each rebuild, without the file
 * watcher, whose timing would make the rebuilds and the readings uneven.
 */
@Tag("integration")
class RebuildMemoryTest {
    private static final int REBUILDS = 200;

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
    void two_hundred_rebuilds_after_edits_leave_the_heap_as_it_was_after_the_first() throws Exception {
        Path guide = GuideFolders.realGuideCopy(work);
        Path chapter = guide.resolve("content/chapters/introduction.adoc");
        String text = Files.readString(chapter);
        GuideBuild preview = new GuideBuild(
                BuildOptions.of(guide, work.resolve("preview/site")).withoutPdf(),
                new PrintStream(OutputStream.nullOutputStream()));

        long first = 0;
        for (int rebuild = 1; rebuild <= REBUILDS; rebuild++) {
            Files.writeString(chapter, text + "\nAn edit, number " + rebuild + ".\n");
            preview.run();
            if (rebuild == 1) {
                first = heapAfterGc();
            }
        }
        long last = heapAfterGc();
        System.out.printf(
                "heap after GC: %.1f MB after %d rebuild, %.1f MB after %d%n", first / 1e6, 1, last / 1e6, REBUILDS);
        assertTrue(
                last <= first * 1.10,
                String.format(
                        "heap after GC grew from %.1f MB after %d rebuild to %.1f MB after %d",
                        first / 1e6, 1, last / 1e6, REBUILDS));
    }
}
