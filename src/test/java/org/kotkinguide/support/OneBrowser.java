package org.kotkinguide.support;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * For browser tests: one headless Chromium for the whole test class, as if just started; the JVM's
 * one Chromium ({@link Browser#shared}), so a class pays no start of its own.
 */
@Tag("integration")
public abstract class OneBrowser {
    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.shared();
    }
}
