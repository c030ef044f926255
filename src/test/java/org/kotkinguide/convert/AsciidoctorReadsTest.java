package org.kotkinguide.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.BuildInputs;

/**
 * A teacher saves a shared note while a chapter that includes it is converting. The page was made
 * from the note as Asciidoctor found it, and is keyed so: the next build sees the saved note as a
 * change and converts the page again (keyed on the saved note, the old text was kept for good).
 */
class AsciidoctorReadsTest {
    @TempDir
    Path work;

    @Test
    void a_file_is_keyed_as_it_was_when_asciidoctor_looked_it_up_not_as_it_is_after_the_conversion()
            throws IOException {
        Path note = Files.writeString(work.resolve("_note.adoc"), "MARKER-ONE\n");
        String asLookedUp = BuildInputs.state(note);
        AsciidoctorReads.Result<String> conversion = AsciidoctorReads.during(() -> {
            AsciidoctorReads.record(note.toString());
            try {
                Files.writeString(note, "MARKER-TWO\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return "converted";
        });
        assertEquals(asLookedUp, conversion.files().get(note.toAbsolutePath().normalize()));
    }
}
