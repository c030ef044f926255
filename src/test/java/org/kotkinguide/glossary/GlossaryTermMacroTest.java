package org.kotkinguide.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Site;

/** {@code term:id[]} in a chapter, from fixture {@code guides/macros/terms}. */
class GlossaryTermMacroTest {
    @TempDir
    static Path work;

    static Site site;
    static Document chapter;

    @BeforeAll
    static void build() {
        BuildRun run = BuildRun.build(GuideFolders.minimalWith("macros/terms", work), work.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        site = new Site(work.resolve("site"));
        chapter = site.page("chapters/terms.html");
    }

    private static Element termIn(String sectionId) {
        Element term = chapter.selectFirst("#" + sectionId + " ~ .sectionbody a.term");
        assertNotNull(term, "no term link in section " + sectionId);
        return term;
    }

    @Test
    void a_term_shows_its_glossary_name_and_links_to_its_page() {
        Element term = termIn("plain");
        assertEquals("Delta", term.text());
        assertEquals("../glossary/delta.html", term.attr("href"));
        assertTrue(site.has("glossary/delta.html"));
    }

    /** Every word between the brackets, commas included, also when the brackets wrap onto the next line. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            custom-text | mouth of the river
            wrapped     | mouth of the river
            with-commas | mouths, bays and firths
            """)
    void a_term_can_show_the_authors_own_words(String section, String words) {
        Element term = termIn(section);
        assertEquals(words, term.text());
        assertEquals("../glossary/estuary.html", term.attr("href"));
        assertFalse(chapter.text().contains("term:"), chapter.text());
    }

    @Test
    void a_term_in_a_heading_shows_its_words_with_no_link_or_tooltip() {
        // a link and its tooltip would also land in the contents, the page's outline and the search results
        Element heading = chapter.getElementById("in-a-heading");
        assertNotNull(heading);
        assertEquals("Where the delta meets the sea", heading.ownText().strip());
        assertTrue(heading.select("a.term, .tip").isEmpty(), heading.outerHtml());
        assertFalse(
                site.page("glossary/delta.html").select(".appears-in a").eachAttr("href").stream()
                        .anyMatch(href -> href.endsWith("#in-a-heading")),
                "a heading is not a use of the term");
    }

    @Test
    void pointing_at_a_term_shows_its_short_definition() {
        Element tip = chapter.getElementById(termIn("plain").attr("aria-describedby"));
        assertNotNull(tip);
        assertEquals("tooltip", tip.attr("role"));
        assertEquals("Delta: The land a river builds where it meets the sea.", tip.text());
    }

    @Test
    void the_term_page_lists_every_section_that_uses_it() {
        List<String> appearsIn =
                site.page("glossary/delta.html").select(".appears-in a").eachAttr("href");
        assertEquals(
                List.of(
                        "../chapters/sources.html#flow",
                        "../chapters/mouths.html#ends",
                        "../chapters/terms.html#plain"),
                appearsIn);
        List<String> labels =
                site.page("glossary/estuary.html").select(".appears-in a").eachText();
        assertEquals(
                List.of("Where Rivers Begin › Flow", "Terms › Custom text", "Terms › Wrapped", "Terms › With commas"),
                labels);
    }

    @Test
    void rejects_an_unknown_term_and_names_the_nearest_known_one() {
        BuildRun run =
                BuildRun.build(GuideFolders.minimalWith("bad/unknown-term", work.resolve("bad")), work.resolve("x"));
        assertNotEquals(0, run.exitCode());
        assertTrue(
                run.err()
                        .contains(
                                "content/chapters/mouths.adoc:8: unknown glossary term 'deltta' (did you mean 'delta'?)"),
                run.err());
    }
}
