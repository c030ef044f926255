package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Walking a chapter with Tab, every element that takes focus shows a ring that stands out from its background. */
class FocusTest extends BrowserTestBase {

    @Test
    void every_focusable_element_of_a_chapter_shows_where_focus_is() {
        for (String scheme : List.of("light", "dark")) {
            open("chapters/soviet-geopolitics.html", 1366, scheme);
            List<String> invisible = new ArrayList<>();
            String first = null;
            for (int i = 0; i < 400; i++) {
                new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
                WebElement focused = browser.driver().switchTo().activeElement();
                String id = (String) js(
                        "var e = arguments[0]; return e.tagName + ' ' + (e.getAttribute('href') || e.className || e.id) + ' ' + e.textContent.trim().slice(0, 30)",
                        focused);
                if (id.equals(first) || focused.getTagName().equals("body")) {
                    break;
                }
                if (first == null) {
                    first = id;
                }
                String ring = (String) js("""
                        var e = arguments[0], s = getComputedStyle(e);
                        if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) { return s.outlineColor; }
                        var after = getComputedStyle(e, '::after');
                        if (after.outlineStyle !== 'none' && parseFloat(after.outlineWidth) >= 2) { return after.outlineColor; }
                        return null;""", focused);
                if (ring == null) {
                    invisible.add(scheme + ": " + id);
                } else {
                    String background = (String) js("return getComputedStyle(document.body).backgroundColor");
                    if (Colours.contrast(ring, background) < 3) {
                        invisible.add(scheme + ": " + id + " ring " + ring + " on " + background);
                    }
                }
            }
            assertTrue(first != null);
            assertEquals(List.of(), invisible);
        }
    }
}
