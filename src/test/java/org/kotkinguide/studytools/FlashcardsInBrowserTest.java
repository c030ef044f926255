package org.kotkinguide.studytools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kotkinguide.support.RealGuide;
import org.kotkinguide.support.RealGuideInBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A student practises the real guide's flashcards in Chromium, by keyboard, from the disk and under a
 * sub-path; the Leitner boxes outlive a reload; without JavaScript and on paper the cards are a list.
 */
class FlashcardsInBrowserTest extends RealGuideInBrowser {
    /** Opens a page with this guide's progress forgotten. */
    private static void openFresh(String how, String page) {
        browser.driver()
                .get(
                        how.equals("http")
                                ? server.url(page)
                                : RealGuide.site()
                                        .folder()
                                        .resolve(page)
                                        .toUri()
                                        .toString());
        browser.script("window.localStorage.clear()");
        browser.driver().navigate().refresh();
    }

    private static String status() {
        return browser.driver()
                .findElement(By.cssSelector(".flashcards-status"))
                .getText();
    }

    private static WebElement card() {
        return browser.driver().findElement(By.cssSelector(".flashcard-card"));
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void a_chapter_deck_is_gone_through_by_keyboard_alone(String how) {
        openFresh(how, "flashcards/soviet-geopolitics.html");
        int cards =
                browser.driver().findElements(By.cssSelector(".flashcard-item")).size();
        assertTrue(cards > 3, "the chapter links several terms");
        assertEquals(cards + " cards left of " + cards + ".", status());
        String firstTerm = card().findElement(By.cssSelector(".flashcard-face")).getText();
        card().sendKeys(Keys.SPACE); // focus the card by sending to it, as Tab would
        assertEquals("true", card().getAttribute("aria-pressed"), "Space turned the card");
        String spoken = browser.driver()
                .findElement(By.cssSelector(".flashcard-spoken"))
                .getAttribute("textContent");
        assertTrue(spoken.startsWith("Back of " + firstTerm + ": "), "a screen reader hears the back: " + spoken);
        card().sendKeys("a"); // again: the card goes to the end of the session
        assertEquals(cards + " cards left of " + cards + ".", status());
        for (int i = 0; i < cards; i++) {
            card().sendKeys(Keys.ENTER);
            card().sendKeys("k");
        }
        assertTrue(status().startsWith("Session done"), status());
        assertFalse(firstTerm.isEmpty());
        assertEquals(List.of(), pageErrors());
    }

    @Test
    void the_boxes_outlive_a_reload_and_the_reset_forgets_them() {
        openFresh("file", "flashcards/soviet-geopolitics.html");
        String first = card().findElement(By.cssSelector(".flashcard-face")).getText();
        card().sendKeys(Keys.SPACE);
        card().sendKeys("k");
        browser.driver().navigate().refresh();
        String boxes = browser.driver()
                .findElement(By.cssSelector(".flashcards-boxes"))
                .getText();
        assertTrue(boxes.contains("box 2: 1"), boxes);
        // the card known is no longer first: lower boxes come first
        assertFalse(first.equals(
                card().findElement(By.cssSelector(".flashcard-face")).getText()));
        // the whole guide's deck shares the boxes of the same terms
        browser.driver()
                .get(RealGuide.site()
                        .folder()
                        .resolve("flashcards.html")
                        .toUri()
                        .toString());
        assertTrue(browser.driver()
                .findElement(By.cssSelector(".flashcards-boxes"))
                .getText()
                .contains("box 2: 1"));

        browser.driver().findElement(By.cssSelector(".flashcards-reset")).click();
        assertTrue(browser.driver()
                .findElement(By.cssSelector(".flashcards-boxes"))
                .getText()
                .contains("box 2: 0"));
        browser.driver().navigate().refresh();
        assertTrue(browser.driver()
                .findElement(By.cssSelector(".flashcards-boxes"))
                .getText()
                .contains("box 2: 0"));
    }

    @Test
    void without_javascript_the_deck_is_a_plain_list_of_every_term_with_its_definition() {
        Document deck = RealGuide.site().page("flashcards.html");
        assertTrue(deck.selectFirst(".flashcards-session").hasAttr("hidden"));
        Document glossary = RealGuide.site().page("glossary/index.html");
        assertEquals(
                glossary.select(".term-entry dt a").size(),
                deck.select(".flashcard-item").size());
        assertFalse(deck.select(".flashcard-item .flashcard-definition")
                .first()
                .text()
                .isEmpty());
        // each chapter links its deck
        assertEquals(
                "../flashcards/soviet-geopolitics.html",
                RealGuide.site()
                        .page("chapters/soviet-geopolitics.html")
                        .selectFirst(".flashcards-link a")
                        .attr("href"));
    }

    @Test
    void printed_the_cards_are_strips_of_term_and_definition_several_to_a_sheet() {
        browser.driver()
                .get(RealGuide.site()
                        .folder()
                        .resolve("flashcards.html")
                        .toUri()
                        .toString());
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            WebElement item = browser.driver().findElement(By.cssSelector(".flashcard-item"));
            WebElement front = item.findElement(By.cssSelector(".flashcard-front"));
            WebElement back = item.findElement(By.cssSelector(".flashcard-back"));
            assertTrue(item.isDisplayed() && back.isDisplayed(), "the list prints, answers and all");
            assertFalse(browser.driver()
                    .findElement(By.cssSelector(".flashcards-session"))
                    .isDisplayed());
            assertEquals(
                    front.getLocation().getY(), back.getLocation().getY(), "term and definition side by side, to fold");
            assertEquals("dashed", item.getCssValue("border-top-style"));
            // 34 mm a card and 4 mm between: at least six to a 297 mm sheet
            double heightMm = item.getSize().getHeight() / 96.0 * 25.4;
            assertTrue(heightMm < 40, "a card is " + heightMm + " mm high");
        } finally {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** Console errors of the page; the browser's own request for the server's /favicon.ico is not the page's. */
    private static List<String> pageErrors() {
        return browser.consoleErrors().stream()
                .filter(m -> !m.contains("/favicon.ico"))
                .toList();
    }
}
