package org.kotkinguide.quality;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.FolderSnapshot;
import org.kotkinguide.support.GuideFolders;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same input gives byte-identical output: site, PDFs and zip. */
class ReproducibleBuildTest {
    @TempDir
    Path work;

    @Test
    void two_builds_of_the_same_guide_are_byte_identical() {
        Path guide = GuideFolders.fixture("minimal", work);
        assertEquals(0, BuildRun.buildAll(guide, work.resolve("first/site")).exitCode());
        assertEquals(0, BuildRun.buildAll(guide, work.resolve("second/site")).exitCode());
        var first = FolderSnapshot.of(work.resolve("first"));
        assertEquals(first, FolderSnapshot.of(work.resolve("second")));
        assertEquals(true, first.containsKey("study-guide.pdf") && first.containsKey("study-guide-offline.zip"), first.keySet().toString());
    }
}
