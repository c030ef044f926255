package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kotkinguide.support.RealGuide;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The small things a reader leans on: numbered questions, keys between chapters, even letters, aligned search. */
class ReadingAidsTest extends BrowserTestBase {

    @Test
    void a_self_check_questions_number_is_part_of_its_accessible_name() {
        open(RealGuide.chapter(), 1366, "light");
        WebElement question = browser.driver().findElement(By.cssSelector("details.answer > summary"));
        assertTrue(question.getAccessibleName().startsWith("2.1 "), question.getAccessibleName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void a_self_check_question_is_as_large_as_the_text_and_as_dark(String scheme) {
        open(RealGuide.chapter(), 1366, scheme);
        double question = number(
                "return parseFloat(getComputedStyle(document.querySelector('details.answer > summary')).fontSize)");
        double text = number(
                "return parseFloat(getComputedStyle(document.querySelector('.doc .sect1 .paragraph p')).fontSize)");
        assertTrue(question >= text, "question " + question + " px under text of " + text + " px");
        String colour =
                (String) js("return getComputedStyle(document.querySelector('details.answer > summary')).color");
        String background =
                (String) js("return getComputedStyle(document.querySelector('details.answer')).backgroundColor");
        assertTrue(Colours.contrast(colour, background) >= 7, colour + " on " + background);
    }

    @Test
    void the_home_page_ends_with_no_line_in_the_interface_type_larger_than_the_text() {
        open("index.html", 1366, "light");
        double text = number("return parseFloat(getComputedStyle(document.querySelector('#preamble p')).fontSize)");
        @SuppressWarnings("unchecked")
        List<String> large = (List<String>) js("""
                var chapters = document.querySelector('.chapters');
                return Array.from(document.querySelectorAll('main p'))
                  .filter(p => chapters.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING)
                  .filter(p => p.offsetParent !== null && getComputedStyle(p).fontFamily.startsWith('system-ui'))
                  .filter(p => parseFloat(getComputedStyle(p).fontSize) >= arguments[0])
                  .map(p => p.className + ': ' + p.textContent.trim().slice(0, 40));""", text);
        assertEquals(List.of(), large);
    }

    @Test
    void the_arrow_keys_go_to_the_next_and_previous_chapter_but_not_while_typing() {
        open(RealGuide.chapter(), 1366, "light");
        new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT).perform();
        browser.waiting().until(d -> d.getCurrentUrl().contains(RealGuide.nextChapter()));
        new Actions(browser.driver()).sendKeys(Keys.ARROW_LEFT).perform();
        browser.waiting().until(d -> d.getCurrentUrl().contains(RealGuide.chapterId()));
        WebElement search = browser.driver().findElement(By.id("search-input"));
        search.sendKeys(RealGuide.termName(), Keys.ARROW_LEFT, Keys.ARROW_RIGHT);
        assertTrue(browser.driver().getCurrentUrl().contains(RealGuide.chapterId()), "moved while typing");
    }

    @Test
    void the_arrow_keys_stay_with_a_focused_link_or_button() {
        open(RealGuide.chapter(), 1366, "light");
        for (String control : List.of("main a.term", "details.answer > summary", ".print-worksheet button")) {
            WebElement focused = browser.driver().findElement(By.cssSelector(control));
            js("arguments[0].focus()", focused);
            new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT).perform();
            // the keydown is handled at once: a page that was to change has started to by the next script
            assertEquals(RealGuide.chapterId(), js("return location.pathname.replace(/.*\\/|\\.html$/g, '')"), control);
        }
    }

    @Test
    void a_headings_link_to_itself_shows_on_hover_and_adds_nothing_to_the_headings_name_or_the_tab_order() {
        open(RealGuide.chapter(), 1366, "light");
        WebElement heading = browser.driver().findElement(By.id("objectives"));
        WebElement link = heading.findElement(By.cssSelector(".heading-link"));
        assertEquals("0", js("return getComputedStyle(arguments[0]).opacity", link));
        new Actions(browser.driver()).moveToElement(heading).perform();
        assertEquals("1", js("return getComputedStyle(arguments[0]).opacity", link));

        // a screen reader announces the heading by its title alone
        assertEquals("Learning objectives", heading.getAccessibleName());
        // Tab from the heading's text goes past the link to the next control
        js("arguments[0].tabIndex = -1; arguments[0].focus();", heading);
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertNotEquals(link, browser.driver().switchTo().activeElement());
        assertTrue((Boolean) js("return document.activeElement !== document.body"));
    }

    @Test
    void the_glossary_letters_are_chips_of_one_width_and_a_letter_without_terms_is_grey() {
        open("glossary/index.html", 1366, "light");
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>)
                js(
                        "return Array.from(document.querySelectorAll('.letters > *')).map(e => Math.round(e.getBoundingClientRect().width))");
        assertEquals(1, widths.stream().map(Number::longValue).distinct().count(), "widths " + widths);
        String missing = (String) js("return getComputedStyle(document.querySelector('.letters .letter-none')).color");
        String present = (String) js("return getComputedStyle(document.querySelector('.letters a')).color");
        assertNotEquals(present, missing);
    }

    @Test
    void search_results_line_up_with_the_field_and_the_button_is_as_tall_as_the_field() {
        EveryPageTypeTest.open("search.html?q=" + RealGuide.termName(), 1366, "light");
        double field = number("return document.getElementById('search-page-input').getBoundingClientRect().left");
        double result = number(
                "return document.querySelector('.search-page .search-results .result-title').getBoundingClientRect().left");
        assertEquals(field, result, 1, "results indented from the field");
        double fieldHeight =
                number("return document.getElementById('search-page-input').getBoundingClientRect().height");
        double buttonHeight =
                number("return document.querySelector('.search-page button').getBoundingClientRect().height");
        assertEquals(fieldHeight, buttonHeight, 1);
    }
}
