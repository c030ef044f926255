package org.kotkinguide.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * For tests that read the real guide as a student does in Chromium: one browser, and the built site
 * served under a sub-path ({@code /guide/}) as well as on the disk, for the whole test class.
 */
public abstract class RealGuideInBrowser extends OneBrowser {
    protected static LocalServer server;

    @BeforeAll
    static void startServer() {
        server = LocalServer.serve(RealGuide.site().folder(), "/guide/");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }
}
