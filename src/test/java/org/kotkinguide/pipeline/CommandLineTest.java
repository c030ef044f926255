package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Site;

/** What the person running the build sees in the console. */
class CommandLineTest {
    @TempDir
    Path work;

    @Tag("integration")
    @Test
    void a_build_prints_one_short_line_per_stage_and_nothing_else() {
        // a whole build (site, PDFs, EPUB, zip) of a small fixture guide: the lines are the same for any guide
        Path site = work.resolve("out/site");
        BuildRun run = BuildRun.buildAll(GuideFolders.fixture("minimal", work), site);
        // one handout per chapter, in reading order
        List<String> chapters =
                new Site(site).page("index.html").select(".chapter-list a").eachAttr("href");
        assertTrue(chapters.size() > 1, "the fixture has chapters to list: " + chapters);
        List<String> handouts = chapters.stream()
                .map(href -> "  handouts/" + href.replaceAll("^chapters/|\\.html$", "") + ".pdf")
                .toList();
        int n = chapters.size();
        List<String> expected = new java.util.ArrayList<>(List.of(
                "read " + n + " chapters, \\d+ terms, \\d+ references? in \\d+\\.\\d s",
                "(started Asciidoctor \\(JRuby\\) in \\d+\\.\\d s)?",
                "converted \\d+ pages in \\d+\\.\\d s",
                "rendered \\d+ pages \\(" + n + " chapters, \\d+ terms\\) in \\d+\\.\\d s",
                "indexed \\d+ sections, \\d+ terms, \\d+ references? \\(search-index.js \\d+\\.\\d KB\\) in \\d+\\.\\d s",
                "generated \\d+ pages \\(\\d+ flashcard decks\\) and \\d+ other files in \\d+\\.\\d s",
                "checked \\d+ links, before the PDFs, in \\d+\\.\\d s",
                "making the PDFs \\(the slow part\\)\\.\\.\\."));
        // the handouts are made beside the PDF, each said when it is written; the three stages' lines follow
        expected.addAll(handouts);
        expected.addAll(List.of(
                "wrote downloads/study-guide.pdf \\(student edition, \\d+ pages, \\d+\\.\\d KB\\) in \\d+\\.\\d s",
                "wrote " + n + " chapter handouts, beside the PDF, in \\d+\\.\\d s",
                "wrote downloads/study-guide.epub \\(\\d+\\.\\d KB\\), beside the PDF and the handouts, in \\d+\\.\\d s",
                "wrote downloads/study-guide-offline.zip \\(\\d+\\.\\d KB, unzips to [a-z0-9-]+/\\) in \\d+\\.\\d s",
                "checked \\d+ links in \\d+\\.\\d s",
                "wrote .*site in \\d+\\.\\d s"));
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
    void a_wrong_command_explains_the_usage_and_exits_with_2() {
        BuildRun run = BuildRun.run("bake");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown command: 'bake'"), run.err());
        assertTrue(run.err().contains("Usage: study-guide [-hV] [COMMAND]"), run.err());
        assertTrue(
                run.err().lines().anyMatch(line -> line.strip().startsWith("build ")),
                "the commands are listed:\n" + run.err());

        BuildRun none = BuildRun.run();
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("expected a command: build, serve, check or new"), none.err());

        // the benchmark is a program of its own (target/study-guide-bench), not in the tool a teacher installs
        BuildRun bench = BuildRun.run("bench", "--chapters", "10");
        assertEquals(2, bench.exitCode());
        assertTrue(bench.err().contains("Unknown command: 'bench'"), bench.err());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "build, --port 9",
        "build, --colour red",
        "check, --no-pdf",
        "serve, --pdf-edition teacher",
        "new, --output x"
    })
    void an_option_the_command_does_not_take_is_refused_with_2_before_anything_runs(String command, String option) {
        String[] words = option.split(" ");
        // a folder that is no guide: were the option taken, the command would fail there, not with 2
        List<String> line = new java.util.ArrayList<>(
                command.equals("new")
                        ? List.of(command, work.resolve("new").toString(), "--title", "T")
                        : List.of(command, "--source", work.toString()));
        line.addAll(List.of(words));
        BuildRun run = BuildRun.run(line.toArray(new String[0]));

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("Unknown option: '" + words[0] + "'"), run.err());
        assertTrue(run.err().contains("Usage: study-guide " + command), run.err());
        assertEquals("", run.out(), "nothing built");
    }

    @ParameterizedTest(name = "{0} --help")
    @CsvSource({"build, --no-pdf", "serve, --port", "serve, --pdf", "check, --warnings-as-errors", "new, --reading-key"
    })
    void every_command_explains_its_options_with_help(String command, String option) {
        BuildRun run = BuildRun.run(command, "--help");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: study-guide " + command), run.out());
        assertTrue(run.out().contains(option), run.out());
        assertTrue(run.out().contains("--version"), run.out());
        assertEquals("", run.err());
    }

    @ParameterizedTest(name = "{0} --version")
    @ValueSource(strings = {"build", "serve", "check", "new"})
    void every_command_tells_the_version(String command) {
        BuildRun run = BuildRun.run(command, "--version");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("study-guide \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Java .+\\)\\R"), run.out());
    }

    @Test
    void a_wrong_pdf_edition_is_a_command_line_error() {
        BuildRun run = BuildRun.run("build", "--source", work.toString(), "--pdf-edition", "principal");

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("unknown PDF edition 'principal': use student or teacher"), run.err());
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
