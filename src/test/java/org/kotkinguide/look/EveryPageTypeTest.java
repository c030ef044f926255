package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kotkinguide.support.OneBrowser;
import org.kotkinguide.support.RealGuide;
import org.openqa.selenium.By;

/**
 * What holds on every page type, on a desktop and a phone, in both colour schemes: a page's type
 * never borrows a component's look (a term page once underlined all its text, the bibliography
 * pushed its header right), nothing is wider than the screen, and the header fits.
 */
class EveryPageTypeTest extends OneBrowser {
    static final List<String> PAGES = List.of(
            "index.html",
            "chapters/soviet-geopolitics.html",
            "glossary/locarno.html",
            "glossary/index.html",
            "whos-who.html",
            "bibliography.html",
            "search.html?q=Locarno",
            "all.html",
            "404.html",
            "download.html");

    static Stream<Arguments> pagesScreensAndSchemes() {
        List<Arguments> all = new ArrayList<>();
        for (String page : PAGES) {
            for (int width : new int[] {1366, 390}) {
                for (String scheme : new String[] {"light", "dark"}) {
                    all.add(Arguments.of(page, width, scheme));
                }
            }
        }
        return all.stream();
    }

    static void open(String page, int width, String scheme) {
        browser.emulate(width, width > 600 ? 900 : 844, scheme, "screen");
        String file = page.replaceAll("\\?.*", "");
        browser.driver()
                .get(RealGuide.site().folder().resolve(file).toUri()
                        + (page.contains("?") ? page.substring(page.indexOf('?')) : ""));
        if (page.startsWith("search.html")) {
            browser.waiting()
                    .until(d -> !d.findElements(By.cssSelector(".search-page .search-results a"))
                            .isEmpty());
        }
    }

    @ParameterizedTest(name = "{0} at {1} px, {2}")
    @MethodSource("pagesScreensAndSchemes")
    void no_text_outside_a_link_is_underlined_or_struck(String page, int width, String scheme) {
        open(page, width, scheme);
        @SuppressWarnings("unchecked")
        List<String> decorated = (List<String>) browser.script("""
                return Array.from(document.querySelectorAll('body, body *'))
                  .filter(e => !e.closest('a, abbr, u, ins, del, s'))
                  .filter(e => getComputedStyle(e).textDecorationLine !== 'none')
                  .slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 40));""");
        assertEquals(List.of(), decorated);
    }

    @ParameterizedTest(name = "{0} at {1} px, {2}")
    @MethodSource("pagesScreensAndSchemes")
    void the_header_spans_the_screen_from_its_left_edge_and_nothing_is_wider_than_the_screen(
            String page, int width, String scheme) {
        open(page, width, scheme);
        assertEquals(
                0L,
                ((Number)
                                browser.script(
                                        "return Math.round(document.querySelector('.site-header').getBoundingClientRect().left)"))
                        .longValue());
        assertEquals("0px", browser.script("return getComputedStyle(document.body).paddingLeft"));
        long scrollWidth = ((Number) browser.script("return document.scrollingElement.scrollWidth")).longValue();
        assertTrue(
                scrollWidth <= width, "the page scrolls sideways: " + scrollWidth + " px on a " + width + " px screen");
    }

    @ParameterizedTest(name = "{0} at 390 px")
    @MethodSource("phonePages")
    void on_a_phone_the_header_links_share_one_line_and_the_search_box_shows_no_keyboard_hint(String page) {
        open(page, 390, "light");
        @SuppressWarnings("unchecked")
        List<Number> tops = (List<Number>)
                browser.script(
                        "return Array.from(document.querySelectorAll('.site-nav a')).map(a => Math.round(a.getBoundingClientRect().top))");
        assertEquals(4, tops.size());
        assertEquals(
                1,
                tops.stream().map(Number::longValue).distinct().count(),
                "a header link wraps onto its own line: " + tops);
        String placeholder = browser.driver().findElement(By.id("search-input")).getAttribute("placeholder");
        assertFalse(placeholder.toLowerCase().contains("press"), placeholder);
        assertEquals("none", browser.script("return getComputedStyle(document.querySelector('.search-key')).display"));
    }

    static Stream<String> phonePages() {
        return PAGES.stream();
    }
}
