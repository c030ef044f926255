package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.GuideFolders;

/**
 * Each stage of a build says what it did in a report, which the build returns and the console prints:
 * tools and tests read the reports, and what the person at the console sees is the same figures.
 */
class StageReportsTest {
    @TempDir
    Path work;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private GuideBuild previewOf(Path guide) {
        return new GuideBuild(
                BuildOptions.of(guide, work.resolve("site")).withoutPdf(),
                new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private static long files(Path folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(f -> f.toString().endsWith(suffix)).count();
        }
    }

    @Test
    void a_build_reports_each_stage_in_order_and_prints_exactly_its_reports() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        BuildResult result = previewOf(guide).run();

        List<BuildStage> ran = result.stages().stream()
                .map(StageReport::stage)
                .filter(s -> s != BuildStage.START_ASCIIDOCTOR)
                .toList();
        assertEquals(
                List.of(
                        BuildStage.CHECK_FOR_CHANGES,
                        BuildStage.LOAD,
                        BuildStage.CONVERT,
                        BuildStage.LAY_OUT,
                        BuildStage.INDEX,
                        BuildStage.GENERATE_PAGES,
                        BuildStage.VERIFY,
                        BuildStage.PUBLISH),
                ran,
                "no PDF, EPUB or zip with --no-pdf");
        assertEquals(
                result.stages().stream()
                        .map(StageReport::line)
                        .filter(Objects::nonNull)
                        .toList(),
                console.toString(StandardCharsets.UTF_8).lines().toList(),
                "one console line per report, and nothing else");

        Path site = work.resolve("site");
        long pages = files(guide.resolve("content"), ".adoc");
        assertEquals(pages, result.stage(BuildStage.CONVERT).count("pages"), "a page for each AsciiDoc file");
        assertEquals(pages, result.stage(BuildStage.CONVERT).redone(), "the first build converts every page");
        assertEquals(pages, result.stage(BuildStage.LAY_OUT).redone());
        assertEquals(2, result.stage(BuildStage.LOAD).count("chapters"));
        assertEquals(
                files(site.resolve("flashcards"), ".html") + 1,
                result.stage(BuildStage.GENERATE_PAGES).count("flashcard decks"),
                "the whole guide's deck and one a chapter");
        assertTrue(result.stage(BuildStage.VERIFY).count("links") > 0);
        double staged =
                result.stages().stream().mapToDouble(StageReport::seconds).sum();
        assertTrue(
                staged > 0 && result.stages().stream().allMatch(r -> r.seconds() >= 0 && r.cpuSeconds() >= 0),
                result.stages().toString());
    }

    @Test
    void a_rebuild_reports_which_pages_it_kept_and_which_it_made_again() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        GuideBuild preview = previewOf(guide);
        long pages = preview.run().stage(BuildStage.CONVERT).count("pages");

        Files.writeString(
                guide.resolve("content/chapters/mouths.adoc"),
                "\nA plain sentence added while previewing.\n",
                StandardOpenOption.APPEND);
        BuildResult again = preview.run();
        StageReport converted = again.stage(BuildStage.CONVERT);
        assertEquals(
                List.of(pages - 1, 1L),
                List.of((long) converted.kept(), (long) converted.redone()),
                converted.toString());
        StageReport laidOut = again.stage(BuildStage.LAY_OUT);
        assertEquals(pages, laidOut.kept() + laidOut.redone(), laidOut.toString());
        assertTrue(
                laidOut.redone() >= 1 && laidOut.kept() >= 1,
                "the edited chapter laid out again, the others kept: " + laidOut);
        StageReport verified = again.stage(BuildStage.VERIFY);
        assertTrue(
                verified.redone() >= 1 && verified.redone() < verified.kept(),
                "the link check parses again only the pages that changed (the chapter, all.html), keeps the"
                        + " others: " + verified);
    }

    /** The next command-line build: a new build, which has only what the last one kept on disk. */
    private BuildResult nextBuild(Path guide) {
        return previewOf(guide).run();
    }

    @Test
    void after_a_one_chapter_edit_only_the_one_page_edition_and_the_index_are_made_again() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        StageReport first = nextBuild(guide).stage(BuildStage.GENERATE_PAGES);
        assertEquals(0, first.kept(), "nothing kept before the first build: " + first);

        Files.writeString(
                guide.resolve("content/chapters/mouths.adoc"),
                "\nA plain sentence added between builds.\n",
                StandardOpenOption.APPEND);
        BuildResult again = nextBuild(guide);
        StageReport generated = again.stage(BuildStage.GENERATE_PAGES);
        assertEquals(
                List.of(first.redone() - 1, 1),
                List.of(generated.kept(), generated.redone()),
                "the search page, 404, decks, who's who, download page and citation files kept; all.html,"
                        + " which shows the chapter's text, made again: " + generated);
        StageReport index = again.stage(BuildStage.INDEX);
        assertEquals(List.of(0, 1), List.of(index.kept(), index.redone()), "the chapter's text is searched");
    }

    @Test
    void a_stylesheet_edit_keeps_the_search_index_and_makes_only_the_404_page_again() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        StageReport first = nextBuild(guide).stage(BuildStage.GENERATE_PAGES);

        Path css;
        try (Stream<Path> sheets = Files.list(guide.resolve("assets/css"))) {
            css = sheets.filter(f -> f.toString().endsWith(".css"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        Files.writeString(css, "\n/* a comment added between builds */\n", StandardOpenOption.APPEND);
        BuildResult again = nextBuild(guide);
        StageReport index = again.stage(BuildStage.INDEX);
        assertEquals(List.of(1, 0), List.of(index.kept(), index.redone()), index.toString());
        StageReport generated = again.stage(BuildStage.GENERATE_PAGES);
        assertEquals(
                List.of(first.redone() - 1, 1),
                List.of(generated.kept(), generated.redone()),
                "404.html holds the styles inline: " + generated);
    }
}
