package org.kotkinguide.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.LocalServer;
import org.kotkinguide.support.OneBrowser;
import org.kotkinguide.support.Site;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A student filters a guide's timeline by chapter in Chromium, from the disk and under a sub-path. The
 * guide is the small {@code timeline} fixture: three events, of "Where Rivers Begin" (sources) and
 * "Where Rivers End" (mouths), in 1850 and 1851.
 */
class TimelineInBrowserTest extends OneBrowser {
    @TempDir
    static Path work;

    static Site site;
    static LocalServer server;

    @BeforeAll
    static void buildAndServe() {
        Path output = work.resolve("site");
        BuildRun run = BuildRun.build(GuideFolders.minimalWith("timeline", work), output);
        assertEquals(0, run.exitCode(), run.err());
        site = new Site(output);
        server = LocalServer.serve(output, "/guide/");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static void open(String how, String page) {
        String fragment = page.contains("#") ? page.substring(page.indexOf('#')) : "";
        String file = page.replaceAll("#.*", "");
        browser.driver()
                .get(
                        how.equals("http")
                                ? server.url(page)
                                : site.folder().resolve(file).toUri() + fragment);
    }

    private static List<WebElement> visibleEvents() {
        return browser.driver().findElements(By.cssSelector(".timeline-event")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }

    private static final String AT_THE_SPRING = ".*timeline\\.html(\\?[^#]*)?#event-1851-03-04$";

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void choosing_a_chapter_shows_only_its_events_and_the_years_that_have_them(String how) {
        open(how, "timeline.html");
        int all = visibleEvents().size();
        WebElement status = browser.driver().findElement(By.cssSelector(".timeline-count"));
        assertEquals(all + " events", status.getText());

        new Select(browser.driver().findElement(By.id("timeline-chapter"))).selectByVisibleText("Where Rivers Begin");
        List<WebElement> shown = visibleEvents();
        assertTrue(shown.size() > 0 && shown.size() < all, shown.size() + " of " + all);
        for (WebElement event : shown) {
            assertTrue(event.getAttribute("data-chapters").contains("sources"), event.getText());
        }
        assertEquals(shown.size() + " of " + all + " events", status.getText());
        List<String> years = browser.driver().findElements(By.cssSelector(".timeline-year-marker")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .toList();
        assertEquals(List.of("1851"), years, "1850 has no event of the chapter");

        new Select(browser.driver().findElement(By.id("timeline-chapter"))).selectByIndex(0);
        assertEquals(all, visibleEvents().size());
        assertEquals(List.of(), pageErrors());
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void an_event_on_a_chapter_page_opens_the_timeline_at_that_event(String how) {
        open(how, "chapters/sources.html");
        WebElement link = browser.driver().findElements(By.cssSelector(".timeline-here-date")).stream()
                .filter(a -> a.getText().equals("4 March 1851"))
                .findFirst()
                .orElseThrow();
        browser.script("arguments[0].scrollIntoView()", link);
        link.click();
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("timeline.html#event-1851-03-04"));
        WebElement event = browser.driver().findElement(By.id("event-1851-03-04"));
        Number top = (Number) browser.script("return arguments[0].getBoundingClientRect().top", event);
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 900, "the event is on screen: " + top);
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void a_link_can_open_the_timeline_filtered_to_one_chapter(String how) {
        open(how, "timeline.html#chapter=mouths");
        for (WebElement event : visibleEvents()) {
            assertTrue(event.getAttribute("data-chapters").contains("mouths"), event.getText());
        }
        assertEquals(
                "mouths",
                new Select(browser.driver().findElement(By.id("timeline-chapter")))
                        .getFirstSelectedOption()
                        .getAttribute("value"));
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void searching_for_an_event_finds_it_and_opens_the_timeline_at_it(String how) {
        // a result opens with the searched words to mark (?highlight=...) before the event's anchor
        open(how, "index.html");
        browser.driver().findElement(By.id("search-input")).sendKeys("spring");
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector(".search-box .search-results a"))
                        .isEmpty());
        WebElement result = browser.driver().findElements(By.cssSelector(".search-box .search-results a")).stream()
                .filter(a -> a.getAttribute("href").matches(AT_THE_SPRING))
                .findFirst()
                .orElseThrow();
        assertTrue(result.getText().contains("4 March 1851"), result.getText());
        result.click();
        browser.waiting().until(d -> d.getCurrentUrl().matches(AT_THE_SPRING));
    }

    @ParameterizedTest(name = "at {0} px wide")
    @ValueSource(ints = {390})
    void the_timeline_fits_a_phone(int width) {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 844));
        try {
            open("file", "timeline.html");
            Number scrollWidth = (Number) browser.script("return document.scrollingElement.scrollWidth");
            Number viewport = (Number) browser.script("return window.innerWidth");
            assertTrue(scrollWidth.intValue() <= viewport.intValue(), scrollWidth + " > " + viewport);
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    /** Console errors of the page; the browser's own request for the server's /favicon.ico is not the page's. */
    private static List<String> pageErrors() {
        return browser.consoleErrors().stream()
                .filter(m -> !m.contains("/favicon.ico"))
                .toList();
    }
}
