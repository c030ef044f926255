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
import org.kotkinguide.support.Axe;
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

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void the_chapter_chosen_goes_into_the_address_so_a_reload_or_a_shared_link_keeps_it(String how) {
        open(how, "timeline.html");
        new Select(browser.driver().findElement(By.id("timeline-chapter"))).selectByVisibleText("Where Rivers Begin");
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("timeline.html#chapter=sources"),
                browser.driver().getCurrentUrl());
        int shown = visibleEvents().size();
        browser.driver().navigate().refresh();
        assertEquals(
                "sources",
                new Select(browser.driver().findElement(By.id("timeline-chapter")))
                        .getFirstSelectedOption()
                        .getAttribute("value"));
        assertEquals(shown, visibleEvents().size());
        // every chapter again: the address names none
        new Select(browser.driver().findElement(By.id("timeline-chapter"))).selectByIndex(0);
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("timeline.html"),
                browser.driver().getCurrentUrl());
        assertEquals(List.of(), pageErrors());
    }

    @ParameterizedTest(name = "at {0} px wide")
    @ValueSource(ints = {320, 390})
    void on_a_phone_the_menu_has_a_row_of_its_own_and_the_chapter_chosen_is_written_out_in_full(int width) {
        browser.emulate(width, 844, "light", "screen");
        try {
            open("file", "timeline.html#chapter=mouths");
            WebElement select = browser.driver().findElement(By.id("timeline-chapter"));
            WebElement form = browser.driver().findElement(By.cssSelector(".timeline-filter"));
            double viewport = ((Number) browser.script("return window.innerWidth")).doubleValue();
            double selectRight = ((Number) browser.script("return arguments[0].getBoundingClientRect().right", select))
                    .doubleValue();
            double formInner = ((Number) browser.script(
                            "var r = arguments[0].getBoundingClientRect(), s = getComputedStyle(arguments[0]);"
                                    + " return r.width - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)",
                            form))
                    .doubleValue();
            assertTrue(selectRight <= viewport, "the menu ends at " + selectRight + " of " + viewport);
            assertTrue(
                    select.getSize().getWidth() >= formInner - 1,
                    "the menu is as wide as the box: " + select.getSize().getWidth() + " of " + formInner);
            // the name a narrow menu may cut is written out in full where it wraps
            WebElement chosen = browser.driver().findElement(By.cssSelector(".timeline-chosen"));
            assertEquals("Where Rivers End", chosen.getText());
            double chosenRight = ((Number) browser.script("return arguments[0].getBoundingClientRect().right", chosen))
                    .doubleValue();
            assertTrue(chosenRight <= viewport, "the name ends at " + chosenRight);
            assertEquals("", axeViolations());
        } finally {
            browser.emulate(1280, 900, "light", "screen");
        }
    }

    private static String axeViolations() {
        return Axe.violations(browser.driver());
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
