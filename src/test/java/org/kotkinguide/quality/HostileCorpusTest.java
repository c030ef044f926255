package org.kotkinguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.Browser;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Site;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.logging.LogType;

/**
 * Fixture {@code guides/hostile-corpus} holds payloads that jsoup (and so the page check) reads one
 * way and a browser another ({@code <noscript>}: {@code <svg><style>} and {@code <math><style>}
 * vectors are refused at their line by the page check, and {@code check/PublishedHtmlTest} holds
 * the allowlist to them), in
 * every passthrough form Asciidoctor honours: {@code xpass:[…]}, {@code _pass:[…]_}, {@code +++…+++}
 * in an indented literal block, and {@code include::{attr}/…} of a file with a {@code ++++} block.
 * The guide builds, and the allowlist every published page passes leaves them inert: no script
 * element but the site's own, no handler, and in Chromium no dialog, no console output, and no
 * request beyond the site's own files.
 */
@Tag("integration")
class HostileCorpusTest {
    @TempDir
    static Path work;

    static Path site;

    @BeforeAll
    static void buildTheCorpus() {
        site = work.resolve("site");
        BuildRun run = BuildRun.build(GuideFolders.minimalWith("hostile-corpus", work), site);
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void no_published_page_holds_a_script_of_the_authors() {
        List<String> found = new ArrayList<>();
        Site pages = new Site(site);
        for (String uri : pages.pages()) {
            Document page = pages.page(uri);
            for (Element noscript : page.select("noscript")) {
                if (noscript.html().toLowerCase(Locale.ROOT).contains("</noscript")) {
                    found.add(uri + ": a <noscript> a browser closes early: " + noscript.outerHtml());
                }
            }
            for (Element script : page.select("script")) {
                String name = script.attr("src").replaceFirst("^(\\.\\./)*", "");
                if (!script.data().isBlank()
                        || !name.matches("js/[a-z-]+\\.js")
                        || !Files.isRegularFile(
                                GuideFolders.PROJECT.resolve("assets").resolve(name))) {
                    found.add(uri + ": " + script.outerHtml());
                }
            }
            if (!page.select("svg, math, iframe, object, embed").isEmpty()) {
                found.add(uri + ": "
                        + page.select("svg, math, iframe, object, embed").outerHtml());
            }
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                    if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")
                            || value.startsWith("javascript:")) {
                        found.add(uri + ": " + element.normalName() + " " + attribute);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
        String corpus = pages.page("chapters/corpus.html").text();
        assertTrue(corpus.contains("Macro:") && corpus.contains("Form:"), corpus);
    }

    @Test
    void in_chromium_the_corpus_shows_no_dialog_writes_no_console_line_and_loads_nothing_else() {
        // a Chromium of its own, which records every request (the JVM's shared one records none)
        try (Browser browser = Browser.startWithNetworkLog()) {
            assertNothingElseLoaded(browser);
        }
    }

    private void assertNothingElseLoaded(Browser browser) {
        // what the browser loaded for its own start page is not the site's doing
        browser.requestedUrls();
        browser.driver().manage().logs().get(LogType.BROWSER);
        for (String uri : List.of("chapters/corpus.html", "all.html", "search.html")) {
            browser.driver().get(site.resolve(uri).toUri().toString());
            browser.script("return document.readyState");
            assertThrows(
                    NoAlertPresentException.class,
                    () -> browser.driver().switchTo().alert(),
                    uri + " opened a dialog");
            List<String> console = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(entry -> entry.getMessage())
                    .toList();
            assertEquals(List.of(), console, uri);
            String root = site.toUri().toString();
            List<String> elsewhere = browser.requestedUrls().stream()
                    .filter(url -> !url.startsWith(root) || url.contains("evil"))
                    .filter(url -> !url.startsWith("chrome://") && !url.startsWith("data:image/"))
                    .toList();
            assertEquals(List.of(), elsewhere, uri + " loaded something not the site's own");
        }
    }
}
