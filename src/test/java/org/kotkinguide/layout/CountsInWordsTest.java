package org.kotkinguide.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Site;

/** A small guide (a teacher's first, with one chapter and one term) says "1 term", never "1 terms". */
class CountsInWordsTest {
    @TempDir
    Path work;

    @Test
    void a_guide_of_one_chapter_and_one_term_counts_them_in_the_singular() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        // one chapter, "Where Rivers End", which links one term, delta; estuary and its links gone
        Files.delete(guide.resolve("content/chapters/sources.adoc"));
        Files.delete(guide.resolve("content/glossary/estuary.adoc"));
        Path delta = guide.resolve("content/glossary/delta.adoc");
        Files.writeString(
                delta,
                Files.readString(delta).replace(":jbake-related: estuary\n", "").replace("See term:estuary[].", ""));

        BuildRun run = BuildRun.build(guide, work.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());

        Site site = new Site(work.resolve("site"));
        String chapter = site.page("chapters/mouths.html").text();
        assertTrue(chapter.contains("Practise this chapter’s 1 term as flashcards"), chapter);
        assertTrue(chapter.contains("Glossary (1 term)"), chapter);
        String home = site.page("index.html").text();
        assertTrue(home.contains("glossary of 1 term"), home);
        assertTrue(home.contains("Flashcards of all 1 term"), home);
        assertTrue(site.page("all.html").text().contains("The whole guide on one page: 1 chapter,"), "all.html");
        assertTrue(site.page("flashcards.html").text().contains("Flashcards · 1 card"), "flashcards.html");
        for (String page : new String[] {"chapters/mouths.html", "index.html", "all.html", "flashcards.html"}) {
            assertTrue(
                    !site.page(page).text().matches("(?s).*\\b1 (terms|chapters|cards|events)\\b.*"),
                    page + " says '1' with a plural");
        }
    }
}
