package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.RealGuide;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** Walking a chapter with Tab, every element that takes focus shows a ring that stands out from its background. */
class FocusTest extends BrowserTestBase {

    @Test
    void every_focusable_element_of_a_chapter_shows_where_focus_is() {
        for (String scheme : List.of("light", "dark")) {
            open(RealGuide.chapter(), 1366, scheme);
            List<String> invisible = new ArrayList<>();
            String first = null;
            for (int i = 0; i < 400; i++) {
                new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
                // what has focus now, and the ring it shows (null for none), read in one call
                @SuppressWarnings("unchecked")
                List<String> now = (List<String>) js("""
                        var e = document.activeElement, s = getComputedStyle(e), ring = null;
                        if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) { ring = s.outlineColor; }
                        var after = getComputedStyle(e, '::after');
                        if (!ring && after.outlineStyle !== 'none' && parseFloat(after.outlineWidth) >= 2) { ring = after.outlineColor; }
                        return [e.tagName + ' ' + (e.getAttribute('href') || e.className || e.id) + ' ' + e.textContent.trim().slice(0, 30),
                            e === document.body ? 'body' : '', ring, getComputedStyle(document.body).backgroundColor];""");
                String id = now.get(0);
                if (id.equals(first) || now.get(1).equals("body")) {
                    break;
                }
                if (first == null) {
                    first = id;
                }
                String ring = now.get(2);
                if (ring == null) {
                    invisible.add(scheme + ": " + id);
                } else {
                    String background = now.get(3);
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
