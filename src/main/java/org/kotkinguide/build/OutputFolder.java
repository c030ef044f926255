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
            return Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-building-");
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
