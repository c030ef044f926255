package org.kotkinguide.look;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A search result opens its page with the searched words marked, and the marks can be cleared. */
class SearchHighlightTest extends BrowserTestBase {

    @Test
    void opening_a_result_marks_the_searched_words_on_its_page_until_the_reader_clears_them() {
        open("index.html", 1366, "light");
        browser.driver().findElement(By.id("search-input")).sendKeys("Rapallo");
        browser.waiting().until(d -> !d.findElements(By.cssSelector(".search-box .search-results a[href*='chapters/']")).isEmpty());
        browser.driver().findElement(By.cssSelector(".search-box .search-results a[href*='chapters/']")).click();
        browser.waiting().until(d -> !d.findElements(By.cssSelector("mark.search-hit")).isEmpty());
        List<WebElement> marks = browser.driver().findElements(By.cssSelector("main mark.search-hit"));
        for (WebElement mark : marks) {
            assertTrue(mark.getText().toLowerCase().startsWith("rapallo"), mark.getText());
        }
        String text = browser.driver().findElement(By.id("main")).getText();
        assertFalse(Colours.contrast(marks.get(0).getCssValue("background-color"), "rgb(253, 252, 249)") < 1.1, "the mark is not visible");
        browser.driver().findElement(By.className("highlight-clear")).click();
        assertEquals(0, browser.driver().findElements(By.cssSelector("mark.search-hit")).size());
        assertTrue(browser.driver().findElement(By.id("main")).getText().length() < text.length(), "the bar went away, the text stayed");
        assertFalse(browser.driver().getCurrentUrl().contains("highlight="), "a reload would mark them again");
    }
}
