package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** all.html, the whole guide on one long page: a way home, search, back to the top, and the chapters' own look. */
class AllPageTest extends BrowserTestBase {

    @Test
    void the_single_page_has_the_sites_header_with_a_way_home_and_search() {
        open("all.html", 1366, "light");
        assertTrue(browser.driver()
                .findElement(By.cssSelector(".site-header .site-title"))
                .getAttribute("href")
                .endsWith("/index.html"));
        assertTrue(browser.driver().findElement(By.id("search-input")).isDisplayed());
    }

    @Test
    void far_down_the_single_page_a_back_to_top_link_appears_and_takes_the_reader_up() {
        open("all.html", 1366, "light");
        assertTrue(number("return document.scrollingElement.scrollHeight") > 20000);
        assertTrue(
                !browser.driver().findElement(By.className("back-to-top")).isDisplayed(), "shown at the top already");
        js("window.scrollTo(0, document.scrollingElement.scrollHeight / 2)");
        browser.waiting().until(d -> d.findElement(By.className("back-to-top")).isDisplayed());
        var link = browser.driver().findElement(By.className("back-to-top"));
        assertTrue(
                number(
                                "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight ? 1 : 0",
                                link)
                        == 1,
                "it is on the screen");
        link.click();
        browser.waiting().until(d -> number("return window.scrollY") == 0);
    }

    @Test
    void the_objectives_of_each_chapter_on_the_single_page_are_boxed_as_on_the_chapter_page() {
        open("all.html", 1366, "light");
        var boxes = browser.driver().findElements(By.cssSelector("[id$='--objectives'] + .sectionbody"));
        assertTrue(boxes.size() >= 3);
        for (var box : boxes) {
            assertEquals("4px", box.getCssValue("border-left-width"));
            assertEquals("rgba(243, 240, 232, 1)", box.getCssValue("background-color"));
        }
    }

    /**
     * A screen reader lists the page's headings by level: one h1, the page's, and each part's headings a
     * level under its title, never skipping one. To the eye, each looks as on its own page.
     */
    @Test
    void the_single_page_has_one_h1_and_headings_that_nest_each_the_size_of_its_own_pages() {
        open("all.html", 1366, "light");
        assertEquals(1, number("return document.querySelectorAll('h1').length"), "one h1");
        Object skips = js("var last = 1, skipped = [];"
                + " document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)').forEach(function (h) {"
                + "   var level = +h.tagName.charAt(1); if (level > last + 1) { skipped.push(h.tagName + '#' + h.id); }"
                + "   last = level; });"
                + " return skipped.join(', ');");
        assertEquals("", skips, "a heading more than one level under the one before it");
        double title =
                number("return parseFloat(getComputedStyle(document.querySelector('section.chapter > h2')).fontSize)");
        double section = number(
                "return parseFloat(getComputedStyle(document.querySelector('section.chapter .sect1 > h3')).fontSize)");

        open(org.kotkinguide.support.RealGuide.chapter(), 1366, "light");
        assertEquals(number("return parseFloat(getComputedStyle(document.querySelector('main h1')).fontSize)"), title);
        assertEquals(
                number("return parseFloat(getComputedStyle(document.querySelector('.sect1 > h2')).fontSize)"), section);
    }
}
