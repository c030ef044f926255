package org.kotkinguide.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * For tests that read the real guide as a student does in Chromium: one browser, and the built site
 * served under a sub-path ({@code /guide/}) as well as on the disk, for the whole test class.
 */
public abstract class RealGuideInBrowser {
    protected static Browser browser;
    protected static LocalServer server;

    @BeforeAll
    static void startBrowserAndServer() {
        browser = Browser.start();
        server = LocalServer.serve(RealGuide.site().folder(), "/guide/");
    }

    @AfterAll
    static void stopBrowserAndServer() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
