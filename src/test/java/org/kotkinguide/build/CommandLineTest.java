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
        List<String> expected = List.of(
                "read 4 chapters, \\d+ terms, \\d+ references? in \\d+\\.\\d s",
                "(started Asciidoctor \\(JRuby\\) in \\d+\\.\\d s)?",
                "converted \\d+ pages in \\d+\\.\\d s",
                "rendered \\d+ pages \\(4 chapters, \\d+ terms\\) in \\d+\\.\\d s",
                "indexed \\d+ sections, \\d+ terms, \\d+ references? \\(search-index.js \\d+\\.\\d KB\\) in \\d+\\.\\d s",
                "generated \\d+ pages \\(\\d+ flashcard decks\\) and \\d+ other files in \\d+\\.\\d s",
                "making the PDFs \\(the slow part\\)\\.\\.\\.",
                "wrote downloads/study-guide.pdf \\(student edition, \\d+ pages, \\d+\\.\\d KB\\) in \\d+\\.\\d s",
                "  handouts/introduction.pdf",
                "  handouts/soviet-geopolitics.pdf",
                "  handouts/brushing-off-european-rapprochement.pdf",
                "  handouts/a-duumvirate.pdf",
                "wrote 4 chapter handouts in \\d+\\.\\d s",
                "wrote downloads/study-guide.epub \\(\\d+\\.\\d KB\\) in \\d+\\.\\d s",
                "wrote downloads/study-guide-offline.zip \\(\\d+\\.\\d KB, unzips to kotkin-study-guide/\\) in \\d+\\.\\d s",
                "checked \\d+ links in \\d+\\.\\d s",
                "wrote .*site in \\d+\\.\\d s");
        List<String> lines = new java.util.ArrayList<>(run.out().lines().toList());
        if (!lines.get(1).startsWith("started Asciidoctor")) {
            lines.add(1, ""); // JRuby was already running in this test JVM
        }
        assertEquals(expected.size(), lines.size(), run.out());
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(lines.get(i).matches(expected.get(i)), "line " + (i + 1) + ": " + lines.get(i));
        }
        assertEquals("", run.err(), "no log noise from JBake, OrientDB or JRuby");
    }

    @Test
    void a_wrong_command_line_explains_the_usage_and_exits_with_2() {
        BuildRun run = BuildRun.run("bake");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("usage: java -jar study-guide.jar build [--source DIR] [--output DIR] [--pdf-edition student|teacher] [--no-pdf]"), run.err());
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
