package org.kotkinguide.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.Browser;
import org.kotkinguide.support.RealGuide;
import org.openqa.selenium.chrome.ChromeDriver;

/** A student sees the three kinds of statement apart on a real chapter, on a phone and a desktop, light, dark and printed. */
@Tag("integration")
class StatementsInBrowserTest {
    static Browser browser;

    /** For each kind: its label's text, shown height, text-transform and colour, and the block's left line style and width. */
    private static final String LOOK = """
            return ['notes-say', 'guide-infers', 'background'].map(kind => {
              const block = document.querySelector('main .' + kind);
              const label = block.querySelector('.title');
              const b = getComputedStyle(block), l = getComputedStyle(label);
              return [label.textContent, String(label.getBoundingClientRect().height > 0), l.textTransform, l.color,
                      b.borderLeftStyle, b.borderLeftColor, String(block.getBoundingClientRect().right <= innerWidth)];
            });""";

    @BeforeAll
    static void start() {
        // the test JVM's one Chromium, as if just started (closed when the JVM ends)
        browser = Browser.shared();
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> look(String scheme, String media, int width) {
        ChromeDriver driver = (ChromeDriver) browser.driver();
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("media", media, "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        driver.get(
                RealGuide.site().folder().resolve(RealGuide.chapter()).toUri().toString());
        return (List<List<String>>) browser.script(LOOK);
    }

    @Test
    void each_kind_has_its_label_in_words_and_its_own_line_on_a_phone() {
        List<List<String>> kinds = look("light", "screen", 390);
        assertEquals(
                List.of("The reading, as the notes report it", "The guide infers", "Background"),
                kinds.stream().map(k -> k.get(0)).toList());
        for (List<String> kind : kinds) {
            assertEquals("true", kind.get(1), kind.get(0) + " label is not shown");
            assertEquals("uppercase", kind.get(2), kind.get(0));
            assertEquals("true", kind.get(6), kind.get(0) + " is wider than the phone");
        }
        assertEquals(
                List.of("solid", "dashed", "dotted"),
                kinds.stream().map(k -> k.get(4)).toList(),
                "the kinds differ by line style as well as colour");
        assertEquals(3, kinds.stream().map(k -> k.get(5)).distinct().count(), "three line colours");
    }

    @Test
    void the_dark_scheme_sets_its_own_label_colours() {
        List<List<String>> light = look("light", "screen", 1280);
        List<List<String>> dark = look("dark", "screen", 1280);
        for (int i = 0; i < 3; i++) {
            assertNotEquals(
                    light.get(i).get(3),
                    dark.get(i).get(3),
                    light.get(i).get(0) + " keeps its light colour in the dark");
        }
    }

    @Test
    void on_paper_the_labels_are_black_and_the_line_styles_remain() {
        List<List<String>> print = look("light", "print", 1280);
        for (List<String> kind : print) {
            assertEquals("rgb(0, 0, 0)", kind.get(3), kind.get(0) + " label on paper");
            assertEquals("true", kind.get(1), kind.get(0) + " label is not printed");
        }
        assertEquals(
                List.of("solid", "dashed", "dotted"),
                print.stream().map(k -> k.get(4)).toList());
    }
}
