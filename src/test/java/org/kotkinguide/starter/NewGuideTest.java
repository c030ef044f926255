package org.kotkinguide.starter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;

/** A teacher starts a guide for another reading with one command, and it builds clean as written. */
class NewGuideTest {
    @TempDir
    Path work;

    @Test
    void a_new_guide_builds_with_no_error_and_no_warning() throws IOException {
        Path guide = work.resolve("dante");

        BuildRun made =
                BuildRun.run("new", guide.toString(), "--title", "Notes on Dante", "--reading-key", "alighieri1320");
        BuildRun built = BuildRun.build(guide, guide.resolve("target/site"));

        assertEquals(0, made.exitCode(), made.err());
        assertEquals(0, built.exitCode(), built.err());
        assertFalse(built.out().contains("warning"), built.out());
        assertEquals(
                "Notes on Dante",
                Jsoup.parse(guide.resolve("target/site/index.html").toFile())
                        .selectFirst("h1")
                        .text());
        assertTrue(Files.readString(guide.resolve("content/references.bib")).contains("@book{alighieri1320,"));
        assertTrue(Files.exists(guide.resolve(".gitignore")), "the build's output is ignored by Git from the start");
    }

    @Test
    void the_chapter_shows_every_macro_and_block_an_author_uses() throws IOException {
        Path guide = work.resolve("blocks");
        assertEquals(
                0, BuildRun.run("new", guide.toString(), "--title", "Blocks").exitCode());
        assertEquals(0, BuildRun.build(guide, guide.resolve("target/site")).exitCode());

        var page = Jsoup.parse(
                guide.resolve("target/site/chapters/first-chapter.html").toFile());
        for (String css : new String[] {
            "a[href*=glossary/first-term.html]",
            "a[href*=bibliography.html]",
            "a[href=#key-points]",
            ".admonitionblock.note",
            "table.tableblock",
            ".quoteblock .attribution",
            ".sidebarblock",
            ".exampleblock",
            "details",
            ".notes-say",
            ".guide-infers",
            ".background"
        }) {
            assertFalse(page.select(css).isEmpty(), "the starter chapter should show " + css);
        }
    }

    @Test
    void a_folder_that_is_not_empty_is_refused_and_left_as_it_was() throws IOException {
        Path folder = Files.createDirectories(work.resolve("mine"));
        Files.writeString(folder.resolve("notes.txt"), "mine");

        BuildRun run = BuildRun.run("new", folder.toString(), "--title", "A Guide");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("is not empty"), run.err());
        assertEquals("mine", Files.readString(folder.resolve("notes.txt")));
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void a_title_or_key_that_cannot_be_used_is_a_message() {
        BuildRun noTitle = BuildRun.run("new", work.resolve("a").toString());
        BuildRun badKey = BuildRun.run("new", work.resolve("b").toString(), "--title", "B", "--reading-key", "9 bad");

        assertEquals(2, noTitle.exitCode());
        assertTrue(noTitle.err().contains("'new' needs a folder and a title"), noTitle.err());
        assertEquals(1, badKey.exitCode());
        assertTrue(badKey.err().contains("--reading-key takes a BibTeX key"), badKey.err());
        assertFalse(Files.exists(work.resolve("b")));
    }

    @Test
    void a_new_guide_holds_no_theme_and_its_site_has_the_same_stylesheets_as_the_real_guide() throws IOException {
        Path guide = work.resolve("plain");
        assertEquals(
                0, BuildRun.run("new", guide.toString(), "--title", "Plain").exitCode());

        assertFalse(Files.exists(guide.resolve("templates")), "the templates come from the tool");
        assertFalse(Files.exists(guide.resolve("assets")), "the assets come from the tool");
        assertTrue(Files.isRegularFile(guide.resolve("README.md")));
        assertTrue(Files.isRegularFile(guide.resolve("content/timeline.adoc")));
        BuildRun built = BuildRun.build(guide, guide.resolve("target/site"));
        assertEquals(0, built.exitCode(), built.err());

        assertEquals(
                names(GuideFolders.PROJECT.resolve("assets/css")),
                names(guide.resolve("target/site/css")),
                "the site has the stylesheets of the project's own guide");
        assertTrue(
                names(guide.resolve("target/site/js")).containsAll(names(GuideFolders.PROJECT.resolve("assets/js"))),
                "and its scripts");
        var home = Jsoup.parse(guide.resolve("target/site/index.html").toFile());
        assertFalse(
                home.select("link[href=css/vars.css]").isEmpty(), home.head().html());
        assertTrue(Files.isRegularFile(guide.resolve("target/site/timeline.html")));
    }

    @Test
    void the_printed_command_names_the_tool_by_a_path_that_works_from_any_folder() {
        Path guide = work.resolve("cmd");
        BuildRun made = BuildRun.run("new", guide.toString(), "--title", "Cmd");

        String build = made.out()
                .lines()
                .filter(line -> line.contains(" build --source "))
                .findFirst()
                .orElseThrow()
                .strip();
        assertFalse(build.startsWith("java -jar study-guide.jar"), build);
        // run from the test's classes, the command is java with the whole class path, each part absolute
        assertTrue(build.startsWith("java -cp "), build);
        String classPath = build.substring("java -cp ".length(), build.indexOf(" org.kotkinguide.cli.Main"))
                .replace("'", "");
        for (String part : classPath.split(java.io.File.pathSeparator)) {
            assertTrue(Files.exists(Path.of(part)), part);
        }
        assertTrue(build.endsWith("build --source " + guide), build);
    }

    @Test
    void new_help_prints_the_usage() {
        BuildRun help = BuildRun.run("new", "--help");

        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("--title"), help.out());
        assertTrue(help.out().contains("--reading-key"), help.out());
    }

    private static java.util.List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
