package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.RealGuide;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A search result opens its page with the searched words marked, and the marks can be cleared. */
class SearchHighlightTest extends BrowserTestBase {

    @Test
    void opening_a_result_marks_the_searched_words_on_its_page_until_the_reader_clears_them() {
        open("index.html", 1366, "light");
        browser.driver().findElement(By.id("search-input")).sendKeys(RealGuide.termName());
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector(".search-box .search-results a[href*='chapters/']"))
                        .isEmpty());
        browser.driver()
                .findElement(By.cssSelector(".search-box .search-results a[href*='chapters/']"))
                .click();
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector("mark.search-hit")).isEmpty());
        List<WebElement> marks = browser.driver().findElements(By.cssSelector("main mark.search-hit"));
        for (WebElement mark : marks) {
            // a mark inside a closed self-check answer is there, unseen: getText() would give ""
            String marked = mark.getDomProperty("textContent");
            assertTrue(marked.toLowerCase().startsWith(RealGuide.termName().toLowerCase()), marked);
        }
        String text = browser.driver().findElement(By.id("main")).getText();
        assertFalse(
                Colours.contrast(marks.get(0).getCssValue("background-color"), "rgb(253, 252, 249)") < 1.1,
                "the mark is not visible");
        browser.driver().findElement(By.className("highlight-clear")).click();
        assertEquals(
                0,
                browser.driver().findElements(By.cssSelector("mark.search-hit")).size());
        assertTrue(
                browser.driver().findElement(By.id("main")).getText().length() < text.length(),
                "the bar went away, the text stayed");
        assertFalse(browser.driver().getCurrentUrl().contains("highlight="), "a reload would mark them again");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} scheme")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"light", "dark"})
    void marked_words_stay_readable_in_every_colour_they_are_in(String scheme) {
        open(RealGuide.chapter() + "?highlight=" + RealGuide.termName().toLowerCase(), 1366, scheme);
        browser.waiting()
                .until(d ->
                        !d.findElements(By.cssSelector("main mark.search-hit")).isEmpty());
        @SuppressWarnings("unchecked")
        List<List<String>> pairs = (List<List<String>>) js("""
                return Array.from(document.querySelectorAll('main mark.search-hit')).flatMap(mark =>
                  [mark, ...mark.querySelectorAll('*')].map(el =>
                    [getComputedStyle(el).color, getComputedStyle(mark).backgroundColor, mark.textContent]));""");
        assertFalse(pairs.isEmpty());
        for (List<String> pair : pairs) {
            double contrast = Colours.contrast(pair.get(0), pair.get(1));
            assertTrue(
                    contrast >= 4.5,
                    "«" + pair.get(2) + "»: " + pair.get(0) + " on " + pair.get(1) + " is " + contrast + ":1");
        }
        // and the mark itself stands out from the page
        String page = (String) js("return getComputedStyle(document.body).backgroundColor");
        String mark = browser.driver()
                .findElement(By.cssSelector("main mark.search-hit"))
                .getCssValue("background-color");
        String edge = browser.driver()
                .findElement(By.cssSelector("main mark.search-hit"))
                .getCssValue("box-shadow");
        assertTrue(
                Colours.contrast(mark, page) >= 1.1 && edge.contains("rgb"), mark + " on " + page + ", edge " + edge);
    }
}
