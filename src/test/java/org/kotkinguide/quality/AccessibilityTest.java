package org.kotkinguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        "chapters/soviet-geopolitics.html, light",
        "chapters/soviet-geopolitics.html, dark",
        "glossary/locarno.html, light",
        "glossary/locarno.html, dark",
        "glossary/index.html, light",
        "glossary/index.html, dark",
        "whos-who.html, light",
        "whos-who.html, dark",
        "bibliography.html, light",
        "bibliography.html, dark",
        "search.html?q=Locarno, light",
        "search.html?q=Locarno, dark",
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
        "flashcards/soviet-geopolitics.html, light"
    })
    void a_page_has_no_accessibility_violations(String page, String scheme) {
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
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(browser.driver());
        String violations = results.getViolations().stream()
                .map(AccessibilityTest::describe)
                .collect(Collectors.joining("\n"));
        assertEquals("", violations);
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .limit(5)
                        .collect(Collectors.joining(", "));
    }
}
