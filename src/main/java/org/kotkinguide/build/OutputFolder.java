package org.kotkinguide.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Build aside, then swap: a build writes into a fresh folder next to the output, and only a build
 * that succeeded replaces the output. A failed build leaves the last good output exactly as it was.
 */
public final class OutputFolder {
    private final Path target;

    public OutputFolder(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    public Path target() {
        return target;
    }

    /** A new empty folder beside the output, on the same disk so the swap is a rename. */
    public Path createStaging() {
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-building-");
            if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // temp folders are private; a published site must be readable by the web server
                Files.setPosixFilePermissions(staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            return staging;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a build folder next to " + target, e);
        }
    }

    /** Replaces the output with {@code staging}; the old output is removed only once the new one is in place. */
    public void publish(Path staging) {
        try {
            Path old = null;
            if (Files.exists(target)) {
                old = target.resolveSibling("." + target.getFileName() + "-old-" + System.nanoTime());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (old != null) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            if (old != null) {
                delete(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + target, e);
        }
    }

    /** Puts a copy of {@code from} at {@code to} in one step: a reader never sees half a file. */
    public static void replaceFile(Path from, Path to) throws IOException {
        Path temporary = Files.createTempFile(to.toAbsolutePath().getParent(), "." + to.getFileName(), ".part");
        Files.copy(from, temporary, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Replaces folder {@code to} with a copy of {@code from}, built aside and swapped in. */
    public static void replaceFolder(Path from, Path to) throws IOException {
        OutputFolder target = new OutputFolder(to);
        Path staging = target.createStaging();
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, staging.resolve(file.getFileName().toString()));
            }
        }
        target.publish(staging);
    }

    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
