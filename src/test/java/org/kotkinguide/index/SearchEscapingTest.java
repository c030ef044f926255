package org.kotkinguide.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.Browser;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/** Content reaches search results as text, never as markup: fixture {@code guides/hostile}. */
@Tag("integration")
class SearchEscapingTest {
    @TempDir
    Path work;

    @Test
    void a_section_title_made_of_html_is_shown_as_text() {
        BuildRun run = BuildRun.build(GuideFolders.minimalWith("hostile", work), work.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        Browser browser = Browser.shared();
        browser.driver().get(work.resolve("site/search.html").toUri() + "?q=onerror");
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector(".search-page .search-results a"))
                        .isEmpty());
        WebElement result = browser.driver().findElement(By.cssSelector(".search-page .search-results a"));
        assertEquals(
                "<img src=x onerror=alert(1)>",
                result.findElement(By.className("result-title")).getText());
        assertEquals(List.of(), browser.driver().findElements(By.cssSelector(".search-results img")));
        assertThrows(
                NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
        assertTrue(browser.consoleErrors().isEmpty());
    }
}
