package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kotkinguide.support.Browser;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every AsciiDoc block an author may use, as the second fixture guide shows them
 * ({@code guides/minimal}, chapter "Where Rivers Begin", section "Ways to set text apart"), is
 * styled on screen: set apart from the text around it, and never wider than a phone.
 */
@Tag("integration")
class BlockStylesTest {
    @TempDir
    static Path work;

    static Browser browser;
    static Path site;

    @BeforeAll
    static void build() {
        BuildRun run = BuildRun.build(GuideFolders.fixture("minimal", work), work.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        site = work.resolve("site");
        // the test JVM's one Chromium, as if just started (closed when the JVM ends)
        browser = Browser.shared();
    }

    private static void open(int width, String scheme) {
        browser.emulate(width, width > 600 ? 900 : 844, scheme, "screen");
        browser.consoleErrors();
        browser.driver().get(site.resolve("chapters/sources.html").toUri().toString());
    }

    private static WebElement find(String selector) {
        return browser.driver().findElement(By.cssSelector(selector));
    }

    @ParameterizedTest(name = "{0} scheme")
    @ValueSource(strings = {"light", "dark"})
    void each_admonition_kind_has_its_own_visible_colour_and_its_label(String scheme) {
        open(1366, scheme);
        Set<String> colours = new HashSet<>();
        for (String kind : List.of("note", "tip", "important", "warning", "caution")) {
            WebElement block = find(".admonitionblock." + kind);
            assertTrue(block.isDisplayed(), kind + " is hidden");
            assertEquals("4px", block.getCssValue("border-left-width"), kind);
            colours.add(block.getCssValue("border-left-color"));
            WebElement label = block.findElement(By.cssSelector("td.icon .title"));
            assertEquals(kind.toUpperCase(), label.getText());
            assertTrue(
                    Colours.contrast(label.getCssValue("color"), block.getCssValue("background-color")) >= 4.5,
                    kind + " label contrast");
        }
        assertEquals(5, colours.size(), "two kinds look alike: " + colours);
    }

    @Test
    void a_table_is_ruled_with_its_header_row_set_apart() {
        open(1366, "light");
        WebElement cell = find("table.tableblock td");
        assertEquals("1px", cell.getCssValue("border-top-width"));
        WebElement header = find("table.tableblock thead th");
        assertNotEquals(header.getCssValue("background-color"), cell.getCssValue("background-color"));
        assertEquals("700", header.getCssValue("font-weight"));
    }

    @Test
    void a_table_gives_its_columns_the_widths_the_author_asked_for() {
        // [cols="1,2"]: the second column twice as wide as the first, whatever their text
        open(1000, "light");
        List<WebElement> header = browser.driver().findElements(By.cssSelector("table.tableblock thead th"));
        double first = header.get(0).getRect().getWidth();
        double second = header.get(1).getRect().getWidth();
        assertEquals(2.0, second / first, 0.1, "column widths " + first + " and " + second);
    }

    @Test
    void an_image_keeps_within_the_text_on_a_phone_with_its_caption_under_it() {
        open(390, "light");
        WebElement image = find(".imageblock img");
        assertTrue(image.getRect().getX() + image.getRect().getWidth() <= 390, "the image is wider than the phone");
        WebElement caption = find(".imageblock > .title");
        assertTrue(
                caption.getRect().getY()
                        >= image.getRect().getY() + image.getRect().getHeight(),
                "the caption is not under the image");
        assertTrue(((Number) browser.script("return document.scrollingElement.scrollWidth")).intValue() <= 390);
    }

    @Test
    void a_block_quote_is_indented_with_a_rule_and_its_attribution_under_it() {
        open(1366, "light");
        WebElement quote = find(".quoteblock blockquote");
        assertEquals("3px", quote.getCssValue("border-left-width"));
        assertEquals("italic", quote.getCssValue("font-style"));
        WebElement attribution = find(".quoteblock .attribution");
        assertTrue(attribution.getText().contains("Example Author"));
        assertTrue(attribution.getRect().getY() > quote.getRect().getY());
    }

    @Test
    void a_sidebar_and_an_example_are_boxed_apart_from_the_text() {
        open(1366, "light");
        WebElement sidebar = find(".sidebarblock");
        assertEquals("1px", sidebar.getCssValue("border-top-width"));
        assertNotEquals("rgba(0, 0, 0, 0)", sidebar.getCssValue("background-color"));
        WebElement example = find(".exampleblock > .content");
        assertEquals("dashed", example.getCssValue("border-top-style"));
    }

    @Test
    void a_page_with_every_kind_of_block_logs_no_error() {
        open(1366, "light");
        assertEquals(List.of(), browser.consoleErrors());
    }
}
