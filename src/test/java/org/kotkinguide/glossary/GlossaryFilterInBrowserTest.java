package org.kotkinguide.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kotkinguide.support.RealGuide;
import org.kotkinguide.support.RealGuideInBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The glossary's category filter, in Chromium, from the disk and under a sub-path: a reload keeps it. */
class GlossaryFilterInBrowserTest extends RealGuideInBrowser {
    private static void open(String how) {
        browser.driver()
                .get(
                        how.equals("http")
                                ? server.url("glossary/index.html")
                                : RealGuide.site()
                                        .folder()
                                        .resolve("glossary/index.html")
                                        .toUri()
                                        .toString());
    }

    /** The categories of the entries on screen, in one round trip (two per entry took seconds per reading). */
    private static List<?> shownCategories() {
        return (List<?>) browser.script("""
                return [...new Set([...document.querySelectorAll('.term-entry')]
                    .filter(e => e.checkVisibility())
                    .map(e => e.getAttribute('data-category')))];""");
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void the_category_chosen_survives_a_reload_and_a_visit_to_a_term(String how) {
        open(how);
        browser.script("window.sessionStorage.clear()");
        browser.driver().navigate().refresh();
        assertTrue(shownCategories().size() > 1, "every category at first");
        browser.driver()
                .findElement(By.cssSelector(".glossary-filter button[data-category='Person']"))
                .click();
        assertEquals(List.of("Person"), shownCategories());
        // a screen reader hears what the filter left, as the timeline's filter says its count
        List<?> status = (List<?>) browser.script("""
                var entries = document.querySelectorAll('.term-entry');
                var shown = [...entries].filter(e => e.checkVisibility()).length;
                var count = document.querySelector('.glossary-count');
                return [count.getAttribute('role'), count.textContent, shown + ' of ' + entries.length + ' terms',
                    [...document.querySelectorAll('.letters a:not([href])')]
                        .every(a => a.textContent.includes('(no terms shown)'))];""");
        assertEquals("status", status.get(0));
        assertEquals(status.get(2), status.get(1));
        assertEquals(Boolean.TRUE, status.get(3), "a letter left with no term shown is not announced as one");

        browser.driver().navigate().refresh();
        assertEquals(List.of("Person"), shownCategories(), "after a reload");
        assertEquals(
                "true",
                browser.driver()
                        .findElement(By.cssSelector(".glossary-filter button[data-category='Person']"))
                        .getAttribute("aria-pressed"));

        // to a term and back
        WebElement term = browser.driver().findElements(By.cssSelector(".term-entry dt a")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseThrow();
        browser.script("arguments[0].scrollIntoView({block: 'center'})", term);
        term.click();
        browser.driver().navigate().back();
        assertEquals(List.of("Person"), shownCategories(), "back from a term's page");

        // "All" is kept too
        browser.driver()
                .findElement(By.cssSelector(".glossary-filter button[data-category='']"))
                .click();
        browser.driver().navigate().refresh();
        assertTrue(shownCategories().size() > 1);
    }
}
