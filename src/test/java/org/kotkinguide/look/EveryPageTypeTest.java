package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
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
            RealGuide.chapter(),
            RealGuide.term(),
            "glossary/index.html",
            "whos-who.html",
            "bibliography.html",
            "search.html?q=" + RealGuide.termName(),
            "all.html",
            "404.html",
            "download.html",
            "flashcards.html",
            "timeline.html");

    /**
     * Each page type at each screen and scheme, opened once for both of what a student must see there
     * (the two checks only read the page): 40 page loads instead of 80.
     */
    @TestFactory
    Stream<DynamicContainer> every_page_type_on_a_desktop_and_a_phone_in_both_schemes() {
        List<DynamicContainer> all = new ArrayList<>();
        for (String page : PAGES) {
            for (int width : new int[] {1366, 390}) {
                for (String scheme : new String[] {"light", "dark"}) {
                    all.add(DynamicContainer.dynamicContainer(
                            page + " at " + width + " px, " + scheme,
                            Stream.of(
                                    DynamicTest.dynamicTest(
                                            "no text outside a link is underlined or struck",
                                            () -> assertNoTextOutsideALinkIsDecorated(page, width, scheme)),
                                    DynamicTest.dynamicTest(
                                            "the header spans the screen from its left edge and nothing is wider than"
                                                    + " the screen",
                                            () -> assertHeaderSpansTheScreenAndNothingIsWider(page, width, scheme)),
                                    DynamicTest.dynamicTest(
                                            "every button is in the guide's own type and big enough to tap",
                                            () -> assertEveryButtonIsTheGuidesAndBigEnoughToTap(
                                                    page, width, scheme)))));
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

    /** The page, screen and scheme the browser shows now, as the last {@link #openOnce} left it. */
    private static String shown;

    /** Opens the page unless the browser already shows it at that screen and scheme, untouched since. */
    private static void openOnce(String page, int width, String scheme) {
        String wanted = page + " " + width + " " + scheme;
        if (!wanted.equals(shown)) {
            open(page, width, scheme);
            shown = wanted;
        }
    }

    private static void assertNoTextOutsideALinkIsDecorated(String page, int width, String scheme) {
        openOnce(page, width, scheme);
        @SuppressWarnings("unchecked")
        List<String> decorated = (List<String>) browser.script("""
                return Array.from(document.querySelectorAll('body, body *'))
                  .filter(e => !e.closest('a, abbr, u, ins, del, s'))
                  .filter(e => getComputedStyle(e).textDecorationLine !== 'none')
                  .slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 40));""");
        assertEquals(List.of(), decorated);
    }

    private static void assertHeaderSpansTheScreenAndNothingIsWider(String page, int width, String scheme) {
        openOnce(page, width, scheme);
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

    /**
     * A button left to the browser's own look (small grey system type, about 20 px high) stood out on
     * every chapter and was hard to tap on a phone: every button shown is set in one of the guide's two
     * types (the interface's, or the body's on a flashcard), and is at least 24 by 24 px, the smallest target WCAG 2.5.8 allows. A file field's button is measured
     * as the field, and its type is the field's.
     */
    private static void assertEveryButtonIsTheGuidesAndBigEnoughToTap(String page, int width, String scheme) {
        openOnce(page, width, scheme);
        @SuppressWarnings("unchecked")
        List<String> wrong = (List<String>) browser.script("""
                const fonts = ['var(--font-ui)', 'var(--font-body)'].map(font => {
                  const probe = document.createElement('span');
                  probe.style.fontFamily = font;
                  document.body.appendChild(probe);
                  const family = getComputedStyle(probe).fontFamily;
                  probe.remove();
                  return family;
                });
                return Array.from(document.querySelectorAll('button, input[type=file]'))
                  .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
                  .flatMap(e => {
                    const box = e.getBoundingClientRect();
                    const type = e.type === 'file' ? getComputedStyle(e, '::file-selector-button') : getComputedStyle(e);
                    const name = (e.className || e.type) + ' "' + (e.textContent || '').trim().slice(0, 30) + '"';
                    const faults = [];
                    if (!fonts.includes(type.fontFamily)) { faults.push(name + ' in ' + type.fontFamily); }
                    if (box.width < 24 || box.height < 24) {
                      faults.push(name + ' ' + Math.round(box.width) + ' by ' + Math.round(box.height) + ' px');
                    }
                    return faults;
                  });""");
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest(name = "{0} at 390 px")
    @MethodSource("phonePages")
    void on_a_phone_the_header_links_share_one_line_and_the_search_box_shows_no_keyboard_hint(String page) {
        open(page, 390, "light");
        shown = null;
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
