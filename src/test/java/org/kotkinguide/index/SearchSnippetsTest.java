package org.kotkinguide.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.Browser;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.openqa.selenium.By;

/** A result's snippet reads as the page does: the minimal guide with a chapter written here. */
@Tag("integration")
class SearchSnippetsTest {
    @TempDir
    static Path work;

    /** A sentence that fills a snippet (177 characters) and is cut where it ends. */
    private static final String MEANDERS = "Meanders form where a river slows on flat ground and swings from side to"
            + " side, cutting into the outer bank and laying silt on the inner bank, until a loop is cut off in a flood.";

    /** A clause that fills a snippet and is cut at its comma. */
    private static final String BRAIDS = "Braided rivers split into many channels that wander across a wide bed of"
            + " gravel, joining and parting again as the water rises and falls with the seasons and the melting of snow,";

    /** A text short enough for a snippet, with a word near its end. */
    private static final String ESTUARIES = "Estuaries mix fresh water from the river with salt water from the sea,"
            + " and the tide carries silt up and down them twice a day, which feeds the mudflats that wading birds visit.";

    @BeforeAll
    static void build() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(guide.resolve("content/chapters/floods.adoc"), """
                = Floods
                :jbake-type: chapter
                :jbake-order: 3

                [#levees]
                == Levees

                .What a strong answer does
                It builds a dated account of the floods.

                * Silt -- what a flood leaves
                * Levee -- a bank built against floods

                [#meanders]
                == Meanders

                %s Afterwards the old loop becomes an oxbow lake.

                [#braids]
                == Braids

                %s throughout the year.

                [#estuaries]
                == Estuaries

                %s

                [#plain]
                == The argument in plain words

                [#plain-rain]
                === Rain upstream

                Heavy rain upstream raises the river within hours, and the water spreads over the plain below the
                town, where the fields lie flat and low, so that one storm in the hills floods the streets two days later.
                """.formatted(MEANDERS, BRAIDS, ESTUARIES));
        BuildRun run = BuildRun.build(guide, work.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
    }

    /** Opens the search page's results for {@code query}. */
    private static Browser search(String query) {
        Browser browser = Browser.shared();
        browser.driver().get(work.resolve("site/search.html").toUri() + "?q=" + query);
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector(".search-page .search-results a"))
                        .isEmpty());
        return browser;
    }

    /** The snippet under the result titled {@code title} for the query {@code query}. */
    private static String snippet(String query, String title) {
        Object text = search(query).script("""
                        var link = Array.from(document.querySelectorAll('.search-page .search-results a'))
                          .find(a => a.querySelector('.result-title').textContent === arguments[0]);
                        return link ? link.querySelector('.result-snippet').textContent : null;""", title);
        assertTrue(text != null, "no result titled " + title + " for " + query);
        return (String) text;
    }

    /** The titles of the results for {@code query}, in order. */
    @SuppressWarnings("unchecked")
    private static List<String> titles(String query) {
        return (List<String>)
                search(query)
                        .script(
                                "return Array.from(document.querySelectorAll('.search-page .result-title'), t => t.textContent)");
    }

    @Test
    void a_block_title_and_the_text_under_it_read_as_two_sentences() {
        String text = snippet("builds", "Levees");
        assertTrue(text.contains("What a strong answer does. It builds"), text);
        assertFalse(text.contains("does It"), text);
        // list items too, each keeping the thin spaces around its dash
        assertTrue(text.contains("Silt\u2009—\u2009what a flood leaves. Levee\u2009—\u2009a bank"), text);
    }

    @Test
    void a_snippet_cut_where_a_sentence_ends_ends_with_its_full_stop_and_no_ellipsis() {
        assertEquals(MEANDERS, snippet("meanders", "Meanders"));
    }

    @Test
    void a_snippet_cut_after_a_comma_ends_with_the_ellipsis_alone() {
        assertEquals(BRAIDS.substring(0, BRAIDS.length() - 1) + "…", snippet("braided", "Braids"));
    }

    @Test
    void a_text_short_enough_for_a_snippet_is_shown_whole_wherever_the_word_is() {
        assertEquals(ESTUARIES, snippet("wading", "Estuaries"));
    }

    @Test
    void a_section_whose_text_is_all_in_its_subsections_shows_the_first_of_them() {
        // from its first words, though the word searched for comes later in them
        String text = snippet("plain", "The argument in plain words");
        assertTrue(text.startsWith("Rain upstream. Heavy rain upstream raises the river"), text);
        assertTrue(text.endsWith("…"), text);
        // shown, not searched: the subsection's words find the subsection alone
        assertEquals(List.of("Rain upstream"), titles("upstream"));
    }
}
