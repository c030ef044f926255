package org.kotkinguide.site;

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
 * A course with more chapters than a sidebar should list (here the minimal guide with two more
 * chapters and {@code guide.nav.max-chapters=2}): each chapter's sidebar shows the chapters around
 * it and links to the home page, which still lists them all.
 */
class LongCourseSidebarTest {
    @TempDir
    Path work;

    /** The minimal guide (chapters 1 and 2) with chapters 3 and 4 and the sidebar setting {@code maxChapters}. */
    private Path courseOfFourChapters(String maxChapters) throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(guide.resolve("content/chapters/floods.adoc"), """
                = Floods
                :jbake-type: chapter
                :jbake-order: 3

                [#rising]
                == Rising

                Rivers rise in spring.
                """);
        Files.writeString(guide.resolve("content/chapters/droughts.adoc"), """
                = Droughts
                :jbake-type: chapter
                :jbake-order: 4

                [#falling]
                == Falling

                Rivers fall in summer.
                """);
        Files.writeString(
                guide.resolve("jbake.properties"),
                "\nguide.nav.max-chapters=" + maxChapters + "\n",
                StandardOpenOption.APPEND);
        return guide;
    }

    @Test
    void the_sidebar_lists_the_chapters_around_this_one_and_links_to_all_of_them() throws IOException {
        BuildRun run = BuildRun.build(courseOfFourChapters("2"), work.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        Site site = new Site(work.resolve("site"));

        var third = site.page("chapters/floods.html");
        assertEquals(
                List.of("Where Rivers End", "Floods"),
                third.select(".chapter-list a").eachText());
        assertEquals("2", third.selectFirst(".chapter-list").attr("start"), "numbered as in the whole course");
        assertEquals(
                "../index.html#chapters-heading",
                third.selectFirst(".chapter-list-more a").attr("href"));
        assertEquals("All 4 chapters", third.selectFirst(".chapter-list-more a").text());
        assertEquals(4, site.page("index.html").select(".chapter-cards a").size());
        assertTrue(
                site.page("glossary/delta.html").select(".chapter-list a").size() == 2,
                "other pages list the first chapters");
    }

    @Test
    void a_sidebar_length_that_is_not_a_number_fails_the_build_naming_the_setting() throws IOException {
        Path guide = courseOfFourChapters("many");
        BuildRun run = BuildRun.build(guide, work.resolve("site"));
        assertEquals(1, run.exitCode());
        int line = Files.readAllLines(guide.resolve("jbake.properties")).size();
        assertTrue(
                run.err()
                        .contains("jbake.properties:" + line
                                + ": guide.nav.max-chapters must be a whole number above 0, not 'many'"),
                run.err());
    }
}
