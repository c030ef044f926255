package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.Browser;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.LocalServer;
import org.kotkinguide.support.RealGuide;
import org.kotkinguide.support.Site;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A host serves 404.html at whatever address was missing, however deep. A student who mistypes
 * /guide/chapters/nope/x.html must still get the guide's look, links that lead into the guide, and
 * a search that works.
 */
@Tag("integration")
class NotFoundPageTest {
    static Browser browser;
    static LocalServer server;

    @BeforeAll
    static void start() {
        // the test JVM's one Chromium, as if just started (closed when the JVM ends)
        browser = Browser.shared();
        server = LocalServer.serveLikeAHost(RealGuide.site().folder(), "/guide/");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Opens a missing page two folders under the guide and waits for its links to point at the guide. */
    private static void openMissingPageTwoFoldersDeep() {
        browser.emulate(1366, 900, "light", "screen");
        browser.driver().get(server.url("chapters/nope/x.html"));
        browser.waiting()
                .until(d -> d.findElement(By.className("site-title"))
                        .getAttribute("href")
                        .equals(server.url("index.html")));
    }

    @Test
    void a_missing_page_two_folders_deep_has_the_guides_look() {
        openMissingPageTwoFoldersDeep();
        assertEquals(
                "This page is not in the guide",
                browser.driver().findElement(By.tagName("h1")).getText());
        assertEquals("rgb(253, 252, 249)", browser.script("return getComputedStyle(document.body).backgroundColor"));
        assertEquals("flex", browser.script("return getComputedStyle(document.querySelector('.site-header')).display"));
        assertEquals(
                "rgb(243, 240, 232)",
                browser.script("return getComputedStyle(document.querySelector('.site-header')).backgroundColor"));
        assertEquals(
                "none",
                browser.script("return getComputedStyle(document.querySelector('.site-nav a')).textDecorationLine"),
                "the header's links are styled, not browser-default underlined links");
    }

    @Test
    void every_link_on_a_missing_page_two_folders_deep_leads_into_the_guide() throws Exception {
        openMissingPageTwoFoldersDeep();
        @SuppressWarnings("unchecked")
        List<String> targets =
                (List<String>) browser.script("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)"
                        + ".concat(Array.from(document.querySelectorAll('form[action]')).map(f => f.action))");
        HttpClient client = HttpClient.newHttpClient();
        int checked = 0;
        for (String target : targets) {
            String url = target.replaceAll("#.*", "");
            if (url.equals(server.url("chapters/nope/x.html"))) {
                continue; // "Skip to content" and other links within the page
            }
            assertTrue(url.startsWith(server.url("")), target + " leaves the guide");
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(200, response.statusCode(), target);
            checked++;
        }
        assertTrue(checked > 10, "only " + checked + " links");
    }

    @Test
    void the_search_on_a_missing_page_two_folders_deep_finds_and_links_into_the_guide() {
        openMissingPageTwoFoldersDeep();
        WebElement box = browser.driver().findElement(By.id("search-input"));
        box.sendKeys(RealGuide.termName());
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector(".search-box .search-results a"))
                        .isEmpty());
        String first = browser.driver()
                .findElement(By.cssSelector(".search-box .search-results a"))
                .getAttribute("href");
        assertTrue(first.startsWith(server.url(RealGuide.term())), first);
    }

    @Test
    void a_guide_that_names_its_host_gets_a_404_page_whose_links_are_absolute(@TempDir Path work) throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(
                guide.resolve("jbake.properties"),
                Files.readString(guide.resolve("jbake.properties"))
                        + "\nsite.host=https://guides.example.org/rivers\n");
        assertEquals(0, BuildRun.build(guide, work.resolve("site")).exitCode());
        Document notFound = new Site(work.resolve("site")).page("404.html");
        List<Element> links = notFound.select("a[href]:not([href^=#]), form[action], script[src]");
        assertFalse(links.isEmpty());
        for (Element link : links) {
            String url = link.hasAttr("href")
                    ? link.attr("href")
                    : link.hasAttr("action") ? link.attr("action") : link.attr("src");
            assertTrue(url.startsWith("https://guides.example.org/rivers/"), url);
        }
        assertTrue(
                notFound.select("link[rel=stylesheet]").isEmpty(), "its styles are inline, so they hold at any depth");
    }
}
