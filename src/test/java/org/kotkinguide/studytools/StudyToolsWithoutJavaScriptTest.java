package org.kotkinguide.studytools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.kotkinguide.support.OneBrowser;
import org.kotkinguide.support.RealGuide;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The study tools in Chromium with JavaScript switched off (each still gives something useful and
 * shows no dead control), and with it on at a 390 px phone's width (nothing wider than the screen).
 */
class StudyToolsWithoutJavaScriptTest extends OneBrowser {
    private static void open(String page) {
        browser.driver().get(RealGuide.site().folder().resolve(page).toUri().toString());
    }

    private static void scripts(boolean on) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }

    private static boolean shown(String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream().anyMatch(WebElement::isDisplayed);
    }

    @Test
    void without_javascript_each_tool_shows_its_content_and_no_dead_control() {
        scripts(false);
        try {
            open("timeline.html");
            assertFalse(shown(".timeline-filter"), "no filter that cannot filter");
            assertTrue(browser.driver().findElements(By.cssSelector(".timeline-event")).stream()
                    .allMatch(WebElement::isDisplayed));

            open("flashcards.html");
            assertFalse(shown(".flashcards-session"));
            List<WebElement> cards = browser.driver().findElements(By.cssSelector(".flashcard-item"));
            assertTrue(
                    cards.size() > 25 && cards.stream().allMatch(WebElement::isDisplayed), "the deck is a plain list");
            assertTrue(cards.get(0)
                    .findElement(By.cssSelector(".flashcard-definition"))
                    .isDisplayed());

            open(RealGuide.chapter());
            assertFalse(shown(".progress-chapter") || shown(".selfcheck-mark") || shown(".cite-page-copy"));
            assertTrue(
                    shown(".cite-page-entry") && shown(".cite-page-downloads a"),
                    "the reference and its downloads remain");
            assertTrue(shown(".timeline-here-event"));

            open("index.html");
            assertFalse(shown(".progress-home"));
        } finally {
            scripts(true);
        }
    }

    /** The pages a phone must fit: the real guide's found in its built site, its largest deck of flashcards among them. */
    static List<String> phonePages() {
        String largestDeck = RealGuide.chapters().stream()
                .map(chapter -> "flashcards/" + RealGuide.idOf(chapter) + ".html")
                .max(java.util.Comparator.comparing(deck ->
                        RealGuide.site().page(deck).select(".flashcard-item").size()))
                .orElseThrow();
        return List.of(
                "flashcards.html", largestDeck, "index.html", RealGuide.chapter(), RealGuide.term(), "timeline.html");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("phonePages")
    void at_390_px_nothing_is_wider_than_the_phone(String page) {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            open(page);
            long viewport = (Long) browser.script("return document.documentElement.clientWidth");
            long widest = (Long) browser.script("return document.scrollingElement.scrollWidth");
            assertTrue(viewport <= 390, "the window is a phone's: " + viewport);
            assertTrue(widest <= viewport, page + " is " + widest + " px wide on a " + viewport + " px screen");
            for (String part : List.of(".flashcard-card", ".progress-home", ".cite-page", ".timeline-here")) {
                for (WebElement element : browser.driver().findElements(By.cssSelector(part))) {
                    if (element.isDisplayed()) {
                        int right = element.getRect().getX() + element.getRect().getWidth();
                        assertTrue(right <= viewport, part + " ends at " + right + " px");
                    }
                }
            }
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void the_home_pages_progress_table_scrolls_inside_itself_rather_than_widening_the_page() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            open("index.html");
            WebElement wrap = browser.driver().findElement(By.cssSelector(".progress-table-wrap"));
            assertEquals("auto", wrap.getCssValue("overflow-x"));
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
