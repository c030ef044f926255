package org.kotkinguide.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
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
import org.kotkinguide.support.LocalServer;
import org.kotkinguide.support.Site;
import org.openqa.selenium.By;

/** "Cite this page" on chapters and terms: the guide's CSL style, the page's address when hosted, BibTeX and RIS to download. */
class CiteThisPageTest {
    @TempDir
    static Path work;

    private static Site site;

    /** The minimal guide, with an author and a date for its pages' references, built once for the tests that only read it. */
    private static synchronized Site citedGuide() throws Exception {
        if (site == null) {
            Path guide = GuideFolders.fixture("minimal", work.resolve("cited"));
            Files.writeString(guide.resolve("jbake.properties"), """

                    guide.author=River Guide editors
                    guide.date=3 March 2024
                    """, StandardOpenOption.APPEND);
            // one page with a "Last updated" day of its own, as git or :revdate: gives it
            Path sources = guide.resolve("content/chapters/sources.adoc");
            Files.writeString(
                    sources,
                    Files.readString(sources).replace(":jbake-order: 1\n", ":jbake-order: 1\n:revdate: 2025-01-10\n"));
            Path output = work.resolve("cited/out/site");
            BuildRun run = BuildRun.build(guide, output);
            assertEquals(0, run.exitCode(), run.err());
            site = new Site(output);
        }
        return site;
    }

    @Test
    void a_chapter_gives_its_reference_in_the_guides_style() throws Exception {
        Document chapter = citedGuide().page("chapters/mouths.html");
        // chicago-author-date, as the bibliography: author, year, "title", the guide (title-cased), the edition's date
        assertEquals(
                "River Guide editors. 2024. “Where Rivers End.” Example Reading Guide: A Fixture Guide for the Tests."
                        + " March 3, 2024.",
                chapter.selectFirst(".cite-page-entry").text());
        Document term = citedGuide().page("glossary/delta.html");
        assertTrue(term.selectFirst(".cite-page-entry")
                .text()
                .contains("“" + term.selectFirst("h1").text() + ".”"));
    }

    @Test
    void a_page_that_says_when_it_was_last_updated_is_cited_by_that_day() throws Exception {
        Document chapter = citedGuide().page("chapters/sources.html");
        assertEquals(
                "2025-01-10", chapter.selectFirst(".updated time[datetime]").attr("datetime"));
        assertEquals(
                "River Guide editors. 2025. “Where Rivers Begin.” Example Reading Guide: A Fixture Guide for the Tests."
                        + " January 10, 2025.",
                chapter.selectFirst(".cite-page-entry").text());
        String bib = Files.readString(citedGuide().folder().resolve("cite/chapters-sources.bib"));
        assertTrue(bib.contains("  year = {2025},\n") && bib.contains("  month = jan,\n"), bib);
        String ris = Files.readString(citedGuide().folder().resolve("cite/chapters-sources.ris"));
        assertTrue(ris.contains("2025/01/10"), ris);
    }

    @Test
    void the_page_and_the_reading_download_as_bibtex_and_ris_that_reference_managers_read() throws Exception {
        Document chapter = citedGuide().page("chapters/mouths.html");
        List<String> downloads =
                chapter.select(".cite-page-downloads a[download]").eachAttr("href");
        assertEquals(
                List.of(
                        "../cite/chapters-mouths.bib",
                        "../cite/chapters-mouths.ris",
                        "../cite/reading.bib",
                        "../cite/reading.ris"),
                downloads);
        BibTeXDatabase page = new BibTeXParser()
                .parse(new StringReader(Files.readString(citedGuide().folder().resolve("cite/chapters-mouths.bib"))));
        BibTeXEntry entry = page.getEntries().values().iterator().next();
        assertEquals("Where Rivers End", entry.getField(BibTeXEntry.KEY_TITLE).toUserString());
        BibTeXDatabase reading = new BibTeXParser()
                .parse(new StringReader(Files.readString(citedGuide().folder().resolve("cite/reading.bib"))));
        assertEquals(
                "10--20",
                reading.resolveEntry(new Key("author2020"))
                        .getField(BibTeXEntry.KEY_PAGES)
                        .toUserString());
        // the month as BibTeX's own macro, which styles print as a name, not as {3}
        String pageBib = Files.readString(citedGuide().folder().resolve("cite/chapters-mouths.bib"));
        assertTrue(pageBib.contains("  month = mar,\n"), pageBib);
        assertEquals(
                "March", entry.getField(BibTeXEntry.KEY_MONTH).toUserString(), "a reference manager reads the month");
        // "River Guide editors" is a group of editors, not a person called Editors, River Guide
        String pageRis = Files.readString(citedGuide().folder().resolve("cite/chapters-mouths.ris"));
        assertTrue(pageRis.contains("ED  - River Guide editors\r\n") && !pageRis.contains("AU  - "), pageRis);
        String ris = Files.readString(citedGuide().folder().resolve("cite/reading.ris"));
        assertTrue(
                ris.startsWith("TY  - BOOK\r\n")
                        && ris.contains("AU  - Author, Example\r\n")
                        && ris.contains("SP  - 10\r\n")
                        && ris.endsWith("ER  - \r\n"),
                ris);
    }

    @Test
    void the_bibliography_of_an_author_date_style_is_not_numbered_and_lists_where_a_work_is_cited_in_reading_order()
            throws Exception {
        Document bibliography = citedGuide().page("bibliography.html");
        assertTrue(bibliography.select("ol.bibliography-list").isEmpty(), "no numbers before author-date entries");
        assertFalse(bibliography.select("ul.bibliography-list > li").isEmpty());
        // the home page opens the guide, so it comes before the chapters, whatever the file order
        List<String> citedIn =
                bibliography.select("#ref-author2020 .cited-in a").eachAttr("href");
        assertTrue(citedIn.size() >= 2, citedIn.toString());
        assertTrue(citedIn.get(0).startsWith("index.html"), citedIn.toString());
        assertTrue(citedIn.get(1).startsWith("chapters/sources.html"), citedIn.toString());
    }

    @Test
    void without_site_host_the_page_says_the_reference_has_no_address() throws Exception {
        Document chapter = citedGuide().page("chapters/mouths.html");
        assertTrue(
                chapter.selectFirst(".cite-page-no-address").text().contains("no web address"),
                chapter.selectFirst(".cite-page").text());
    }

    @Test
    @Tag("integration")
    void in_the_browser_the_reference_gets_the_day_it_is_read_and_over_http_the_pages_own_address() throws Exception {
        String today = java.time.LocalDate.now()
                .format(java.time.format.DateTimeFormatter.ofPattern("MMMM d, uuuu", java.util.Locale.US));
        Browser browser = Browser.shared();
        try (LocalServer server = LocalServer.serve(citedGuide().folder(), "/guide/")) {
            // from the disk: no address to give, and the page says so; the day read is there
            browser.driver()
                    .get(citedGuide()
                            .folder()
                            .resolve("chapters/mouths.html")
                            .toUri()
                            .toString());
            String entry = browser.driver()
                    .findElement(By.cssSelector(".cite-page-entry"))
                    .getText();
            assertTrue(entry.endsWith("Accessed " + today + "."), entry);
            assertTrue(browser.driver()
                    .findElement(By.cssSelector(".cite-page-no-address"))
                    .isDisplayed());
            // served, the page's own address, after the day read, and no note
            browser.driver().get(server.url("chapters/mouths.html"));
            entry = browser.driver()
                    .findElement(By.cssSelector(".cite-page-entry"))
                    .getText();
            assertTrue(entry.endsWith("Accessed " + today + ". " + server.url("chapters/mouths.html")), entry);
            assertFalse(browser.driver()
                    .findElement(By.cssSelector(".cite-page-no-address"))
                    .isDisplayed());
            // the bibliography's entries carry no number or bullet
            browser.driver().get(server.url("bibliography.html"));
            assertEquals(
                    "none",
                    browser.script(
                            "return getComputedStyle(document.querySelector('.bibliography-list > li')).listStyleType"));
        }
    }

    @Test
    void with_site_host_set_the_reference_and_downloads_carry_the_pages_address() throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(
                guide.resolve("jbake.properties"),
                "\nsite.host=https://example.org/rivers\n",
                StandardOpenOption.APPEND);
        Path output = work.resolve("hosted");
        BuildRun run = BuildRun.build(guide, output);
        assertEquals(0, run.exitCode(), run.err());
        Site site = new Site(output);
        assertTrue(site.page("chapters/mouths.html")
                .selectFirst(".cite-page-entry")
                .text()
                .contains("https://example.org/rivers/chapters/mouths.html"));
        assertTrue(Files.readString(output.resolve("cite/chapters-mouths.bib"))
                .contains("url = {https://example.org/rivers/chapters/mouths.html}"));
        assertTrue(Files.readString(output.resolve("cite/chapters-mouths.ris"))
                .contains("UR  - https://example.org/rivers/chapters/mouths.html\r\n"));
    }

    @Test
    @Tag("integration")
    void the_copy_button_copies_or_selects_the_reference() throws Exception {
        Browser browser = Browser.shared();
        browser.driver()
                .get(citedGuide()
                        .folder()
                        .resolve("glossary/delta.html")
                        .toUri()
                        .toString());
        var button = browser.driver().findElement(By.cssSelector(".cite-page-copy"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        browser.waiting()
                .until(d -> !d.findElement(By.cssSelector(".cite-page-copied"))
                        .getText()
                        .isEmpty());
        String said = browser.driver()
                .findElement(By.cssSelector(".cite-page-copied"))
                .getText();
        String selected = (String) browser.script("return window.getSelection().toString()");
        assertTrue(said.equals("Copied.") || (said.startsWith("Selected") && selected.contains("Delta")), said);
    }

    @Test
    void without_javascript_the_copy_button_stays_hidden_and_the_downloads_remain() throws Exception {
        Document term = citedGuide().page("glossary/delta.html");
        assertTrue(term.selectFirst(".cite-page-copy-line").hasAttr("hidden"));
        assertEquals(4, term.select(".cite-page-downloads a[download]").size());
        // a screen reader's list of links tells the page's files from the reading's
        assertEquals(
                List.of("BibTeX (this page)", "RIS (this page)", "BibTeX (the reading)", "RIS (the reading)"),
                term.select(".cite-page-downloads a[download]").eachText());
    }
}
