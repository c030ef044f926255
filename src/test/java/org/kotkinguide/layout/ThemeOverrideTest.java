package org.kotkinguide.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;

/**
 * The theme lives in the tool; a guide's own {@code templates/} and {@code assets/} replace it file by
 * file, so a guide holds only what it changes.
 */
class ThemeOverrideTest {
    @TempDir
    Path work;

    @Test
    void a_guide_with_one_partial_and_one_stylesheet_gets_them_and_everything_else_from_the_tool() throws IOException {
        Path guide = themeless();
        Path footer =
                Files.createDirectories(guide.resolve("templates/partials")).resolve("footer.ftlh");
        Files.writeString(footer, "<footer class=\"site-footer\"><p class=\"mine\">Our own footer</p></footer>\n");
        Path print = Files.createDirectories(guide.resolve("assets/css")).resolve("print.css");
        Files.writeString(print, "body { color: black; }\n");

        BuildRun built = BuildRun.build(guide, guide.resolve("target/site"));

        assertEquals(0, built.exitCode(), built.err());
        Document chapter = page(guide, "chapters/sources.html");
        assertEquals("Our own footer", chapter.select("footer p.mine").text());
        assertFalse(chapter.select("header").isEmpty(), "the header partial is the tool's");
        Path site = guide.resolve("target/site");
        assertEquals("body { color: black; }\n", Files.readString(site.resolve("css/print.css")));
        assertEquals(
                Files.readString(GuideFolders.PROJECT.resolve("assets/css/vars.css")),
                Files.readString(site.resolve("css/vars.css")),
                "a stylesheet the guide does not have is the tool's");
        assertTrue(Files.isRegularFile(site.resolve("js/search.js")));
    }

    @Test
    void a_mistake_in_the_guide_s_own_template_is_reported_at_its_line_beside_the_tool_s_partials() throws IOException {
        Path guide = themeless();
        // the guide's layout includes a partial only the tool has, and is itself wrong at line 2
        Path layout = Files.createDirectories(guide.resolve("templates")).resolve("chapter.ftlh");
        Files.writeString(layout, "<#include \"partials/footer.ftlh\">\n${page.nothingHere.title}\n");

        BuildRun built = BuildRun.build(guide, guide.resolve("target/site"));

        assertEquals(1, built.exitCode());
        assertTrue(built.err().contains("templates/chapter.ftlh:2"), built.err());
    }

    @Test
    void a_mistake_that_shows_in_one_of_the_tool_s_templates_is_reported_there_and_named_the_tool_s_own()
            throws IOException {
        Path guide = themeless();
        // the guide's partial replaces what the tool's chapter layout reads after including it
        Path partial =
                Files.createDirectories(guide.resolve("templates/partials")).resolve("study-tools-chapter.ftlh");
        Files.writeString(partial, "<#assign page = \"no longer the page\">\n");

        BuildRun built = BuildRun.build(guide, guide.resolve("target/site"));

        assertEquals(1, built.exitCode());
        assertTrue(
                java.util.regex.Pattern.compile("templates/[a-z/-]+\\.ftlh \\(the tool's own\\):\\d+: ")
                        .matcher(built.err())
                        .find(),
                built.err());
    }

    @Test
    void one_accent_colour_sets_the_light_and_the_dark_scheme() throws IOException {
        Path guide = themeless();
        setting(guide, "guide.accent=#1F5FA8");

        BuildRun built = BuildRun.build(guide, guide.resolve("target/site"));

        assertEquals(0, built.exitCode(), built.err());
        Document chapter = page(guide, "chapters/sources.html");
        assertFalse(
                chapter.select("link[href=../css/settings.css]").isEmpty(),
                chapter.head().html());
        String css = Files.readString(guide.resolve("target/site/css/settings.css"));
        // light pages keep the colour (it reads on them); dark pages get it lighter
        assertTrue(css.contains(":root {\n  --accent: #1f5fa8;"), css);
        assertTrue(css.contains(":root[data-theme=\"dark\"] {\n  --accent: #"), css);
        assertFalse(css.substring(css.indexOf("[data-theme=\"dark\"]")).contains("#1f5fa8"), css);
    }

    @Test
    void an_accent_that_is_not_a_colour_is_an_error_at_its_line() throws IOException {
        Path guide = themeless();
        int line = setting(guide, "guide.accent=blue");

        BuildRun built = BuildRun.build(guide, guide.resolve("target/site"));

        assertEquals(1, built.exitCode());
        assertTrue(
                built.err().contains("jbake.properties:" + line + ": guide.accent is one colour as #rrggbb"),
                built.err());
    }

    @Test
    void a_guide_s_extra_css_is_loaded_last_and_its_logo_is_in_the_header() throws IOException {
        Path guide = themeless();
        Files.createDirectories(guide.resolve("assets/css"));
        Files.writeString(guide.resolve("assets/css/extra.css"), ".site-title { letter-spacing: 0.1em; }\n");
        Files.writeString(
                guide.resolve("assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>");
        setting(guide, "guide.logo=assets/logo.svg");
        setting(guide, "guide.home.eyebrow=Revision notes");

        BuildRun built = BuildRun.build(guide, guide.resolve("target/site"));

        assertEquals(0, built.exitCode(), built.err());
        Document home = page(guide, "index.html");
        assertEquals("css/extra.css", home.select("link[rel=stylesheet]").last().attr("href"));
        assertEquals(
                ".site-title { letter-spacing: 0.1em; }\n",
                Files.readString(guide.resolve("target/site/css/extra.css")));
        assertEquals("logo.svg", home.select(".site-title img").attr("src"));
        assertTrue(Files.isRegularFile(guide.resolve("target/site/logo.svg")));
        assertEquals("Revision notes", home.select(".eyebrow").text());
    }

    /** Adds a line to the guide's settings; returns its line number. */
    private static int setting(Path guide, String line) throws IOException {
        Path settings = guide.resolve("jbake.properties");
        String text = Files.readString(settings);
        text = text.endsWith("\n") ? text : text + "\n";
        Files.writeString(settings, text + line + "\n");
        return (int) (text + line).lines().count();
    }

    /** The minimal guide with no templates or assets of its own. */
    private Path themeless() {
        Path guide = GuideFolders.fixture("minimal", work);
        org.kotkinguide.pipeline.OutputFolder.delete(guide.resolve("templates"));
        org.kotkinguide.pipeline.OutputFolder.delete(guide.resolve("assets"));
        return guide;
    }

    private static Document page(Path guide, String name) throws IOException {
        return Jsoup.parse(guide.resolve("target/site").resolve(name).toFile());
    }
}
