package org.kotkinguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.GuideFolders;

/**
 * A teacher starts a chapter by copying the last one and changing its order, and forgets its title: the
 * contents would list one title twice. The build warns at the copy's title, naming the chapter it copied.
 */
class ChapterTitlesTest {
    @TempDir
    Path work;

    @Test
    void a_chapter_with_the_title_of_another_is_a_warning_at_its_title() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Path chapters = guide.resolve("content/chapters");
        String sources = Files.readString(chapters.resolve("sources.adoc"));
        Files.writeString(
                chapters.resolve("sources-again.adoc"), sources.replaceFirst(":jbake-order: \\d+", ":jbake-order: 9"));

        List<ContentError> warnings = ChapterTitles.sameTitleWarnings(GuideLoader.load(guide));

        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("content/chapters/sources-again.adoc", warnings.get(0).file());
        assertEquals(1, warnings.get(0).line());
        assertTrue(
                warnings.get(0).message().contains("has the title of content/chapters/sources.adoc"),
                warnings.toString());
    }

    @Test
    void chapters_with_titles_of_their_own_get_no_warning() {
        assertEquals(
                List.of(), ChapterTitles.sameTitleWarnings(GuideLoader.load(GuideFolders.fixture("minimal", work))));
    }
}
