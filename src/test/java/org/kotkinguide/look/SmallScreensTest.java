package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kotkinguide.support.RealGuide;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Phones, tablets and zoomed screens: the page reflows at 320 px (a 1280 px screen at 400 %, WCAG
 * 1.4.10), the header and "On this page" stay at hand on a phone, and nothing on a tablet is laid
 * out for another width.
 */
class SmallScreensTest extends BrowserTestBase {

    static List<String> pages() {
        return EveryPageTypeTest.PAGES;
    }

    @ParameterizedTest(name = "{0} at 320 px")
    @MethodSource("pages")
    void at_320_px_no_page_scrolls_sideways_and_the_header_links_stay_on_the_screen(String page) {
        EveryPageTypeTest.open(page, 320, "light");
        long scrollWidth = (long) number("return document.scrollingElement.scrollWidth");
        assertTrue(scrollWidth <= 320, page + " scrolls sideways: " + scrollWidth + " px");
        double right = number(
                "return Math.max.apply(null, Array.from(document.querySelectorAll('.site-nav a')).map(a => a.getBoundingClientRect().right))");
        assertTrue(right <= 320, "a header link runs off the screen at " + right + " px");
    }

    @Test
    void at_360_px_the_progress_table_fits_or_shows_that_it_scrolls() {
        open("index.html", 360, "light");
        browser.waiting()
                .until(d -> d.findElement(By.className("progress-home")).isDisplayed());
        double overflow =
                number("var w = document.querySelector('.progress-table-wrap'); return w.scrollWidth - w.clientWidth");
        String shadow =
                (String) js("return getComputedStyle(document.querySelector('.progress-table-wrap')).backgroundImage");
        assertTrue(
                overflow <= 1 || shadow.contains("gradient"),
                "the table is cut off by " + overflow + " px with no sign that it scrolls");
    }

    @Test
    void on_a_phone_the_chapter_list_starts_on_the_first_screen() {
        open("index.html", 390, "light");
        double top = number("return document.querySelector('.chapter-cards li').getBoundingClientRect().top");
        assertTrue(top < 844 - 60, "the first chapter card starts at " + top + " px on an 844 px screen");
    }

    @Test
    void on_a_phone_the_menu_search_and_on_this_page_stay_on_the_screen_and_leave_the_text_most_of_it() {
        open(RealGuide.chapter(), 390, "light");
        js("window.scrollTo(0, 3000)");
        browser.waiting().until(d -> number("return window.scrollY") > 2000);
        double headerBottom = number("return document.querySelector('.site-header').getBoundingClientRect().bottom");
        for (String kept : List.of(".menu-button", "#search-input")) {
            double[] r = rect(kept);
            assertTrue(r[1] >= 0 && r[3] <= headerBottom, kept + " is not on the screen: " + r[1] + " to " + r[3]);
        }
        // the title and the sections scroll away with the top of the page
        assertTrue(rect(".site-title")[3] <= 0, "the title stays on the screen");
        double tocTop = number("return document.querySelector('.toc').getBoundingClientRect().top");
        double tocBottom = number("return document.querySelector('.toc').getBoundingClientRect().bottom");
        assertEquals(headerBottom, tocTop, 2, "On this page is not under the header");
        assertTrue(tocBottom <= 844 * 0.15, "the bars that stay take " + tocBottom + " of 844 px");
        browser.driver().findElement(By.cssSelector(".toc summary")).click();
        double linkTop = number("return document.querySelector('.toc ol a').getBoundingClientRect().top");
        assertTrue(linkTop > headerBottom && linkTop < 844, "its sections are out of sight: " + linkTop);
    }

    @Test
    void on_a_phone_tabbing_out_of_an_open_on_this_page_folds_it_and_the_focus_is_not_under_it() {
        open(RealGuide.chapter(), 390, "light");
        js("window.scrollTo(0, 3000)");
        browser.waiting().until(d -> number("return window.scrollY") > 2000);
        browser.driver().findElement(By.cssSelector(".toc summary")).click();
        List<WebElement> links = browser.driver().findElements(By.cssSelector(".toc ol a"));
        js("arguments[0].focus()", links.get(links.size() - 1));
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertEquals(Boolean.FALSE, js("return document.querySelector('.toc-fold').open"), "still open");
        browser.waiting()
                .until(d -> number("return document.activeElement.getBoundingClientRect().top")
                        >= number("return document.querySelector('.toc').getBoundingClientRect().bottom") - 1);
    }

    @Test
    void on_a_phone_at_the_top_of_a_page_the_whole_header_shows() {
        open(RealGuide.chapter(), 390, "light");
        for (String shown : List.of(".site-title", ".theme-switch", ".site-nav", ".menu-button", "#search-input")) {
            double[] r = rect(shown);
            assertTrue(r[1] >= 0 && r[3] > r[1], shown + " is not on the screen: " + r[1] + " to " + r[3]);
        }
    }

    @Test
    void on_a_phone_without_javascript_the_whole_header_stays_with_its_search() {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open(RealGuide.chapter(), 390, "light");
            js("window.scrollTo(0, 3000)");
            browser.waiting().until(d -> number("return window.scrollY") > 2000);
            assertEquals(0, rect(".site-header")[1], 1, "the header scrolled away");
            assertTrue(rect("#search-input")[1] > 0, "the search field is not on the screen");
        } finally {
            chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void on_a_phone_on_this_page_stays_under_the_header_when_the_header_grows_after_the_page_loaded() {
        open(RealGuide.chapter(), 390, "light");
        js("window.scrollTo(0, 3000)");
        browser.waiting().until(d -> number("return window.scrollY") > 2000);
        double before = number("return document.querySelector('.site-header').getBoundingClientRect().bottom");
        // as a label or a font that comes late wraps the title onto another line, with no resize of the window
        js("document.querySelector('.site-header').style.paddingBottom = '40px'");
        double headerBottom = number("return document.querySelector('.site-header').getBoundingClientRect().bottom");
        browser.waiting()
                .until(d -> Math.abs(number("return document.querySelector('.toc').getBoundingClientRect().top")
                                - headerBottom)
                        <= 2);
        assertTrue(headerBottom > before + 30, "the header is at the top and grew: " + before + " to " + headerBottom);
        assertTrue(rect("#search-input")[1] >= 0, "the search field went up with the title");
    }

    @Test
    void on_a_phone_a_link_to_a_section_opens_it_below_what_sticks_to_the_top() {
        open(RealGuide.chapter(), 390, "light");
        browser.driver().get(browser.driver().getCurrentUrl().replaceAll("#.*", "") + "#self-check");
        browser.waiting().until(d -> number("return window.scrollY") > 100);
        double tocBottom = number("return document.querySelector('.toc').getBoundingClientRect().bottom");
        double heading = number("return document.getElementById('self-check').getBoundingClientRect().top");
        assertTrue(heading >= tocBottom - 1, "the heading is under the sticky bars: " + heading + " < " + tocBottom);
    }

    @Test
    void back_to_top_is_in_the_flow_of_the_page_and_covers_nothing() {
        open(RealGuide.chapter(), 390, "light");
        js("window.scrollTo(0, document.scrollingElement.scrollHeight)");
        browser.waiting().until(d -> d.findElement(By.className("back-to-top")).isDisplayed());
        assertEquals("static", js("return getComputedStyle(document.querySelector('.back-to-top')).position"));
        assertEquals(
                Boolean.TRUE,
                js("return document.querySelector('.back-to-top').closest('footer') !== null"),
                "outside any landmark");
    }

    @Test
    void on_a_wide_screen_back_to_top_sits_beside_the_text_and_below_on_this_page() {
        open(RealGuide.chapter(), 1366, "light");
        js("window.scrollTo(0, document.scrollingElement.scrollHeight / 2)");
        browser.waiting().until(d -> d.findElement(By.className("back-to-top")).isDisplayed());
        double[] link = rect(".back-to-top");
        for (String other : List.of(".doc", ".toc")) {
            double[] r = rect(other);
            boolean apart = link[0] >= r[2] || link[2] <= r[0] || link[1] >= r[3] || link[3] <= r[1];
            assertTrue(apart, "back to top covers " + other);
        }
    }

    /** left, top, right, bottom of the first element {@code selector} finds, as on the screen. */
    private static double[] rect(String selector) {
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) js(
                "var r = document.querySelector(arguments[0]).getBoundingClientRect(); return [r.left, r.top, r.right, Math.min(r.bottom, window.innerHeight)]",
                selector);
        return r.stream().mapToDouble(Number::doubleValue).toArray();
    }

    @Test
    void on_a_phone_the_menu_button_and_the_headers_link_are_not_both_called_chapters() {
        open(RealGuide.chapter(), 390, "light");
        String button =
                browser.driver().findElement(By.className("menu-button")).getText();
        for (String link : browser.driver().findElements(By.cssSelector(".site-nav a")).stream()
                .map(a -> a.getText())
                .toList()) {
            assertNotEquals(link, button.replace("☰", "").strip());
        }
    }

    @Test
    void at_768_px_on_this_page_is_no_wider_than_the_text() {
        open(RealGuide.chapter(), 768, "light");
        double toc = number("return document.querySelector('.toc').getBoundingClientRect().width");
        double text = number("return document.querySelector('.doc').getBoundingClientRect().width");
        assertTrue(toc <= text + 1, "On this page is " + toc + " px over a " + text + " px column");
    }

    @Test
    void at_1024_px_the_search_box_stays_on_the_row_of_the_headers_links() {
        open(RealGuide.chapter(), 1024, "light");
        double search = number("return document.querySelector('.site-header .search-box').getBoundingClientRect().top");
        double nav = number("return document.querySelector('.site-nav').getBoundingClientRect().bottom");
        assertTrue(search < nav, "the search box drops to a row of its own: top " + search + ", links end " + nav);
    }
}
