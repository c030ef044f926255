package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kotkinguide.support.OneBrowser;
import org.kotkinguide.support.RealGuide;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The header's search pop-up with a keyboard, and what its results show. */
class SearchPopupTest extends OneBrowser {
    private static WebElement search(String scheme, String query) {
        browser.emulate(1366, 900, scheme, "screen");
        browser.driver()
                .get(RealGuide.site()
                        .folder()
                        .resolve(RealGuide.chapter())
                        .toUri()
                        .toString());
        WebElement box = browser.driver().findElement(By.id("search-input"));
        box.sendKeys(query);
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector(".search-box .search-results a"))
                        .isEmpty());
        return box;
    }

    @Test
    void escape_closes_the_results_and_keeps_the_query_which_enter_then_searches_for() {
        WebElement box = search("light", "treaty");
        box.sendKeys(Keys.ESCAPE);
        assertFalse(browser.driver().findElement(By.id("search-popup")).isDisplayed(), "Escape closes the results");
        assertEquals("treaty", box.getAttribute("value"), "Escape keeps what the reader typed");
        assertEquals(box, browser.driver().switchTo().activeElement());
        // the down arrow opens them again, at the first result
        box.sendKeys(Keys.ARROW_DOWN);
        assertTrue(browser.driver().findElement(By.id("search-popup")).isDisplayed(), "the results stay closed");
        assertEquals(
                browser.driver().findElement(By.cssSelector("#search-popup .search-results a")),
                browser.driver().switchTo().activeElement());
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        box.sendKeys(Keys.ESCAPE);
        box.sendKeys(Keys.ENTER);
        browser.waiting().until(d -> d.getCurrentUrl().contains("search.html?q=treaty"));
    }

    @Test
    void the_results_end_with_a_link_to_all_results_for_the_query_reached_with_the_arrow_keys() {
        String query = RealGuide.termName() + " today";
        WebElement box = search("light", query);
        WebElement all = browser.driver().findElement(By.cssSelector("#search-popup .search-all a"));
        assertTrue(all.isDisplayed());
        assertTrue(
                all.getAttribute("href").endsWith("search.html?q=" + query.replace(" ", "%20")),
                all.getAttribute("href"));
        int results = browser.driver()
                .findElements(By.cssSelector("#search-popup .search-results a"))
                .size();
        for (int i = 0; i <= results; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        }
        assertEquals("All results", browser.driver().switchTo().activeElement().getText());
    }

    @Test
    void tab_from_the_search_box_leaves_the_results_and_closes_them() {
        WebElement box = search("light", "treaty");
        assertTrue(browser.driver().findElement(By.id("search-popup")).isDisplayed());
        box.sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertFalse(
                (Boolean) browser.script(
                        "return document.getElementById('search-popup').contains(arguments[0])", focused),
                "Tab walks into the results");
        assertFalse(
                browser.driver().findElement(By.id("search-popup")).isDisplayed(),
                "the results stay open after focus left");
    }

    @ParameterizedTest(name = "{0} scheme")
    @ValueSource(strings = {"light", "dark"})
    void a_result_chosen_with_the_arrow_keys_has_a_focus_ring_that_stands_out(String scheme) {
        WebElement box = search(scheme, "treaty");
        box.sendKeys(Keys.ARROW_DOWN);
        WebElement result = browser.driver().switchTo().activeElement();
        assertEquals("a", result.getTagName());
        assertEquals("solid", result.getCssValue("outline-style"));
        assertTrue(Double.parseDouble(result.getCssValue("outline-width").replace("px", "")) >= 2);
        // the ring against the pop-up's background
        double contrast = Colours.contrast(
                result.getCssValue("outline-color"),
                browser.driver().findElement(By.id("search-popup")).getCssValue("background-color"));
        assertTrue(contrast >= 3, "focus ring contrast " + contrast);
    }

    @Test
    void a_snippet_starts_at_the_start_of_a_word_and_leaves_out_citation_labels() {
        search("light", "frontier");
        @SuppressWarnings("unchecked")
        List<String> snippets = (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('.search-box .result-snippet')).map(s => s.textContent)");
        assertFalse(snippets.isEmpty());
        for (String snippet : snippets) {
            if (snippet.startsWith("…")) {
                String shown = snippet.substring(1);
                @SuppressWarnings("unchecked")
                List<String> texts = (List<String>) browser.script("return GUIDE_SEARCH.docs.map(d => d.text)");
                String start = shown.substring(0, Math.min(20, shown.length()));
                assertTrue(
                        texts.stream().anyMatch(t -> t.contains(" " + start)),
                        "the snippet starts inside a word: " + snippet);
            }
            assertFalse(snippet.contains(RealGuide.citationLabel()), "a citation label in: " + snippet);
        }
    }

    @Test
    void results_come_grouped_under_the_page_they_are_on() {
        search("light", RealGuide.termName());
        @SuppressWarnings("unchecked")
        List<String> groups = (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('.search-box .result-page')).map(g => g.textContent)");
        assertEquals(groups.stream().distinct().toList(), groups, "a page's results are split up: " + groups);
        assertEquals("Glossary", groups.get(0));
        assertTrue(groups.size() >= 2, groups.toString());
    }

    @Test
    void a_results_link_is_named_by_its_title_and_place_and_its_snippet_describes_it() {
        search("light", "treaty");
        WebElement link = browser.driver().findElement(By.cssSelector("#search-popup .search-results a"));
        String title = link.findElement(By.className("result-title")).getText();
        String where = link.findElement(By.className("result-where")).getText();
        assertEquals(
                (title + " " + where).strip(), link.getAccessibleName(), "a screen reader hears a short name first");
        assertEquals(
                link.findElement(By.className("result-snippet")).getText(),
                browser.script(
                        "return document.getElementById(arguments[0].getAttribute('aria-describedby')).textContent",
                        link),
                "and then the snippet, as the link's description");
    }

    private static void pressSlash() {
        browser.script("document.activeElement.blur()");
        new Actions(browser.driver()).sendKeys("/").perform();
    }

    private static boolean inSearch() {
        return browser.driver()
                .switchTo()
                .activeElement()
                .equals(browser.driver().findElement(By.id("search-input")));
    }

    @Test
    void the_slash_key_goes_to_search_until_the_reader_turns_it_off_in_the_footer_for_every_page() {
        browser.emulate(1366, 900, "light", "screen");
        String chapter =
                RealGuide.site().folder().resolve(RealGuide.chapter()).toUri().toString();
        browser.driver().get(chapter);
        browser.script("window.localStorage.removeItem('kotkin-guide-slash-key')");
        browser.driver().navigate().refresh();
        try {
            WebElement hint = browser.driver().findElement(By.className("search-key"));
            assertTrue(hint.isDisplayed(), "the box shows the key");
            pressSlash();
            assertTrue(inSearch(), "/ goes to search");
            assertEquals(
                    "", browser.driver().findElement(By.id("search-input")).getAttribute("value"), "and is not typed");

            WebElement toggle = browser.driver().findElement(By.className("shortcut-switch"));
            assertTrue(toggle.isDisplayed() && toggle.isSelected(), "the footer says the key is on");
            toggle.click();
            pressSlash();
            assertFalse(inSearch(), "turned off, / does nothing");
            assertFalse(hint.isDisplayed(), "and the box no longer shows it");
            assertEquals(
                    "none",
                    browser.driver().findElement(By.className("slash-hint")).getCssValue("display"),
                    "nor does the field's description tell a screen reader to press it");

            // kept for the next page
            browser.driver()
                    .get(RealGuide.site().folder().resolve("index.html").toUri().toString());
            assertFalse(browser.driver()
                    .findElement(By.className("shortcut-switch"))
                    .isSelected());
            pressSlash();
            assertFalse(inSearch(), "still off on another page");
            browser.driver().findElement(By.className("shortcut-switch")).click();
            pressSlash();
            assertTrue(inSearch(), "and on again");
            browser.emulate(390, 844, "light", "screen");
            browser.driver().navigate().refresh();
            assertFalse(
                    browser.driver()
                            .findElement(By.className("shortcut-switch"))
                            .isDisplayed(),
                    "a phone, touched, is not offered the switch");
        } finally {
            browser.script("window.localStorage.removeItem('kotkin-guide-slash-key')");
        }
    }
}
