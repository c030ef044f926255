package org.kotkinguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Site;

/** Pages may include partials from inside the guide's folder (and only from there: see BadInputTest). */
class IncludesTest {
    @TempDir
    Path work;

    @Test
    void a_partial_inside_the_guide_is_included_and_is_not_a_page_of_its_own() {
        BuildRun run = BuildRun.build(GuideFolders.minimalWith("include-inside-guide", work), work.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        Site site = new Site(work.resolve("site"));
        assertTrue(site.page("chapters/mouths.html").text().contains("A note shared by several chapters."));
        assertFalse(
                site.pages().stream().anyMatch(p -> p.contains("_note")),
                site.pages().toString());
    }
}
