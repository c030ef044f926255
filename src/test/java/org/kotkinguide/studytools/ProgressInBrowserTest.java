package org.kotkinguide.studytools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    /** Each test sees only its own pages' console errors (axe's reading of the stylesheets logs some of its own). */
    @org.junit.jupiter.api.BeforeEach
    void clearEarlierConsoleErrors() {
        browser.consoleErrors();
    }

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
        browser.driver().get(url(how, RealGuide.chapter()));
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
        // and says so in its status, as it says a mark
        assertEquals(
                "This chapter is no longer marked as read.",
                browser.driver()
                        .findElement(By.cssSelector(".progress-read-state"))
                        .getAttribute("textContent"));
        read.click();
        assertEquals("true", read.getAttribute("aria-pressed"));

        browser.driver().get(url(how, "index.html"));
        WebElement row = row(RealGuide.chapterId());
        assertEquals("Read", row.findElement(By.cssSelector(".progress-read")).getText());
        assertEquals(
                "2 of " + questions + " got, 1 missed",
                row.findElement(By.cssSelector(".progress-selfcheck")).getText());
        assertEquals(
                "Not yet",
                row(RealGuide.otherChapterId())
                        .findElement(By.cssSelector(".progress-read"))
                        .getText());
        assertTrue(row.findElement(By.cssSelector(".progress-cards")).getText().startsWith("0 of "));
        assertEquals(List.of(), pageErrors());
    }

    @Test
    void
            a_chapter_opened_at_its_end_is_not_read_until_the_student_scrolls_there_and_then_it_says_so_before_the_button_shows() {
        browser.driver().get(url("file", "index.html"));
        browser.script("window.localStorage.clear()");
        browser.driver()
                .get(url("file", RealGuide.chapters().get(RealGuide.chapters().size() - 1)) + "#cite-this-page");
        WebElement read = browser.driver().findElement(By.cssSelector(".progress-mark-read"));
        assertTrue(
                (Boolean) browser.script("return arguments[0].getBoundingClientRect().top < innerHeight", read),
                "the page opened past the start of its end");
        afterTwoFrames();
        assertEquals("false", read.getAttribute("aria-pressed"), "opening the page at its end is not reading it");
        browser.script("window.scrollBy(0, -300)");
        afterTwoFrames();
        assertEquals("false", read.getAttribute("aria-pressed"), "nor is scrolling up from there");

        browser.script("window.scrollTo(0, 0)");
        afterTwoFrames();
        // scrolled down until the button is just below the screen: the chapter already counts as read
        browser.script(
                "var r = arguments[0].getBoundingClientRect(); window.scrollBy(0, r.top - innerHeight + 1 - 60)", read);
        browser.waiting().until(d -> "true".equals(read.getAttribute("aria-pressed")));
        assertTrue(
                (Boolean) browser.script("return arguments[0].getBoundingClientRect().top >= innerHeight", read),
                "the mark came before the button was in sight");
        assertEquals(List.of(), pageErrors());
    }

    /** Lets the browser lay out and run its intersection observers twice. */
    private static void afterTwoFrames() {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "var done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))");
    }

    @Test
    void reset_my_progress_forgets_chapters_self_checks_and_flashcards() {
        browser.driver().get(url("file", "flashcards.html"));
        browser.script("window.localStorage.clear()");
        browser.driver().navigate().refresh();
        WebElement card = browser.driver().findElement(By.cssSelector(".flashcard-card"));
        card.click();
        browser.driver().findElement(By.cssSelector(".flashcards-knew")).click();
        browser.driver().get(url("file", RealGuide.otherChapter()));
        WebElement read = browser.driver().findElement(By.cssSelector(".progress-mark-read"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", read);
        browser.waiting().until(d -> "true".equals(read.getAttribute("aria-pressed")));

        browser.driver().get(url("file", "index.html"));
        assertEquals(
                "Read",
                row(RealGuide.otherChapterId())
                        .findElement(By.cssSelector(".progress-read"))
                        .getText());
        WebElement reset = browser.driver().findElement(By.cssSelector(".progress-reset"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", reset);
        // one click only asks; "Cancel" keeps everything
        reset.click();
        WebElement ask = browser.driver().findElement(By.cssSelector(".progress-home .progress-confirm"));
        assertTrue(ask.isDisplayed() && ask.getText().startsWith("Erase your progress"), ask.getText());
        ask.findElement(By.cssSelector(".progress-confirm-no")).click();
        assertEquals(reset, browser.driver().switchTo().activeElement(), "focus goes back to the button");
        browser.driver().navigate().refresh();
        assertEquals(
                "Read",
                row(RealGuide.otherChapterId())
                        .findElement(By.cssSelector(".progress-read"))
                        .getText());
        // erased, it can be undone until the page is left
        eraseAll();
        WebElement undoLine = shownUndoLine();
        assertTrue(undoLine.getText().startsWith("Your progress in this guide is erased."), undoLine.getText());
        assertEquals(
                "Not yet",
                row(RealGuide.otherChapterId())
                        .findElement(By.cssSelector(".progress-read"))
                        .getText());
        undoLine.findElement(By.cssSelector(".progress-undo")).click();
        assertEquals(
                "Read",
                row(RealGuide.otherChapterId())
                        .findElement(By.cssSelector(".progress-read"))
                        .getText());
        browser.driver().navigate().refresh();
        assertEquals(
                "Read",
                row(RealGuide.otherChapterId())
                        .findElement(By.cssSelector(".progress-read"))
                        .getText(),
                "the undo is kept");
        eraseAll();
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

    private static void eraseAll() {
        WebElement reset = browser.driver().findElement(By.cssSelector(".progress-reset"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", reset);
        reset.click();
        browser.driver()
                .findElement(By.cssSelector(".progress-home .progress-confirm-yes"))
                .click();
    }

    /** Marks a chapter read from its "Mark as read" button (over {@code how}). */
    private static void markRead(String how, String chapter) {
        browser.driver().get(url(how, "chapters/" + chapter + ".html"));
        WebElement read = browser.driver().findElement(By.cssSelector(".progress-mark-read"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", read);
        browser.waiting().until(d -> "true".equals(read.getAttribute("aria-pressed")));
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void progress_saved_to_a_file_loads_back_into_an_empty_browser(String how) throws Exception {
        java.nio.file.Path downloads = java.nio.file.Files.createTempDirectory("progress-downloads-");
        try {
            ((org.openqa.selenium.chrome.ChromeDriver) browser.driver())
                    .executeCdpCommand(
                            "Browser.setDownloadBehavior",
                            java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.driver().get(url(how, "index.html"));
            browser.script("window.localStorage.clear()");
            markRead(how, RealGuide.chapterId());
            browser.driver().get(url(how, "index.html"));
            WebElement save = browser.driver().findElement(By.cssSelector(".progress-export"));
            browser.script("arguments[0].scrollIntoView({block: 'center'})", save);
            save.click();
            browser.waiting().until(d -> savedFile(downloads) != null);
            java.nio.file.Path saved = savedFile(downloads);
            String json = java.nio.file.Files.readString(saved);
            assertTrue(json.contains("\"" + RealGuide.chapterId() + "\": true"), json);

            // another browser: nothing kept, until the file is loaded
            browser.script("window.localStorage.clear()");
            browser.driver().navigate().refresh();
            assertEquals(
                    "Not yet",
                    row(RealGuide.chapterId())
                            .findElement(By.cssSelector(".progress-read"))
                            .getText());
            browser.driver().findElement(By.cssSelector(".progress-import")).sendKeys(saved.toString());
            browser.waiting()
                    .until(d -> "Read"
                            .equals(row(RealGuide.chapterId())
                                    .findElement(By.cssSelector(".progress-read"))
                                    .getText()));
            WebElement undoLine = shownUndoLine();
            assertTrue(
                    undoLine.getText().startsWith("Progress loaded from " + saved.getFileName()), undoLine.getText());
            browser.driver().navigate().refresh();
            assertEquals(
                    "Read",
                    row(RealGuide.chapterId())
                            .findElement(By.cssSelector(".progress-read"))
                            .getText(),
                    "loaded for good");

            // a file that is not this guide's progress changes nothing, and says so
            java.nio.file.Path other = downloads.resolve("other.json");
            java.nio.file.Files.writeString(
                    other, json.replaceFirst("\"guide\": \"[^\"]*\"", "\"guide\": \"another-guide\""));
            browser.driver().findElement(By.cssSelector(".progress-import")).sendKeys(other.toString());
            browser.waiting()
                    .until(d -> d.findElement(By.cssSelector(".progress-status"))
                            .getText()
                            .contains("nothing was changed"));
            assertEquals(
                    "Read",
                    row(RealGuide.chapterId())
                            .findElement(By.cssSelector(".progress-read"))
                            .getText());
            assertEquals(List.of(), pageErrors());
        } finally {
            try (var files = java.nio.file.Files.list(downloads)) {
                for (java.nio.file.Path f : files.toList()) {
                    java.nio.file.Files.deleteIfExists(f);
                }
            }
            java.nio.file.Files.deleteIfExists(downloads);
        }
    }

    /** The "Undo" line on show (the reset's or the loading's). */
    private static WebElement shownUndoLine() {
        return browser.driver().findElements(By.cssSelector(".progress-home .progress-undo-line")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseThrow();
    }

    /** This guide's progress as the browser keeps it (JSON). */
    private static String storedProgress() {
        return String.valueOf(browser.script(
                "return localStorage.getItem(Object.keys(localStorage).find(k => k.startsWith('study-guide:')))"));
    }

    /**
     * The progress file Chromium finished writing, or null: it can name the file before its bytes are
     * in (a full test run once read it empty), and the file is a few hundred bytes, written at once.
     */
    private static java.nio.file.Path savedFile(java.nio.file.Path downloads) {
        try (var files = java.nio.file.Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")
                            && f.getFileName().toString().contains("-progress-")
                            && f.toFile().length() > 0)
                    .findFirst()
                    .orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void the_home_page_offers_to_continue_where_the_student_left_off_and_shows_progress_on_the_chapter_cards(
            String how) {
        browser.driver().get(url(how, "index.html"));
        browser.script("window.localStorage.clear()");
        browser.driver().navigate().refresh();
        assertFalse(
                browser.driver()
                        .findElement(By.cssSelector(".continue-reading"))
                        .isDisplayed(),
                "nothing read yet, nothing to continue");
        markRead(how, RealGuide.chapterId());
        // the student scrolls to a section in the middle of the chapter, and leaves
        List<WebElement> sections = browser.driver().findElements(By.cssSelector("main .sect1 > h2[id]"));
        WebElement middle = sections.get(sections.size() / 2);
        browser.script("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -50)", middle);
        // kept: a section of the chapter's text near the top of the screen (not "Your progress" at its end).
        // Marking the chapter read scrolled to its end and stored the last section, so wait for the scroll
        // to the middle to replace it rather than for any stored section.
        int middleAt = sections.indexOf(middle);
        List<WebElement> nearMiddle =
                sections.subList(Math.max(0, middleAt - 1), Math.min(sections.size(), middleAt + 2));
        browser.waiting()
                .withMessage(() -> "the section kept after scrolling to the middle; stored: " + storedProgress())
                .until(d -> nearMiddle.stream()
                        .anyMatch(h -> storedProgress().contains("\"section\":\"" + h.getAttribute("id") + "\"")));
        WebElement section = nearMiddle.stream()
                .filter(h -> storedProgress().contains("\"section\":\"" + h.getAttribute("id") + "\""))
                .findFirst()
                .orElseThrow();
        String sectionId = section.getAttribute("id");
        // the heading's own words, without the "#" link the layout adds to it
        String sectionTitle = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "var c = arguments[0].cloneNode(true);"
                                + " c.querySelectorAll('.heading-link').forEach(function (e) { e.remove(); });"
                                + " return c.textContent.trim();",
                        section);

        browser.driver().get(url(how, "index.html"));
        WebElement go = browser.driver().findElement(By.cssSelector(".continue-reading a"));
        assertTrue(go.isDisplayed());
        assertTrue(go.getAttribute("href").endsWith(RealGuide.chapter() + "#" + sectionId), go.getAttribute("href"));
        assertTrue(go.getText().endsWith(" › " + sectionTitle), go.getText());
        WebElement card = browser.driver()
                .findElement(By.cssSelector(".chapter-card-progress[data-chapter='" + RealGuide.chapterId() + "']"));
        assertEquals("Read", card.getText());
        assertFalse(browser.driver()
                .findElement(
                        By.cssSelector(".chapter-card-progress[data-chapter='" + RealGuide.otherChapterId() + "']"))
                .isDisplayed());
        go.click();
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("#" + sectionId));
        assertEquals(List.of(), pageErrors());
    }

    @ParameterizedTest(name = "in the {0} scheme")
    @ValueSource(strings = {"light", "dark"})
    void the_home_page_with_progress_a_question_and_an_undo_open_has_no_accessibility_violations(String scheme) {
        browser.emulate(1280, 900, scheme, "screen");
        try {
            browser.driver().get(url("file", "index.html"));
            browser.script("window.localStorage.clear()");
            markRead("file", RealGuide.otherChapterId());
            browser.driver().get(url("file", "index.html"));
            assertEquals("", FlashcardsInBrowserTest.axeViolations(), "progress and continue shown");
            browser.driver().findElement(By.cssSelector(".progress-reset")).click();
            assertEquals("", FlashcardsInBrowserTest.axeViolations(), "asked to erase");
            browser.driver()
                    .findElement(By.cssSelector(".progress-home .progress-confirm-yes"))
                    .click();
            assertEquals("", FlashcardsInBrowserTest.axeViolations(), "Undo offered");
        } finally {
            browser.emulate(1280, 900, "light", "screen");
        }
    }

    @Test
    void without_javascript_no_progress_control_shows() {
        assertTrue(RealGuide.site()
                .page("index.html")
                .selectFirst(".progress-home")
                .hasAttr("hidden"));
        assertTrue(RealGuide.site()
                .page(RealGuide.otherChapter())
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
