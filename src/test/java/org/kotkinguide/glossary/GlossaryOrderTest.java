package org.kotkinguide.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Pdf;
import org.kotkinguide.support.Site;

/** The glossary files people by surname and sorts words as the guide's language does, in every output. */
class GlossaryOrderTest {
    @TempDir
    static Path work;

    static Path guide;
    static Site site;

    /** In glossary order: Bánffy (his own :jbake-sort-as:), Bolsheviks, Delta, Estuary, Kun, Stalin. */
    static final List<String> GLOSSARY =
            List.of("Bánffy Miklós", "Bolsheviks", "Delta", "Estuary", "Béla Kun", "Joseph Stalin");

    @BeforeAll
    static void build() {
        guide = GuideFolders.fixture("minimal", work);
        term(guide, "joseph-stalin", """
                = Joseph Stalin
                :jbake-type: term
                :jbake-category: Person
                :jbake-short: The Soviet leader.
                """);
        term(guide, "kun", """
                = Béla Kun
                :jbake-type: term
                :jbake-category: Person
                :jbake-short: The leader of the Hungarian Soviet Republic.
                """);
        // a Hungarian name, surname first: its page says what it is filed under
        term(guide, "banffy", """
                = Bánffy Miklós
                :jbake-type: term
                :jbake-category: Person
                :jbake-sort-as: Bánffy, Miklós
                :jbake-short: A Hungarian foreign minister.
                """);
        term(guide, "bolsheviks", """
                = Bolsheviks
                :jbake-type: term
                :jbake-category: Group
                :jbake-short: Lenin's party.
                """);
        // the website only: the PDF, slow to make, is the integration tier's (below)
        BuildRun run = BuildRun.build(guide, work.resolve("out/site"));
        assertEquals(0, run.exitCode(), run.err());
        site = new Site(work.resolve("out/site"));
    }

    private static void term(Path guide, String id, String text) {
        try {
            Files.writeString(guide.resolve("content/glossary/" + id + ".adoc"), text + "\nAn entry.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_glossary_files_people_under_their_surname_and_accented_words_among_their_letters() {
        Document glossary = site.page("glossary/index.html");
        assertEquals(GLOSSARY, glossary.select(".term-entry dt a").eachText());
        assertEquals(
                List.of("B", "D", "E", "K", "S"), glossary.select(".letters a").eachText());
        assertEquals(
                List.of("Joseph Stalin"),
                glossary.select("#letter-S + .terms dt a").eachText());
        assertEquals(
                List.of("Bánffy Miklós", "Bolsheviks"),
                glossary.select("#letter-B + .terms dt a").eachText());
    }

    @Test
    void previous_and_next_on_a_term_page_follow_the_glossary() {
        assertEquals(
                "Joseph Stalin",
                site.page("glossary/kun.html")
                        .selectFirst(".pager a[rel=next]")
                        .ownText()
                        .strip());
        assertEquals(
                "Estuary",
                site.page("glossary/kun.html")
                        .selectFirst(".pager a[rel=prev]")
                        .ownText()
                        .strip());
        assertEquals(
                "Bolsheviks",
                site.page("glossary/banffy.html")
                        .selectFirst(".pager a[rel=next]")
                        .ownText()
                        .strip());
    }

    @Test
    void the_whos_who_lists_the_people_by_surname_and_the_glossary_and_home_page_link_it() {
        Document whosWho = site.page("whos-who.html");
        assertEquals(
                List.of("Bánffy Miklós", "Béla Kun", "Joseph Stalin"),
                whosWho.select(".terms dt a").eachText());
        assertEquals(
                List.of("glossary/banffy.html", "glossary/kun.html", "glossary/joseph-stalin.html"),
                whosWho.select(".terms dt a").eachAttr("href"));
        assertEquals(
                1,
                site.page("glossary/index.html")
                        .select("main a[href=../whos-who.html]")
                        .size());
        assertEquals(
                1, site.page("index.html").select("main a[href=whos-who.html]").size());
        assertEquals(
                List.of("Who’s who"),
                site.page("glossary/kun.html")
                        .select(".sidebar a[href=../whos-who.html]")
                        .eachText(),
                "the sidebar and the phone's menu list it beside the glossary");
        assertEquals("page", whosWho.select(".sidebar a[href=whos-who.html]").attr("aria-current"));
    }

    @Tag("integration")
    @Test
    void the_pdf_sorts_its_glossary_and_whos_who_as_the_site_does() {
        BuildRun run = BuildRun.buildAll(guide, work.resolve("pdf/site"));
        assertEquals(0, run.exitCode(), run.err());
        String pdfText = Pdf.text(work.resolve("pdf/study-guide.pdf")).replaceAll("\\s+", " ");
        int start = pdfText.indexOf("The people with an entry in the glossary");
        // the appendix's heading, after its line in the contents
        String glossary = pdfText.substring(pdfText.indexOf("Glossary", pdfText.indexOf("Glossary") + 1), start);
        assertEquals(
                GLOSSARY,
                GLOSSARY.stream()
                        .sorted(Comparator.comparing(glossary::indexOf))
                        .toList(),
                glossary);
        String whosWho = pdfText.substring(start, pdfText.indexOf("Bibliography", start));
        List<String> people = List.of("Bánffy Miklós", "Béla Kun", "Joseph Stalin");
        assertTrue(people.stream().allMatch(whosWho::contains), whosWho);
        assertEquals(
                people,
                people.stream().sorted(Comparator.comparing(whosWho::indexOf)).toList(),
                whosWho);
    }

    @Test
    void a_guide_in_swedish_files_words_under_its_own_letters(@TempDir Path other) throws IOException {
        Path guide = GuideFolders.fixture("minimal", other);
        Path properties = guide.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties).replace("guide.language=en", "guide.language=sv"));
        term(guide, "ostersjon", """
                = Östersjön
                :jbake-type: term
                :jbake-category: Place
                :jbake-short: The Baltic Sea.
                """);
        term(guide, "oder", """
                = Oder
                :jbake-type: term
                :jbake-category: Place
                :jbake-short: A river.
                """);
        BuildRun run = BuildRun.build(guide, other.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        Document glossary = new Site(other.resolve("site")).page("glossary/index.html");
        assertEquals(List.of("D", "E", "O", "Ö"), glossary.select(".letters a").eachText());
        assertEquals(
                List.of("Delta", "Estuary", "Oder", "Östersjön"),
                glossary.select(".term-entry dt a").eachText());
    }
}
