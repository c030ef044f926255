package org.kotkinguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teacher writes {@code note = {Unpublished reading notes}} on the notes a guide is written from,
 * and the bibliography shows the title alone: no common CSL style prints BibTeX's {@code note} or
 * {@code howpublished}. The build warns at the field and says where the words would show (the build
 * printing it: docs/writing-a-guide.md, checked by {@code AuthorReferenceTest}).
 */
class UnprintedFieldsTest {
    @TempDir
    Path work;

    private List<ContentError> warnings(String style, String bib) throws IOException {
        Path file = work.resolve("references.bib");
        Files.writeString(file, bib);
        return ReferenceLibrary.load(file, "content/references.bib", style, "en-US")
                .warnings();
    }

    private static final String NOTES = """
            @book{reading2014,
              author    = {Writer, A.},
              title     = {A Reading},
              publisher = {Press},
              year      = {2014}
            }
            @unpublished{notes,
              title     = {Reading Notes},
              note      = {Unpublished reading notes}
            }
            """;

    @Test
    void a_note_the_style_leaves_out_is_a_warning_at_its_line_with_its_words() throws IOException {
        List<ContentError> found = warnings("chicago-author-date", NOTES);

        assertEquals(1, found.size(), found.toString());
        assertEquals("content/references.bib", found.get(0).file());
        assertEquals(9, found.get(0).line());
        assertTrue(found.get(0).message().contains("\"Unpublished reading notes\""), found.toString());
        assertTrue(found.get(0).message().contains("'annote'"), found.toString());
        assertTrue(found.get(0).message().contains("'type'"), found.toString());
    }

    @Test
    void the_same_words_as_the_kind_of_work_are_printed_and_draw_no_warning() throws IOException {
        String bib = NOTES.replace("note      =", "type      =");

        assertEquals(List.of(), warnings("chicago-author-date", bib));
        assertEquals(List.of(), warnings("apa", bib));
    }

    @Test
    void how_a_work_was_published_is_warned_in_every_common_style() throws IOException {
        String bib = """
                @misc{handout,
                  title        = {Map of Europe, 1925},
                  howpublished = {Handout given in class}
                }
                """;

        for (String style : List.of("chicago-author-date", "apa", "modern-language-association")) {
            List<ContentError> found = warnings(style, bib);
            assertEquals(1, found.size(), style + ": " + found);
            assertEquals(3, found.get(0).line(), style + ": " + found);
            assertTrue(
                    found.get(0).message().startsWith("the " + style + " style leaves 'howpublished'"),
                    found.toString());
        }
    }

    @Test
    void a_work_without_such_fields_draws_no_warning() throws IOException {
        assertEquals(List.of(), warnings("chicago-author-date", NOTES.replaceAll("(?m)^\\s*note.*\\n", "")));
    }
}
