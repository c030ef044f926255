package org.kotkinguide.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.support.Browser;
import org.kotkinguide.support.RealGuide;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A student unzips the offline copy and reads it from the disk, with no network. */
@Tag("integration")
class OfflineCopyTest {
    @TempDir
    static Path unzipped;

    static Path folder;
    static Browser browser;

    @BeforeAll
    static void unzip() throws IOException {
        Path zip = RealGuide.site().folder().resolveSibling("study-guide-offline.zip");
        List<String> tops = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = unzipped.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(unzipped), "entry outside the folder: " + entry.getName());
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                String top = entry.getName().substring(0, entry.getName().indexOf('/'));
                if (!tops.contains(top)) {
                    tops.add(top);
                }
            }
        }
        assertEquals(List.of("kotkin-study-guide"), tops, "one top folder");
        folder = unzipped.resolve(tops.get(0));
        // a Chromium of its own, which records every request (the JVM's shared one records none)
        browser = Browser.startWithNetworkLog();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void the_copy_holds_the_site_with_index_html_at_its_root_and_the_pdf() {
        assertTrue(Files.isRegularFile(folder.resolve("index.html")));
        assertTrue(Files.isRegularFile(folder.resolve("downloads/study-guide.pdf")));
        assertTrue(Files.isRegularFile(folder.resolve("all.html")));
    }

    @Test
    void the_copy_leaves_out_the_build_s_manifest_of_the_site() throws IOException {
        assertTrue(
                Files.isRegularFile(RealGuide.site().folder().resolve(GuideLoader.SITE_MARKER)),
                "the published site holds it");
        try (var files = Files.walk(unzipped)) {
            assertEquals(
                    List.of(),
                    files.filter(file -> file.getFileName().toString().equals(GuideLoader.SITE_MARKER))
                            .toList(),
                    "a student's copy has no file of the build's own");
        }
    }

    @Test
    void every_link_and_anchor_in_the_unzipped_copy_resolves() {
        assertEquals(List.of(), new org.kotkinguide.support.Site(folder).brokenLinks());
    }

    @Test
    void reading_following_a_term_and_searching_request_nothing_outside_the_folder() {
        browser.requestedUrls();
        browser.driver().get(folder.resolve(RealGuide.chapter()).toUri().toString());
        WebElement term = browser.driver().findElement(By.cssSelector("main a.term"));
        String expected = term.getAttribute("href");
        term.click();
        browser.waiting().until(ExpectedConditions.urlToBe(expected));

        WebElement box = browser.driver().findElement(By.id("search-input"));
        box.sendKeys(RealGuide.termName());
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector(".search-box .search-results a"))
                        .isEmpty());
        box.sendKeys(Keys.ARROW_DOWN);
        WebElement result = browser.driver().switchTo().activeElement();
        String target = result.getAttribute("href");
        result.sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlToBe(target));
        // the result carries the searched words for the opened page to mark
        assertTrue(target.replaceAll("\\?highlight=[^#]*", "").endsWith(RealGuide.term()), target);

        List<String> requests = browser.requestedUrls();
        assertFalse(requests.isEmpty(), "the performance log recorded no request");
        String inside = folder.toUri().toString();
        for (String url : requests) {
            assertTrue(url.startsWith(inside), "requested outside the offline folder: " + url);
        }
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void a_terms_definition_shows_when_the_link_has_keyboard_focus() {
        browser.driver().get(folder.resolve(RealGuide.chapter()).toUri().toString());
        WebElement term = browser.driver().findElement(By.cssSelector("main a.term"));
        WebElement tip = browser.driver().findElement(By.id(term.getAttribute("aria-describedby")));
        assertFalse(tip.isDisplayed());
        browser.script("arguments[0].focus()", term);
        assertTrue(tip.isDisplayed(), "focus shows the definition");
        term.sendKeys(Keys.ESCAPE);
        assertFalse(tip.isDisplayed(), "Escape hides it");
    }
}
