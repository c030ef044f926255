package org.kotkinguide.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Site;

/** {@code cite:key[pages]} in a chapter, from fixture {@code guides/macros/citations}. */
class CitationMacroTest {
    @TempDir
    static Path work;

    static Site site;
    static Document chapter;

    @BeforeAll
    static void build() {
        Path guide = GuideFolders.minimalWith("macros/citations", work);
        BuildRun run = BuildRun.build(guide, work.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        site = new Site(work.resolve("site"));
        chapter = site.page("chapters/citing.html");
    }

    private static Element citationIn(String sectionId) {
        Element citation = chapter.selectFirst("#" + sectionId + " ~ .sectionbody a.cite");
        assertNotNull(citation, "no citation in section " + sectionId);
        return citation;
    }

    @Test
    void a_single_page_reads_author_year_and_page() {
        assertEquals("(Author 2020, 12)", citationIn("one-page").text());
    }

    @Test
    void a_page_range_reads_with_an_en_dash() {
        assertEquals("(Author 2020, 12–14)", citationIn("page-range").text());
    }

    @Test
    void a_citation_without_pages_names_the_work() {
        assertEquals("(Author 2020)", citationIn("whole-work").text());
    }

    @Test
    void a_citation_whose_brackets_wrap_onto_the_next_line_is_still_a_citation() {
        assertEquals("(Author 2020, 12–14)", citationIn("wrapped").text());
        assertFalse(chapter.text().contains("cite:"), chapter.text());
    }

    @Test
    void a_citation_in_a_heading_reads_as_one_and_links_nowhere() {
        Element heading = chapter.getElementById("in-a-heading");
        assertNotNull(heading);
        assertEquals("What Author argues ((Author 2020, 15))", heading.ownText().strip());
        assertTrue(heading.select("a.cite, .tip").isEmpty(), heading.outerHtml());
    }

    @Test
    void names_written_with_latex_accents_read_with_their_letters() {
        // as a reference manager exports them: C\^{o}te, {\L}ukasz, Erd\H{o}s, Anton\'{\i}n
        String entry =
                site.page("bibliography.html").selectFirst("#ref-names2019").text();
        for (String name : List.of("Côte", "Łukasz", "Erdős", "Antonín Dvořák", "Kraków")) {
            assertTrue(entry.contains(name), name + " in: " + entry);
        }
        assertEquals("(Côte et al. 2019)", citationIn("names").text());
    }

    @Test
    void a_title_in_another_language_keeps_its_own_capitals() {
        // biblatex's langid, as reference managers export it, is the entry's language: no English title case
        String entry =
                site.page("bibliography.html").selectFirst("#ref-muller1998").text();
        assertTrue(entry.contains("Die Geschichte der Flüsse und ein Beispiel"), entry);
    }

    @Test
    void an_articles_number_is_its_issue() {
        // BibTeX's number field of an article, as every reference manager writes it
        String entry =
                site.page("bibliography.html").selectFirst("#ref-smith2005").text();
        assertTrue(entry.contains("Journal of Rivers 7 (2): 11–29"), entry);
    }

    @Test
    void a_citation_links_to_its_entry_in_the_bibliography() {
        assertEquals(
                "../bibliography.html#ref-author2020", citationIn("one-page").attr("href"));
        assertNotNull(site.page("bibliography.html").getElementById("ref-author2020"));
    }

    @Test
    void pointing_at_a_citation_shows_the_full_reference() {
        Element citation = citationIn("article");
        Element tip = chapter.getElementById(citation.attr("aria-describedby"));
        assertNotNull(tip, "the citation must be described by its tooltip");
        assertEquals("tooltip", tip.attr("role"));
        assertTrue(
                tip.text().contains("Critic, Some. 2021. “A Review of a Short Book.” Journal of Examples 3: 1–5."),
                tip.text());
    }

    @Test
    void the_bibliography_links_back_to_every_section_that_cites_a_work() {
        List<String> backLinks = site.page("bibliography.html")
                .select("#ref-author2020 .cited-in a")
                .eachAttr("href");
        assertTrue(
                backLinks.containsAll(List.of(
                        "chapters/citing.html#one-page",
                        "chapters/citing.html#page-range",
                        "chapters/citing.html#whole-work",
                        "chapters/sources.html#start")),
                backLinks.toString());
        assertEquals(
                List.of("chapters/mouths.html#ends", "chapters/citing.html#article"),
                site.page("bibliography.html")
                        .select("#ref-critic2021 .cited-in a")
                        .eachAttr("href"));
    }

    @Test
    void the_citation_style_is_chosen_in_jbake_properties() throws IOException {
        Path guide = GuideFolders.minimalWith("macros/citations", work.resolve("apa"));
        Path properties = guide.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties).replace("chicago-author-date", "apa"));
        BuildRun run = BuildRun.build(guide, work.resolve("apa-site"));
        assertEquals(0, run.exitCode(), run.err());
        Document apa = new Site(work.resolve("apa-site")).page("chapters/citing.html");
        assertEquals(
                "(Author, 2020, p. 12)",
                apa.selectFirst("#one-page ~ .sectionbody a.cite").text());
    }

    @Test
    void rejects_a_page_outside_the_cited_range() {
        BuildRun run = BuildRun.build(
                GuideFolders.minimalWith("bad/page-out-of-range", work.resolve("range")), work.resolve("x"));
        assertNotEquals(0, run.exitCode());
        assertTrue(
                run.err().contains("content/chapters/mouths.adoc:8: page 25 is outside the pages of author2020"),
                run.err());
    }

    @Test
    void rejects_an_unknown_key_and_suggests_the_nearest() {
        BuildRun run = BuildRun.build(
                GuideFolders.minimalWith("bad/unknown-citation-key", work.resolve("key")), work.resolve("y"));
        assertNotEquals(0, run.exitCode());
        assertTrue(
                run.err()
                        .contains(
                                "content/chapters/mouths.adoc:9: unknown citation key 'author2021' (did you mean 'author2020'?)"),
                run.err());
    }
}
