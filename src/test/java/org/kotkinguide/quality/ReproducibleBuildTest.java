package org.kotkinguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.FolderSnapshot;
import org.kotkinguide.support.GuideFolders;

/** The same input gives byte-identical output: site, PDFs and zip. */
@Tag("integration")
// the first full build is made once and read by both tests; the one that builds over it comes last
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReproducibleBuildTest {
    @TempDir
    static Path work;

    private static Path guide;

    @BeforeAll
    static void buildOnce() {
        guide = GuideFolders.fixture("minimal", work);
        assertEquals(0, BuildRun.buildAll(guide, work.resolve("first/site")).exitCode());
    }

    @Test
    @Order(1)
    void two_builds_of_the_same_guide_are_byte_identical() {
        assertEquals(0, BuildRun.buildAll(guide, work.resolve("second/site")).exitCode());
        var first = published(work.resolve("first"));
        assertEquals(first, published(work.resolve("second")));
        assertEquals(
                true,
                first.containsKey("study-guide.pdf") && first.containsKey("study-guide-offline.zip"),
                first.keySet().toString());
    }

    /** Everything the build put there but its cache, which is not an output (its keys name the output folder). */
    private static java.util.Map<String, String> published(Path folder) {
        var files = new java.util.TreeMap<>(FolderSnapshot.of(folder));
        files.keySet().removeIf(name -> name.startsWith(org.kotkinguide.cache.DiskCache.FOLDER + "/"));
        return files;
    }

    @Test
    @Order(2)
    void building_again_leaves_every_unchanged_file_of_the_site_as_it_was_so_an_upload_sends_nothing()
            throws IOException {
        Path site = work.resolve("first/site");
        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).map(site::relativize).toList();
        }
        for (Path file : files) {
            Files.setLastModifiedTime(site.resolve(file), longAgo);
        }
        var before = FolderSnapshot.of(site);

        assertEquals(0, BuildRun.buildAll(guide, site).exitCode());
        assertEquals(before, FolderSnapshot.of(site));
        for (Path file : files) {
            assertEquals(longAgo, Files.getLastModifiedTime(site.resolve(file)), file.toString());
        }
    }
}
