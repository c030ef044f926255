package org.kotkinguide.cite;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.Browser;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.RealGuide;
import org.kotkinguide.support.Site;
import org.openqa.selenium.By;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Cite this page" on chapters and terms: the guide's CSL style, the page's address when hosted, BibTeX and RIS to download. */
@Tag("integration")
class CiteThisPageTest {
    @TempDir
    static Path work;

    @Test
    void a_chapter_gives_its_reference_in_the_guides_style() {
        Document chapter = RealGuide.site().page("chapters/soviet-geopolitics.html");
        // chicago-author-date, as the bibliography: author, year, "title", the guide, the edition's date
        assertEquals("Kotkin Study Guide editors. 2026. “Soviet Geopolitics.” Kotkin Study Guide: The Soviet Challenge to Pax"
                + " Anglo-America. November 25, 2026.", chapter.selectFirst(".cite-page-entry").text());
        Document term = RealGuide.site().page("glossary/locarno.html");
        assertTrue(term.selectFirst(".cite-page-entry").text().contains("“" + term.selectFirst("h1").text() + ".”"));
    }

    @Test
    void the_page_and_the_reading_download_as_bibtex_and_ris_that_reference_managers_read() throws Exception {
        Site site = RealGuide.site();
        Document chapter = site.page("chapters/soviet-geopolitics.html");
        List<String> downloads = chapter.select(".cite-page-downloads a[download]").eachAttr("href");
        assertEquals(List.of("../cite/chapters-soviet-geopolitics.bib", "../cite/chapters-soviet-geopolitics.ris",
                "../cite/reading.bib", "../cite/reading.ris"), downloads);
        BibTeXDatabase page = new BibTeXParser().parse(new StringReader(
                Files.readString(site.folder().resolve("cite/chapters-soviet-geopolitics.bib"))));
        BibTeXEntry entry = page.getEntries().values().iterator().next();
        assertEquals("Soviet Geopolitics", entry.getField(BibTeXEntry.KEY_TITLE).toUserString());
        BibTeXDatabase reading = new BibTeXParser().parse(new StringReader(Files.readString(site.folder().resolve("cite/reading.bib"))));
        assertEquals("553--563", reading.resolveEntry(new Key("kotkin2014")).getField(BibTeXEntry.KEY_PAGES).toUserString());
        String ris = Files.readString(site.folder().resolve("cite/reading.ris"));
        assertTrue(ris.startsWith("TY  - BOOK\r\n") && ris.contains("AU  - Kotkin, Stephen\r\n") && ris.contains("SP  - 553\r\n")
                && ris.endsWith("ER  - \r\n"), ris);
    }

    @Test
    void with_site_host_set_the_reference_and_downloads_carry_the_pages_address() throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(guide.resolve("jbake.properties"), "\nsite.host=https://example.org/rivers\n", StandardOpenOption.APPEND);
        Path output = work.resolve("hosted");
        BuildRun run = BuildRun.build(guide, output);
        assertEquals(0, run.exitCode(), run.err());
        Site site = new Site(output);
        assertTrue(site.page("chapters/mouths.html").selectFirst(".cite-page-entry").text()
                .contains("https://example.org/rivers/chapters/mouths.html"));
        assertTrue(Files.readString(output.resolve("cite/chapters-mouths.bib")).contains("url = {https://example.org/rivers/chapters/mouths.html}"));
        assertTrue(Files.readString(output.resolve("cite/chapters-mouths.ris")).contains("UR  - https://example.org/rivers/chapters/mouths.html\r\n"));
    }

    @Test
    void the_copy_button_copies_or_selects_the_reference() {
        try (Browser browser = Browser.start()) {
            browser.driver().get(RealGuide.site().folder().resolve("glossary/locarno.html").toUri().toString());
            var button = browser.driver().findElement(By.cssSelector(".cite-page-copy"));
            browser.script("arguments[0].scrollIntoView({block: 'center'})", button);
            button.click();
            browser.waiting().until(d -> !d.findElement(By.cssSelector(".cite-page-copied")).getText().isEmpty());
            String said = browser.driver().findElement(By.cssSelector(".cite-page-copied")).getText();
            String selected = (String) browser.script("return window.getSelection().toString()");
            assertTrue(said.equals("Copied.") || (said.startsWith("Selected") && selected.contains("Locarno")), said);
        }
    }

    @Test
    void without_javascript_the_copy_button_stays_hidden_and_the_downloads_remain() {
        Document term = RealGuide.site().page("glossary/locarno.html");
        assertTrue(term.selectFirst(".cite-page-copy-line").hasAttr("hidden"));
        assertEquals(4, term.select(".cite-page-downloads a[download]").size());
    }
}
