package org.kotkinguide.studytools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kotkinguide.support.RealGuide;
import org.kotkinguide.support.RealGuideInBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A student marks self-check answers and chapters read in Chromium, and finds them on the home page,
 * from the disk and under a sub-path; one reset forgets everything.
 */
class ProgressInBrowserTest extends RealGuideInBrowser {
    private static String url(String how, String page) {
        return how.equals("http")
                ? server.url(page)
                : RealGuide.site().folder().resolve(page).toUri().toString();
    }

    private static WebElement row(String chapter) {
        return browser.driver().findElement(By.cssSelector(".progress-home tr[data-chapter='" + chapter + "']"));
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void marks_on_a_chapter_show_as_its_score_and_on_the_home_page(String how) {
        browser.driver().get(url(how, "index.html"));
        browser.script("window.localStorage.clear()");
        browser.driver().get(url(how, "chapters/soviet-geopolitics.html"));
        List<WebElement> answers = browser.driver().findElements(By.cssSelector("details.answer"));
        int questions = answers.size();
        for (int i = 0; i < 3; i++) {
            WebElement summary = answers.get(i).findElement(By.tagName("summary"));
            browser.script("arguments[0].scrollIntoView({block: 'center'})", summary);
            summary.click(); // reveal the answer, then mark it
            answers.get(i)
                    .findElement(By.cssSelector(i < 2 ? ".selfcheck-got" : ".selfcheck-missed"))
                    .click();
        }
        String score =
                browser.driver().findElement(By.cssSelector(".progress-score")).getText();
        assertEquals("Self-check: 2 got it, 1 missed, of " + questions + " questions.", score);
        WebElement read = browser.driver().findElement(By.cssSelector(".progress-mark-read"));
        // reaching the end of the chapter marks it read
        browser.script("arguments[0].scrollIntoView({block: 'center'})", read);
        browser.waiting().until(d -> "true".equals(read.getAttribute("aria-pressed")));
        read.click();
        assertEquals("false", read.getAttribute("aria-pressed"), "the button takes the mark back");
        read.click();
        assertEquals("true", read.getAttribute("aria-pressed"));

        browser.driver().get(url(how, "index.html"));
        WebElement row = row("soviet-geopolitics");
        assertEquals("Read", row.findElement(By.cssSelector(".progress-read")).getText());
        assertEquals(
                "2 of " + questions + " got, 1 missed",
                row.findElement(By.cssSelector(".progress-selfcheck")).getText());
        assertEquals(
                "Not yet",
                row("introduction")
                        .findElement(By.cssSelector(".progress-read"))
                        .getText());
        assertTrue(row.findElement(By.cssSelector(".progress-cards")).getText().startsWith("0 of "));
        assertEquals(List.of(), pageErrors());
    }

    @Test
    void reset_my_progress_forgets_chapters_self_checks_and_flashcards() {
        browser.driver().get(url("file", "flashcards.html"));
        browser.script("window.localStorage.clear()");
        browser.driver().navigate().refresh();
        WebElement card = browser.driver().findElement(By.cssSelector(".flashcard-card"));
        card.click();
        browser.driver().findElement(By.cssSelector(".flashcards-knew")).click();
        browser.driver().get(url("file", "chapters/introduction.html"));
        WebElement read = browser.driver().findElement(By.cssSelector(".progress-mark-read"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", read);
        browser.waiting().until(d -> "true".equals(read.getAttribute("aria-pressed")));

        browser.driver().get(url("file", "index.html"));
        assertEquals(
                "Read",
                row("introduction")
                        .findElement(By.cssSelector(".progress-read"))
                        .getText());
        WebElement reset = browser.driver().findElement(By.cssSelector(".progress-reset"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", reset);
        reset.click();
        assertEquals(
                "Your progress in this guide is erased.",
                browser.driver().findElement(By.cssSelector(".progress-status")).getText());
        browser.driver().navigate().refresh();
        for (WebElement row : browser.driver().findElements(By.cssSelector(".progress-home tr[data-chapter]"))) {
            assertEquals(
                    "Not yet", row.findElement(By.cssSelector(".progress-read")).getText());
            assertEquals(
                    "Not tried",
                    row.findElement(By.cssSelector(".progress-selfcheck")).getText());
            assertTrue(
                    row.findElement(By.cssSelector(".progress-cards")).getText().startsWith("0 of "));
        }
    }

    @Test
    void without_javascript_no_progress_control_shows() {
        assertTrue(RealGuide.site()
                .page("index.html")
                .selectFirst(".progress-home")
                .hasAttr("hidden"));
        assertTrue(RealGuide.site()
                .page("chapters/introduction.html")
                .selectFirst(".progress-chapter")
                .hasAttr("hidden"));
    }

    /** Console errors of the page; the browser's own request for the server's /favicon.ico is not the page's. */
    private static List<String> pageErrors() {
        return browser.consoleErrors().stream()
                .filter(m -> !m.contains("/favicon.ico"))
                .toList();
    }
}
