package org.kotkinguide.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.RealGuide;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the person running the build sees in the console. */
class CommandLineTest {
    @TempDir
    Path work;

    @Test
    void a_build_prints_one_short_line_per_stage_and_nothing_else() {
        BuildRun run = RealGuide.run();
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        assertTrue(lines.get(0).matches("read 4 chapters, \\d+ terms, 1 reference in \\d+\\.\\d s"), lines.get(0));
        assertTrue(lines.get(1).matches("rendered \\d+ pages \\(4 chapters, \\d+ terms\\) in \\d+\\.\\d s"), lines.get(1));
        assertTrue(lines.get(2).matches("wrote .*site in \\d+\\.\\d s"), lines.get(2));
        assertEquals("", run.err(), "no log noise from JBake, OrientDB or JRuby");
    }

    @Test
    void a_wrong_command_line_explains_the_usage_and_exits_with_2() {
        BuildRun run = BuildRun.run("bake");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("usage: java -jar study-guide.jar build [--source DIR] [--output DIR]"), run.err());
        assertEquals(2, BuildRun.run("build", "--colour", "red").exitCode());
    }

    @Test
    void a_folder_that_is_not_a_guide_is_named_in_the_error() {
        BuildRun run = BuildRun.build(work, work.resolve("site"));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("jbake.properties: missing"), run.err());
    }

    @Test
    void a_failed_build_says_the_old_site_was_kept() {
        Path guide = GuideFolders.minimalWith("bad/unknown-term", work);
        BuildRun run = BuildRun.build(guide, work.resolve("site"));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("build failed: 1 error;"), run.err());
    }
}
