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
 * A teacher starts a chapter with its header and means to come back to it: the contents would list a
 * page with a title and nothing under it. The build warns at its title; comments alone are not text.
 */
class EmptyChaptersTest {
    @TempDir
    Path work;

    private Path guideWithChapter(String text) throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(guide.resolve("content/chapters/later.adoc"), text);
        return guide;
    }

    @Test
    void a_chapter_with_only_its_header_and_comments_is_a_warning_at_its_title() throws IOException {
        Path guide = guideWithChapter("""
                = Later
                :jbake-type: chapter
                :jbake-order: 9

                // to write after the seminar
                ////
                Kotkin on Locarno.
                ////
                """);

        List<ContentError> warnings = EmptyChapters.warnings(GuideLoader.load(guide));

        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("content/chapters/later.adoc", warnings.get(0).file());
        assertEquals(1, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("'Later' has nothing under its header"), warnings.toString());
    }

    @Test
    void a_header_that_runs_to_the_end_of_the_file_is_an_empty_chapter_too() throws IOException {
        Path guide = guideWithChapter("= Later\n:jbake-type: chapter\n:jbake-order: 9\n");

        assertEquals(1, EmptyChapters.warnings(GuideLoader.load(guide)).size());
    }

    @Test
    void a_chapter_with_one_line_of_text_gets_no_warning() throws IOException {
        Path guide = guideWithChapter("= Later\n:jbake-type: chapter\n:jbake-order: 9\n\nLocarno, 1925.\n");

        assertEquals(List.of(), EmptyChapters.warnings(GuideLoader.load(guide)));
    }
}
