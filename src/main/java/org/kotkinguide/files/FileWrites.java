package org.kotkinguide.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;

/**
 * Writes a file and, when the disk refuses, says which: every file the tool writes is written here
 * (an architecture test holds the rest of the code to it). Opening, moving, linking and copying
 * already name their paths in the JDK's exceptions; writing the bytes does not.
 */
public final class FileWrites {
    private FileWrites() {}

    /** The bytes as the whole file (or appended, with {@code APPEND}). */
    public static void bytes(Path file, byte[] bytes, OpenOption... options) throws IOException {
        try {
            Files.write(file, bytes, options);
        } catch (IOException e) {
            throw named(file, e);
        }
    }

    /** The text, in UTF-8, as the whole file (or appended, with {@code APPEND}). */
    public static void text(Path file, CharSequence text, OpenOption... options) throws IOException {
        bytes(file, text.toString().getBytes(StandardCharsets.UTF_8), options);
    }

    /** A stream into the file whose every failure names it (a zip is written through one). */
    public static OutputStream stream(Path file) throws IOException {
        OutputStream opened;
        try {
            opened = Files.newOutputStream(file);
        } catch (IOException e) {
            throw named(file, e);
        }
        return new FilterOutputStream(opened) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                try {
                    out.write(bytes, offset, length);
                } catch (IOException e) {
                    throw named(file, e);
                }
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw named(file, e);
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    out.close();
                } catch (IOException e) {
                    throw named(file, e);
                }
            }
        };
    }

    /** The error as one that names the file ("path: No space left on device"), unless it already does. */
    static IOException named(Path file, IOException e) {
        if (e instanceof FileSystemException withPath && withPath.getFile() != null) {
            return e;
        }
        FileSystemException named = new FileSystemException(file.toString(), null, e.getMessage());
        named.initCause(e);
        return named;
    }
}
