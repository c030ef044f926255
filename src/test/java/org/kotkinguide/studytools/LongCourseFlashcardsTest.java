package org.kotkinguide.studytools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Site;

/**
 * A course with many chapters: a chapter's deck names the decks of the chapters around it (as many
 * as the sidebar lists) and links to the whole guide's deck, which names every deck; a card on a
 * chapter's deck names at most five places where its term appears. Without these limits the decks
 * grew with the square of the chapters.
 */
class LongCourseFlashcardsTest {
    @TempDir
    Path work;

    @Test
    void a_chapter_deck_names_the_decks_around_it_and_a_card_at_most_five_places() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        for (int n = 3; n <= 9; n++) {
            Files.writeString(guide.resolve("content/chapters/reach-" + n + ".adoc"), """
                    = Reach %d
                    :jbake-type: chapter
                    :jbake-order: %d

                    [#reach]
                    == Reach

                    The river forms a term:delta[] here.
                    """.formatted(n, n));
        }
        Files.writeString(guide.resolve("jbake.properties"), "\nguide.nav.max-chapters=3\n", StandardOpenOption.APPEND);
        BuildRun run = BuildRun.build(guide, work.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        Site site = new Site(work.resolve("site"));

        var whole = site.page("flashcards.html");
        int decks = whole.select(".flashcards-decks li").size() - 1;
        assertEquals(9, decks, "the whole guide's deck names every chapter's deck");

        var sixth = site.page("flashcards/reach-6.html");
        List<String> named = sixth.select(".flashcards-decks li a").eachText();
        assertEquals(4, named.size(), "the whole guide's deck and three around this one: " + named);
        assertTrue(
                named.get(1).startsWith("Reach 5")
                        && named.get(2).startsWith("Reach 6")
                        && named.get(3).startsWith("Reach 7"),
                named.toString());
        assertEquals(
                "../flashcards.html#decks",
                sixth.selectFirst(".flashcards-decks-more a").attr("href"));
        assertEquals(
                "All 9 chapter decks",
                sixth.selectFirst(".flashcards-decks-more a").text());

        var delta = sixth.selectFirst(".flashcard-item[data-term=delta] .flashcard-appears");
        assertEquals(5, delta.select("a").size(), delta.outerHtml());
        assertTrue(delta.text().endsWith("and 4 more"), delta.text());
        var wholeDelta = whole.selectFirst(".flashcard-item[data-term=delta] .flashcard-appears");
        assertEquals(
                9,
                wholeDelta.select("a").size(),
                "the whole guide's deck names every place: " + wholeDelta.outerHtml());
    }
}
