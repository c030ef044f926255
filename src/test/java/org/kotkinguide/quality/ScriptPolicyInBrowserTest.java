package org.kotkinguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.LocalServer;
import org.kotkinguide.support.OneBrowser;
import org.openqa.selenium.By;

/**
 * The pages' Content-Security-Policy allows the build's own scripts by a nonce, not every file of
 * the site: a script file put into the published folder (by hand, or by a mistake of the build) does
 * not run even from a page that names it, as markup that got past the allowlist would; and the site's
 * own scripts (the colour-scheme switch, search, flashcards) still run, from {@code file://} and
 * over HTTP under a sub-path.
 */
class ScriptPolicyInBrowserTest extends OneBrowser {
    private static final String PLANTED = "document.documentElement.setAttribute('data-planted', 'ran');\n";

    @TempDir
    static Path work;

    static Path site;
    static LocalServer server;

    @BeforeAll
    static void buildAndPlantAScript() throws IOException {
        site = work.resolve("site");
        BuildRun run = BuildRun.build(GuideFolders.fixture("minimal", work.resolve("guide")), site);
        assertEquals(0, run.exitCode(), run.err());
        // a file the build did not make, beside its own scripts and at the top, and a page naming both
        Files.writeString(site.resolve("js/planted.js"), PLANTED);
        Files.writeString(site.resolve("planted.js"), PLANTED);
        Path page = site.resolve("chapters/mouths.html");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Files.delete(page); // it may be a hard link shared with another copy: never written into
        Files.writeString(
                page,
                html.replace(
                        "</head>",
                        "<script src=\"../js/planted.js\"></script><script src=\"../planted.js\"></script>"
                                + "<script src=\"../js/planted.js\" nonce=\"guessed\"></script></head>"),
                StandardCharsets.UTF_8);
        server = LocalServer.serve(site, "/guide/");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void forgetEarlierConsoleMessages() {
        browser.consoleErrors();
    }

    private static void open(String how, String page) {
        String query = page.contains("?") ? page.substring(page.indexOf('?')) : "";
        browser.driver()
                .get(
                        how.equals("http")
                                ? server.url(page)
                                : site.resolve(page.replaceAll("\\?.*", "")).toUri() + query);
        browser.script("return document.readyState");
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void a_script_file_the_build_did_not_make_does_not_run_from_a_page_that_names_it(String how) {
        open(how, "chapters/mouths.html");

        assertNull(browser.script("return document.documentElement.getAttribute('data-planted')"));
        List<String> errors = browser.consoleErrors();
        assertTrue(
                errors.stream().anyMatch(e -> e.contains("planted.js") && e.contains("Content Security Policy")),
                errors.toString());
        // the page's own scripts ran: search.js made the header's box answer
        browser.driver().findElement(By.id("search-input")).sendKeys("delta");
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector(".search-box .search-results a"))
                        .isEmpty());
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void the_colour_scheme_switch_search_and_flashcards_still_run(String how) {
        open(how, "index.html");
        String before = browser.driver().findElement(By.className("theme-name")).getText();
        browser.driver().findElement(By.className("theme-switch")).click();
        assertFalse(
                before.equals(
                        browser.driver().findElement(By.className("theme-name")).getText()),
                "the theme switch did nothing");

        open(how, "search.html?q=delta");
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector(".search-page .search-results a"))
                        .isEmpty());

        open(how, "flashcards.html");
        browser.waiting()
                .until(d -> !d.findElement(By.cssSelector(".flashcards-status"))
                        .getText()
                        .isEmpty());
        assertEquals(List.of(), browser.consoleErrors());
    }
}
