package org.kotkinguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kotkinguide.support.Axe;
import org.kotkinguide.support.OneBrowser;
import org.kotkinguide.support.RealGuide;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** axe-core (WCAG 2.1 A and AA, and best practices) finds nothing to fix, in light and dark schemes. */
class AccessibilityTest extends OneBrowser {
    @ParameterizedTest(name = "{0} in the {1} scheme")
    @CsvSource({
        "index.html, light",
        "index.html, dark",
        "a chapter, light",
        "a chapter, dark",
        "a term, light",
        "a term, dark",
        "glossary/index.html, light",
        "glossary/index.html, dark",
        "whos-who.html, light",
        "whos-who.html, dark",
        "bibliography.html, light",
        "bibliography.html, dark",
        "a search for a term, light",
        "a search for a term, dark",
        "download.html, light",
        "download.html, dark",
        "all.html, light",
        "all.html, dark",
        "404.html, light",
        "404.html, dark",
        "timeline.html, light",
        "timeline.html, dark",
        "flashcards.html, light",
        "flashcards.html, dark",
        "a chapter's flashcards, light"
    })
    void a_page_has_no_accessibility_violations(String name, String scheme) {
        String page = uri(name);
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setEmulatedMedia",
                        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        browser.driver()
                .get(RealGuide.site()
                                .folder()
                                .resolve(page.replaceAll("\\?.*", ""))
                                .toUri()
                        + (page.contains("?") ? page.substring(page.indexOf('?')) : ""));
        if (page.startsWith("search.html")) {
            browser.waiting()
                    .until(d -> !d.findElements(By.cssSelector(".search-page .search-results a"))
                            .isEmpty());
        }
        assertEquals("", Axe.violations(browser.driver()));
    }

    /** The page a test names, the real guide's pages found in its built site ({@link RealGuide}). */
    private static String uri(String name) {
        return switch (name) {
            case "a chapter" -> RealGuide.chapter();
            case "a term" -> RealGuide.term();
            case "a search for a term" -> "search.html?q=" + RealGuide.termName();
            case "a chapter's flashcards" -> "flashcards/" + RealGuide.chapterId() + ".html";
            default -> name;
        };
    }

    /** The check itself: a picture without a text alternative and a field without a label are found. */
    @Test
    void a_page_with_faults_is_not_passed(@TempDir Path folder) throws IOException {
        Path page = folder.resolve("faults.html");
        Files.writeString(page, """
                <!doctype html><html lang="en"><head><title>Faults</title></head>
                <body><main><h1>Faults</h1><img src="map.png"><input type="text"></main></body></html>
                """);
        browser.driver().get(page.toUri().toString());
        String violations = Axe.violations(browser.driver());
        assertTrue(violations.contains("image-alt: "), violations);
        assertTrue(violations.contains("label: "), violations);
    }
}
