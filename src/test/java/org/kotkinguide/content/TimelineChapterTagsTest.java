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
 * A timeline event tagged to a chapter is shown on that chapter's page as one it discusses. A tag on a
 * chapter that never mentions the event's subject misleads a student, so it is a warning at the event.
 */
class TimelineChapterTagsTest {
    @TempDir
    Path work;

    @Test
    void a_tag_on_a_chapter_that_mentions_none_of_the_event_s_terms_is_a_warning_at_the_event() throws IOException {
        Path guide = GuideFolders.minimalWith("timeline", work);
        // the fixture's chapter mouths links the delta and never mentions the estuary; sources links both
        Files.writeString(guide.resolve("content/timeline.adoc"), """
                = River dates
                :jbake-type: timeline

                1850 [mouths]:: The survey of the term:delta[] begins.

                1851-03 [sources, mouths]:: The term:estuary[] is
                charted.

                1851-04 [mouths]:: A river delta is mapped by boat.

                1851-05 [sources]:: The spring is found.
                """);

        List<ContentError> warnings = TimelineReader.chapterTagWarnings(GuideLoader.load(guide));

        assertEquals(List.of(6, 11), warnings.stream().map(ContentError::line).toList(), warnings.toString());
        assertEquals("content/timeline.adoc", warnings.get(0).file());
        assertTrue(
                warnings.get(0)
                        .message()
                        .contains("the event of 1851-03 is tagged [mouths], but the chapter mentions none"
                                + " of its terms (estuary)"),
                warnings.get(0).message());
        assertTrue(
                warnings.get(1).message().contains("tagged [sources], but it links no glossary term"),
                warnings.get(1).message());
    }
}
