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
}
