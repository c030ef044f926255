package org.kotkinguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Site;

/** Inputs too big to keep as fixture files are made by the test: the build copes with them. */
@Tag("integration")
class LargeInputTest {
    @TempDir
    Path work;

    private static String chapter(String body) {
        return "= A Long Chapter\n:jbake-type: chapter\n:jbake-order: 3\n\n[#long]\n== Long\n\n" + body;
    }

    @Test
    void a_chapter_of_five_megabytes_builds() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        StringBuilder body = new StringBuilder();
        String paragraph =
                "The river carries silt for many miles before it reaches the sea, slowing as the land flattens out. "
                                .repeat(8)
                        + "\n\n";
        while (body.length() < 5 * 1024 * 1024) {
            body.append(paragraph);
        }
        Files.writeString(guide.resolve("content/chapters/long.adoc"), chapter(body.toString()));
        BuildRun run = BuildRun.build(guide, work.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.size(work.resolve("site/chapters/long.html")) > 5 * 1024 * 1024);
    }

    @Test
    void a_chapter_with_two_thousand_term_links_builds_and_every_link_has_its_definition() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(
                guide.resolve("content/chapters/long.adoc"),
                chapter("Rivers end at a term:delta[] or an term:estuary[].\n\n".repeat(1000)));
        BuildRun run = BuildRun.build(guide, work.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        var page = new Site(work.resolve("site")).page("chapters/long.html");
        assertEquals(2000, page.select("a.term").size());
        assertEquals(
                2000,
                page.select("a.term").eachAttr("aria-describedby").stream()
                        .distinct()
                        .count(),
                "each tooltip has its own id");
    }
}
