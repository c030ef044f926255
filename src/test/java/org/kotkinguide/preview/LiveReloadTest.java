package org.kotkinguide.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.pipeline.BuildOptions;
import org.kotkinguide.support.Browser;
import org.kotkinguide.support.GuideFolders;
import org.openqa.selenium.By;

/**
 * An author keeps a chapter open in the browser while writing: each save shows up by itself, at the
 * place they were reading, and a save that breaks the build shows its errors over the last good page.
 */
@Tag("integration")
class LiveReloadTest {
    @TempDir
    Path work;

    @Test
    void a_save_reloads_the_open_page_at_the_same_section_and_a_broken_save_shows_its_errors() throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        Path chapter = guide.resolve("content/chapters/mouths.adoc");
        // a long first section, so that the reader can scroll down to the second one
        Files.writeString(
                chapter,
                Files.readString(chapter)
                        .replace(
                                "[#ends]\n== Ends\n",
                                "[#ends]\n== Ends\n\n" + "Rivers carry silt to the sea.\n\n".repeat(80)
                                        + "[#further]\n== Further\n\nMore.\n\n" + "Deltas build land.\n\n".repeat(40)));
        Path site = work.resolve("preview/site");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Browser browser = Browser.shared();
        try (PreviewServer server =
                PreviewServer.start(BuildOptions.of(guide, site).withoutPdf(), 0, quiet, quiet)) {
            browser.driver().get(server.url() + "chapters/mouths.html");
            browser.script("document.getElementById('further').scrollIntoView()");
            long before = Math.round(((Number) browser.script("return window.scrollY")).doubleValue());
            assertTrue(before > 500, "the reader scrolled down");
            String top = "return Math.round(document.getElementById('further').getBoundingClientRect().top)";
            double readingAt = ((Number) browser.script(top)).doubleValue();

            // text added above the section the reader is at: their place must follow the section, not the pixel
            Files.writeString(
                    chapter,
                    Files.readString(chapter)
                            .replaceFirst(
                                    "Rivers carry silt to the sea.\n\n",
                                    "A new first paragraph.\n\n".repeat(20) + "Rivers carry silt to the sea.\n\n")
                            .replace("More.", "More, edited."));
            waiting(browser).until(d -> d.getPageSource().contains("More, edited."));
            try {
                // the page restores the place once it has loaded its stylesheets
                waiting(browser)
                        .withTimeout(Duration.ofSeconds(5))
                        .until(d -> Math.abs(((Number) browser.script(top)).doubleValue() - readingAt) < 20);
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError(
                        "the reader should still be at the section they read; its top is at " + browser.script(top)
                                + " px, was " + readingAt + " px, scrolled to "
                                + browser.script("return window.scrollY"),
                        e);
            }

            Files.writeString(chapter, Files.readString(chapter).replace("term:delta[]", "term:deltta[]"));
            waiting(browser)
                    .until(d -> !d.findElements(By.id("preview-overlay")).isEmpty());
            String overlay =
                    browser.driver().findElement(By.id("preview-overlay")).getText();
            assertTrue(overlay.contains("content/chapters/mouths.adoc:"), overlay);
            assertTrue(overlay.contains("unknown glossary term 'deltta'"), overlay);
            assertTrue(overlay.contains("term:deltta[]"), "the source line is shown: " + overlay);
            assertTrue(browser.driver().getPageSource().contains("More, edited."), "the last good page is underneath");
            // hidden, it stays hidden while the page keeps asking for news (every quarter second)
            browser.driver()
                    .findElement(By.cssSelector("#preview-overlay .preview-hide"))
                    .click();
            Thread.sleep(1000);
            assertTrue(browser.driver().findElements(By.id("preview-overlay")).isEmpty(), "hidden until the next save");

            Files.writeString(chapter, Files.readString(chapter).replace("term:deltta[]", "term:delta[]"));
            waiting(browser).until(d -> d.findElements(By.id("preview-overlay")).isEmpty());

            // a save that builds with a warning (a term named before its link): a small note in a corner
            Files.writeString(
                    chapter,
                    Files.readString(chapter)
                            .replace(
                                    "Most rivers end at a term:delta[].",
                                    "A delta is flat.\n\nMost rivers end at a term:delta[]."));
            waiting(browser)
                    .until(d -> !d.findElements(By.id("preview-warnings")).isEmpty());
            var note = browser.driver().findElement(By.id("preview-warnings"));
            assertEquals("1 warning", note.findElement(By.tagName("summary")).getText());
            assertEquals("fixed", note.getCssValue("position"));
            long width = ((Number) browser.script("return window.innerWidth")).longValue();
            long height = ((Number) browser.script("return window.innerHeight")).longValue();
            var box = note.getRect();
            assertTrue(
                    box.getX() + box.getWidth() > width - 40 && box.getY() + box.getHeight() > height - 40,
                    "in the bottom right corner: " + box.getX() + "," + box.getY() + " " + box.getWidth() + "×"
                            + box.getHeight() + " of " + width + "×" + height);
            assertTrue(
                    box.getWidth() < width / 2 && box.getHeight() < height / 4, "small, the page readable beside it");
            assertTrue(browser.driver().findElements(By.id("preview-overlay")).isEmpty(), "a warning is no error");
            note.findElement(By.tagName("summary")).click();
            Thread.sleep(1000);
            // opened, it stays open while the page keeps asking for news
            assertEquals("true", note.getDomProperty("open"));
            assertTrue(note.getText().contains("'delta' is in the glossary"), note.getText());
            // no failed request or script error from the reloading itself (the favicon is the site's own business)
            java.util.List<String> errors = browser.consoleErrors().stream()
                    .filter(e -> !e.contains("favicon"))
                    .toList();
            assertTrue(errors.isEmpty(), String.valueOf(errors));
        }
        assertNoReloadScriptIn(site);
    }

    @Test
    void the_built_site_has_no_reload_script() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Path site = work.resolve("built/site");
        assertEquals(0, org.kotkinguide.support.BuildRun.build(guide, site).exitCode());
        assertNoReloadScriptIn(site);
    }

    private static void assertNoReloadScriptIn(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertFalse(
                        Files.readString(page).contains("__preview"), page + " must not carry the preview's script");
            }
        }
    }

    private static org.openqa.selenium.support.ui.WebDriverWait waiting(Browser browser) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    }
}
