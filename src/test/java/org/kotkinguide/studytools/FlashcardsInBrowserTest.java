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
import org.kotkinguide.support.Axe;
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
    /** Each test sees only its own pages' console errors (axe's reading of the stylesheets logs some of its own). */
    @org.junit.jupiter.api.BeforeEach
    void clearEarlierConsoleErrors() {
        browser.consoleErrors();
    }

    /** Opens a page with this guide's progress forgotten. */
    /** Opens {@code page} of the real guide from the disk, keeping what the browser saved. */
    private static void open(String page) {
        browser.driver().get(RealGuide.site().folder().resolve(page).toUri().toString());
    }

    private static void openFresh(String how, String page) {
        if (how.equals("http")) {
            browser.driver().get(server.url(page));
        } else {
            open(page);
        }
        browser.script("window.localStorage.clear()");
        browser.driver().navigate().refresh();
    }

    private static String status() {
        return browser.driver()
                .findElement(By.cssSelector(".flashcards-status"))
                .getText();
    }

    private static String boxesText() {
        return browser.driver().findElement(By.cssSelector(".flashcards-boxes")).getText();
    }

    private static WebElement card() {
        return browser.driver().findElement(By.cssSelector(".flashcard-card"));
    }

    /**
     * Turns each of {@code cards} cards with {@code turn} and answers "known" ("k"), as one run of keys
     * to whatever has focus: the card, focused first, must keep it from card to card.
     */
    private static void answerEveryCard(int cards, Keys turn) {
        browser.script("document.querySelector('.flashcard-card').focus()");
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(browser.driver());
        for (int i = 0; i < cards; i++) {
            keys.sendKeys(turn).sendKeys("k");
        }
        keys.perform();
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void a_chapter_deck_is_gone_through_by_keyboard_alone(String how) {
        openFresh(how, "flashcards/" + RealGuide.chapterId() + ".html");
        int cards =
                browser.driver().findElements(By.cssSelector(".flashcard-item")).size();
        assertTrue(cards > 3, "the chapter links several terms");
        assertEquals(cards + " cards due now, of " + cards + ".", status());
        String firstTerm = card().findElement(By.cssSelector(".flashcard-face")).getText();
        card().sendKeys(Keys.SPACE); // focus the card by sending to it, as Tab would
        assertEquals("true", card().getAttribute("aria-pressed"), "Space turned the card");
        String spoken = browser.driver()
                .findElement(By.cssSelector(".flashcard-spoken"))
                .getAttribute("textContent");
        assertTrue(spoken.startsWith("Back of " + firstTerm + ": "), "a screen reader hears the back: " + spoken);
        card().sendKeys("a"); // again: the card goes to the end of the session
        assertEquals(cards + " cards due now, of " + cards + ".", status());
        // focus stays on the card, whose text alone changes: the next card is said
        String next = card().findElement(By.cssSelector(".flashcard-face")).getText();
        assertEquals(
                "Next card, front: " + next,
                browser.driver()
                        .findElement(By.cssSelector(".flashcard-spoken"))
                        .getAttribute("textContent"));
        answerEveryCard(cards, Keys.ENTER);
        assertTrue(status().startsWith("Session done: " + cards + " cards known."), status());
        assertFalse(firstTerm.isEmpty());
        // the session over, focus is on what comes next, not dropped to <body>, and the card no longer
        // says how to turn it
        assertEquals(
                "flashcards-restart",
                browser.script("return document.activeElement.className"),
                "focus after the last card");
        assertFalse(
                browser.driver().findElement(By.cssSelector(".flashcard-help")).isDisplayed(),
                "the help to turn a card is gone with the cards");
        assertFalse(browser.driver()
                .findElement(By.cssSelector(".flashcards-session"))
                .getText()
                .contains("Space or Enter"));
        assertEquals(List.of(), pageErrors());
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void cards_known_wait_in_their_box_and_come_back_when_it_is_due(String how) {
        openFresh(how, "flashcards/" + RealGuide.chapterId() + ".html");
        int cards =
                browser.driver().findElements(By.cssSelector(".flashcard-item")).size();
        answerEveryCard(cards, Keys.SPACE);
        // the same day, a reload deals nothing: every card is in box 2, due tomorrow, and the page says so
        browser.driver().navigate().refresh();
        assertEquals("No cards are due now. Coming back: " + cards + " tomorrow.", status());
        assertEquals("true", card().getAttribute("disabled"));
        String boxes = browser.driver()
                .findElement(By.cssSelector(".flashcards-boxes"))
                .getText();
        assertTrue(boxes.contains("box 2: " + cards) && boxes.contains(cards + " tomorrow"), boxes);
        // the page says the rule in plain words
        assertTrue(browser.driver()
                .findElement(By.cssSelector(".flashcards-rule"))
                .getText()
                .contains("from box 2 it comes back the next day"));

        // a day later (the cards answered yesterday) every card is due again, and still in box 2
        browser.script("""
                var key = Object.keys(localStorage).find(k => k.startsWith('study-guide:'));
                var data = JSON.parse(localStorage.getItem(key));
                var d = new Date(); d.setDate(d.getDate() - 1);
                var yesterday = d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
                Object.keys(data.cards).forEach(id => data.cards[id].day = yesterday);
                localStorage.setItem(key, JSON.stringify(data));""");
        browser.driver().navigate().refresh();
        assertEquals(cards + " cards due now, of " + cards + ".", status());
        assertTrue(
                card().findElement(By.cssSelector(".flashcard-side-label"))
                        .getAttribute("textContent")
                        .endsWith("box 2"),
                card().getText());
        // a card answered from box 2 goes to box 3, which waits three days
        card().sendKeys(Keys.SPACE);
        card().sendKeys("k");
        assertTrue(
                browser.driver()
                        .findElement(By.cssSelector(".flashcards-boxes"))
                        .getText()
                        .contains("box 3: 1"),
                "known again");
        assertEquals(List.of(), pageErrors());
    }

    @Test
    void the_keys_the_help_names_work_as_the_page_opens_before_the_card_has_focus() {
        openFresh("file", "flashcards/" + RealGuide.chapterId() + ".html");
        int cards =
                browser.driver().findElements(By.cssSelector(".flashcard-item")).size();
        browser.script("document.activeElement.blur()");
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .sendKeys(Keys.SPACE)
                .perform();
        assertEquals("true", card().getAttribute("aria-pressed"), "Space turned the card");
        assertEquals(0.0, ((Number) browser.script("return window.scrollY")).doubleValue(), "and did not scroll");
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .sendKeys("k")
                .perform();
        assertEquals((cards - 1) + " cards due now, of " + cards + ".", status(), "K answered it");
    }

    @Test
    void k_and_a_answer_only_while_the_deck_has_focus_so_a_stray_letter_elsewhere_does_nothing() {
        openFresh("file", "flashcards/" + RealGuide.chapterId() + ".html");
        String before = status();
        card().sendKeys(Keys.SPACE);
        browser.script("document.activeElement.blur()");
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .sendKeys("k")
                .sendKeys("a")
                .perform();
        assertEquals(before, status(), "a letter typed with nothing focused answered the card");
        card().sendKeys("k");
        assertTrue(!before.equals(status()), "K on the card answers it");
    }

    @Test
    void practising_the_whole_deck_anyway_does_not_move_cards_that_are_not_due() {
        openFresh("file", "flashcards/" + RealGuide.chapterId() + ".html");
        int cards =
                browser.driver().findElements(By.cssSelector(".flashcard-item")).size();
        answerEveryCard(cards, Keys.SPACE);
        WebElement anyway = browser.driver().findElement(By.cssSelector(".flashcards-restart"));
        assertEquals("Practise every card anyway", anyway.getText());
        anyway.click();
        assertEquals(cards + " cards left to practise, of " + cards + ".", status(), "none of them is due");
        card().sendKeys(Keys.SPACE);
        card().sendKeys("k");
        assertTrue(browser.driver()
                .findElement(By.cssSelector(".flashcards-boxes"))
                .getText()
                .startsWith("Leitner boxes: box 1: 0, box 2: " + cards + ", box 3: 0"));
    }

    @Test
    void each_session_deals_the_cards_in_a_new_order() {
        java.util.Set<String> firstCards = new java.util.HashSet<>();
        openFresh("file", "flashcards.html");
        for (int i = 0; i < 8; i++) {
            if (i > 0) {
                // a new session: the deck opened again with no boxes kept
                browser.script("window.localStorage.clear()");
                browser.driver().navigate().refresh();
            }
            firstCards.add(card().findElement(By.cssSelector(".flashcard-face")).getText());
        }
        // in a fixed order the same card would open all eight sessions
        assertTrue(firstCards.size() > 1, "the first cards of eight sessions: " + firstCards);
    }

    @Test
    void the_boxes_outlive_a_reload_and_the_reset_forgets_them() {
        openFresh("file", "flashcards/" + RealGuide.chapterId() + ".html");
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
        open("flashcards.html");
        assertTrue(browser.driver()
                .findElement(By.cssSelector(".flashcards-boxes"))
                .getText()
                .contains("box 2: 1"));

        // forgetting asks first: "Cancel" keeps the boxes
        browser.driver().findElement(By.cssSelector(".flashcards-reset")).click();
        WebElement ask = browser.driver().findElement(By.cssSelector(".flashcards-session .progress-confirm"));
        assertTrue(ask.isDisplayed());
        assertEquals("Cancel", browser.script("return document.activeElement.textContent"));
        ask.findElement(By.cssSelector(".progress-confirm-no")).click();
        assertTrue(boxesText().contains("box 2: 1"), boxesText());
        // confirmed, the boxes are forgotten, and "Undo" brings them back
        browser.driver().findElement(By.cssSelector(".flashcards-reset")).click();
        ask.findElement(By.cssSelector(".progress-confirm-yes")).click();
        assertTrue(boxesText().contains("box 2: 0"), boxesText());
        WebElement undo = browser.driver().findElement(By.cssSelector(".flashcards-session .progress-undo"));
        assertEquals(undo, browser.driver().switchTo().activeElement(), "focus is on Undo");
        undo.click();
        assertTrue(boxesText().contains("box 2: 1"), boxesText());
        browser.driver().findElement(By.cssSelector(".flashcards-reset")).click();
        ask.findElement(By.cssSelector(".progress-confirm-yes")).click();
        assertTrue(boxesText().contains("box 2: 0"), boxesText());
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
                "../flashcards/" + RealGuide.chapterId() + ".html",
                RealGuide.site()
                        .page(RealGuide.chapter())
                        .selectFirst(".flashcards-link a")
                        .attr("href"));
    }

    @Test
    void printed_the_cards_are_strips_of_term_and_definition_several_to_a_sheet() {
        open("flashcards.html");
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

    @Test
    void on_a_phone_the_card_and_its_buttons_are_on_the_first_screen() {
        browser.emulate(390, 844, "light", "screen");
        try {
            openFresh("file", "flashcards/" + RealGuide.chapterId() + ".html");
            double bottom = ((Number) browser.script(
                            "return document.querySelector('.flashcards-answer').getBoundingClientRect().bottom"))
                    .doubleValue();
            assertTrue(bottom <= 844, "the card's buttons end at " + bottom + " px of an 844 px screen");
        } finally {
            browser.emulate(1280, 900, "light", "screen");
        }
    }

    @Test
    void after_the_skip_link_two_tabs_reach_the_card() {
        openFresh("file", "flashcards.html");
        browser.script("document.activeElement.blur()");
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .sendKeys(Keys.TAB)
                .perform();
        assertEquals("skip-link", browser.script("return document.activeElement.className"));
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .sendKeys(Keys.ENTER)
                .perform();
        // the page's content starts with its breadcrumb back to the guide, then the card: the decks come after
        int tabs = 0;
        while (!"flashcard-card".equals(browser.script("return document.activeElement.className")) && tabs < 10) {
            new org.openqa.selenium.interactions.Actions(browser.driver())
                    .sendKeys(Keys.TAB)
                    .perform();
            tabs++;
        }
        assertTrue(tabs <= 2, "the card took " + tabs + " Tabs after the skip link");
    }

    @Test
    void printed_on_a4_every_sheet_of_every_deck_holds_cards() throws Exception {
        List<String> decks = RealGuide.site()
                .page("flashcards.html")
                .select(".flashcards-decks a")
                .eachAttr("href");
        assertTrue(decks.size() > 2, decks.toString());
        for (String deck : decks) {
            open(deck);
            List<String> terms = browser.driver().findElements(By.cssSelector(".flashcard-term")).stream()
                    .map(e -> e.getAttribute("textContent").strip())
                    .toList();
            Map<String, Object> printed = ((ChromeDriver) browser.driver())
                    .executeCdpCommand(
                            "Page.printToPDF",
                            Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", false));
            java.nio.file.Path file = java.nio.file.Files.createTempFile("deck-", ".pdf");
            try {
                java.nio.file.Files.write(file, java.util.Base64.getDecoder().decode((String) printed.get("data")));
                try (var pdf = org.kotkinguide.support.Pdf.open(file)) {
                    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                        String text = org.kotkinguide.support.Pdf.text(pdf, page, page)
                                .replaceAll("\\s+", " ");
                        assertTrue(
                                terms.stream().anyMatch(text::contains),
                                deck + ": sheet " + page + " of " + pdf.getNumberOfPages() + " holds no card: " + text);
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void printed_every_card_holds_its_text_inside_its_cut_lines() {
        open("flashcards.html");
        browser.emulate(794, 1123, "light", "print"); // A4 at 96 dpi
        try {
            @SuppressWarnings("unchecked")
            List<String> over = (List<String>) browser.script("""
                    return Array.from(document.querySelectorAll('.flashcard-item')).filter(card => {
                      var box = card.getBoundingClientRect();
                      return Array.from(card.querySelectorAll('.flashcard-front, .flashcard-back')).some(side =>
                        Array.from(side.children).some(e => { var r = e.getBoundingClientRect();
                          return r.height > 0 && (r.top < box.top + 1 || r.bottom > box.bottom - 1); }));
                    }).map(card => card.querySelector('.flashcard-term').textContent.trim());""");
            assertEquals(List.of(), over, "text on or over the dashes");
        } finally {
            browser.emulate(1280, 900, "light", "screen");
        }
    }

    @ParameterizedTest(name = "in the {0} scheme")
    @ValueSource(strings = {"light", "dark"})
    void the_session_with_a_card_turned_a_question_open_and_done_has_no_accessibility_violations(String scheme) {
        browser.emulate(1280, 900, scheme, "screen");
        try {
            openFresh("file", "flashcards/" + RealGuide.chapterId() + ".html");
            card().sendKeys(Keys.SPACE);
            assertEquals("", axeViolations(), "a card turned");
            browser.driver().findElement(By.cssSelector(".flashcards-reset")).click();
            assertEquals("", axeViolations(), "asked to forget the boxes");
            browser.driver()
                    .findElement(By.cssSelector(".progress-confirm-yes"))
                    .click();
            assertEquals("", axeViolations(), "Undo offered");
            int cards = browser.driver()
                    .findElements(By.cssSelector(".flashcard-item"))
                    .size();
            answerEveryCard(cards, Keys.SPACE);
            assertEquals("", axeViolations(), "the session done");
        } finally {
            browser.emulate(1280, 900, "light", "screen");
        }
    }

    /**
     * What axe finds on the page as it is now. axe's reading of the stylesheets from file:// logs errors
     * that are not the page's: each test clears them before it starts.
     */
    static String axeViolations() {
        return Axe.violations(browser.driver());
    }

    /** Console errors of the page; the browser's own request for the server's /favicon.ico is not the page's. */
    private static List<String> pageErrors() {
        return browser.consoleErrors().stream()
                .filter(m -> !m.contains("/favicon.ico"))
                .toList();
    }
}
