package org.kotkinguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build read is read again by the next to tell whether anything changed: an edited file, a
 * file added to or removed from a listed folder, a file that was missing and now is there, and a file
 * reached through a link whose target changed are all changes, named by place.
 */
class BuildInputsTest {
    @TempDir
    Path guide;

    private Map<String, String> recorded(BuildInputs inputs) {
        return BuildInputs.parse(inputs.manifest());
    }

    @Test
    void an_edited_file_is_a_change_named_by_its_place_in_the_guide() throws IOException {
        Path chapter = Files.createDirectories(guide.resolve("inhalt-für-kurs")).resolve("kapitel.adoc");
        Files.writeString(chapter, "first");
        BuildInputs inputs = new BuildInputs(guide);
        inputs.read(chapter);
        Map<String, String> read = recorded(inputs);
        assertNull(BuildInputs.firstChange(guide, read));

        Files.writeString(chapter, "second");
        assertEquals("inhalt-für-kurs/kapitel.adoc changed", BuildInputs.firstChange(guide, read));
    }

    @Test
    void a_file_added_to_a_listed_folder_or_one_looked_for_that_appears_is_a_change() throws IOException {
        Path content = Files.createDirectories(guide.resolve("content"));
        Files.writeString(content.resolve("a.adoc"), "a");
        BuildInputs inputs = new BuildInputs(guide);
        inputs.files(content);
        inputs.note(guide.resolve("content/references.bib"));
        Map<String, String> read = recorded(inputs);

        Files.writeString(guide.resolve("content/references.bib"), "@book{x}");
        assertEquals("content/references.bib is new", BuildInputs.firstChange(guide, read));
        Files.delete(guide.resolve("content/references.bib"));
        Files.writeString(content.resolve("b.adoc"), "b");
        assertEquals("files were added to or removed from content", BuildInputs.firstChange(guide, read));
    }

    @Test
    void a_file_read_through_a_symbolic_link_changes_with_its_target() throws IOException {
        Path drafts = Files.createDirectories(guide.resolve("drafts"));
        Files.writeString(drafts.resolve("deltas.adoc"), "first draft");
        Path link = Files.createSymbolicLink(
                Files.createDirectories(guide.resolve("content")).resolve("deltas.adoc"),
                Path.of("../drafts/deltas.adoc"));
        BuildInputs inputs = new BuildInputs(guide);
        inputs.files(guide.resolve("content")).forEach(file -> assertEquals(link, file));
        inputs.read(link);
        Map<String, String> read = recorded(inputs);

        Files.writeString(drafts.resolve("deltas.adoc"), "second draft");
        assertEquals("content/deltas.adoc changed", BuildInputs.firstChange(guide, read));
    }
}
