package org.kotkinguide.look;

import org.kotkinguide.support.OneBrowser;
import org.kotkinguide.support.RealGuide;

/** One Chromium for a test class ({@link OneBrowser}), and a way to open a page of the real guide as a reader would. */
abstract class BrowserTestBase extends OneBrowser {
    /** Opens {@code page} (with an optional ?query) of the real guide from file:// on a {@code width} px screen. */
    static void open(String page, int width, String scheme) {
        browser.emulate(width, width > 600 ? 900 : 844, scheme, "screen");
        String file = page.replaceAll("[?#].*", "");
        browser.driver().get(RealGuide.site().folder().resolve(file).toUri() + page.substring(file.length()));
    }

    static Object js(String script, Object... args) {
        return browser.script(script, args);
    }

    static double number(String script, Object... args) {
        return ((Number) browser.script(script, args)).doubleValue();
    }
}
