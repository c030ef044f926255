package org.kotkinguide.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary folders that outlive one test (a guide built once per run, a browser profile) and are
 * still deleted: JUnit's {@code @TempDir} covers one test or class, these go when the test JVM ends.
 */
public final class TemporaryFolders {
    private TemporaryFolders() {}

    /** A new folder under the system's temporary folder, deleted with all it holds when the JVM exits. */
    public static Path deletedAtExit(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder), "delete " + folder));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes {@code folder} and everything in it; a link inside is removed, never what it points to.
     * Quietly leaves what it cannot delete (a file a finished browser still had open): the exit hook tries again.
     */
    public static void delete(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException stillInUse) {
                    // a folder that is not empty yet, or a file held open: left for the next try
                }
            }
        } catch (IOException | UncheckedIOException gone) {
            // the folder changed while it was walked (its owner was still writing): left for the next try
        }
    }
}
