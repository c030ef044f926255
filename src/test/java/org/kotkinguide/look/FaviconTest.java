package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.RealGuide;

/** Every page names the guide's icon, so no browser asks the server for a missing /favicon.ico. */
@Tag("integration")
class FaviconTest {

    @Test
    void every_page_links_an_svg_icon_that_the_site_has() throws IOException {
        for (String uri : RealGuide.site().pages()) {
            Element icon = RealGuide.site().page(uri).selectFirst("head link[rel=icon]");
            assertNotNull(icon, uri);
            Path file = RealGuide.site()
                    .folder()
                    .resolve(uri)
                    .resolveSibling(icon.attr("href"))
                    .normalize();
            assertTrue(Files.readString(file).contains("<svg"), uri + ": " + icon.attr("href"));
        }
    }
}
