package org.kotkinguide.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A maintainer reading "build failed" after a full disk is told which file it stopped at. */
@EnabledOnOs(OS.LINUX) // /dev/full: a file every write to fails with "No space left on device"
class FileWritesTest {
    private static final Path FULL = Path.of("/dev/full");

    @Test
    void a_full_disk_is_said_at_the_file_written_as_bytes_or_text() {
        IOException bytes = assertThrows(IOException.class, () -> FileWrites.bytes(FULL, new byte[10]));
        assertEquals("/dev/full: No space left on device", bytes.getMessage());
        IOException text = assertThrows(IOException.class, () -> FileWrites.text(FULL, "a page"));
        assertEquals("/dev/full: No space left on device", text.getMessage());
    }

    @Test
    void a_full_disk_is_said_at_the_file_a_stream_writes_into() {
        IOException e = assertThrows(IOException.class, () -> {
            try (OutputStream out = FileWrites.stream(FULL)) {
                out.write(new byte[10]);
            }
        });
        assertEquals("/dev/full: No space left on device", e.getMessage());
    }

    @Test
    void an_error_that_already_names_its_file_is_kept_as_it_is(@TempDir Path work) throws IOException {
        Path missing = work.resolve("no-such-folder/page.html");
        IOException e = assertThrows(IOException.class, () -> FileWrites.bytes(missing, new byte[1]));
        assertTrue(e instanceof NoSuchFileException, "the JDK's own kind of error: " + e);
        assertEquals(missing.toString(), e.getMessage());

        FileWrites.text(work.resolve("page.html"), "Ленин");
        assertEquals("Ленин", Files.readString(work.resolve("page.html")), "text is written as UTF-8");
    }
}
