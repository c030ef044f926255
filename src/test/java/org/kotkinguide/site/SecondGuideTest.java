package org.kotkinguide.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Site;

/** The same tool, with no code change, builds another reading's guide from another folder. */
class SecondGuideTest {
    @TempDir
    static Path work;

    static Site site;

    @BeforeAll
    static void build() {
        BuildRun run = BuildRun.build(GuideFolders.fixture("minimal", work), work.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        site = new Site(work.resolve("site"));
    }

    @Test
    void it_has_its_own_title_chapters_glossary_and_bibliography() {
        assertEquals(
                List.of(
                        "404.html",
                        "all.html",
                        "bibliography.html",
                        "chapters/mouths.html",
                        "chapters/sources.html",
                        "download.html",
                        "flashcards.html",
                        "flashcards/mouths.html",
                        "flashcards/sources.html",
                        "glossary/delta.html",
                        "glossary/estuary.html",
                        "glossary/index.html",
                        "index.html",
                        "search.html"),
                site.pages());
        assertTrue(site.page("index.html").title().contains("Example Reading Guide"));
        assertEquals(
                List.of("Where Rivers Begin", "Where Rivers End"),
                site.page("index.html").select(".chapter-list a").eachText());
        assertTrue(site.page("bibliography.html").text().contains("A Short Book About Rivers"));
    }

    @Test
    void nothing_of_the_kotkin_guide_leaks_into_it() {
        for (String uri : site.pages()) {
            assertFalse(site.page(uri).html().contains("Kotkin"), uri + " mentions Kotkin");
        }
    }
}
