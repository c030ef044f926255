package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.RealGuide;
import org.openqa.selenium.By;

/** The header's light / dark / system switch, opened from file://. */
class ColourSchemeSwitchTest extends BrowserTestBase {
    private static final String LIGHT = "rgb(253, 252, 249)";
    private static final String DARK = "rgb(23, 24, 27)";

    private static String background() {
        return (String) js("return getComputedStyle(document.body).backgroundColor");
    }

    private static void choose(String name) {
        for (int i = 0;
                i < 3
                        && !browser.driver()
                                .findElement(By.className("theme-name"))
                                .getText()
                                .equals(name);
                i++) {
            browser.driver().findElement(By.className("theme-switch")).click();
        }
        assertEquals(
                name, browser.driver().findElement(By.className("theme-name")).getText());
    }

    @Test
    void a_reader_on_a_light_system_can_choose_dark_and_the_choice_holds_on_the_next_page() {
        open("index.html", 1366, "light");
        assertEquals(LIGHT, background());
        choose("Dark");
        assertEquals(DARK, background());
        open(RealGuide.chapter(), 1366, "light");
        assertEquals(DARK, background());
        assertEquals(
                "Dark", browser.driver().findElement(By.className("theme-name")).getText());
        choose("System");
        assertEquals(LIGHT, background());
    }

    @Test
    void a_reader_on_a_dark_system_can_choose_light() {
        open("index.html", 1366, "dark");
        choose("System");
        assertEquals(DARK, background());
        choose("Light");
        assertEquals(LIGHT, background());
        browser.driver().navigate().refresh();
        assertEquals(LIGHT, background());
        choose("System");
    }

    @Test
    void the_choice_is_applied_before_the_first_stylesheet_so_the_page_never_flashes_the_other_scheme() {
        for (String uri : RealGuide.site().pages()) {
            if (uri.equals("404.html")) {
                continue; // its styles are inline: see NotFoundPageTest
            }
            Element head = RealGuide.site().page(uri).head();
            Element theme = head.selectFirst("script[src$=js/theme.js]");
            Element firstSheet = head.selectFirst("link[rel=stylesheet]");
            assertTrue(theme != null && firstSheet != null, uri);
            assertFalse(
                    theme.hasAttr("defer") || theme.hasAttr("async"),
                    uri + ": theme.js must run before the page is drawn");
            assertTrue(theme.siblingIndex() < firstSheet.siblingIndex(), uri + ": theme.js comes after a stylesheet");
        }
    }
}
