package org.kotkinguide.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Fixture guides for tests, under {@code src/test/resources/guides/}. A fixture without its own
 * {@code templates/} and {@code assets/} gets the project's, as a teacher starting a new guide would
 * copy them. A bad-input case ({@code guides/bad/<case>/}) holds only the files it changes in the
 * {@code minimal} guide.
 */
public final class GuideFolders {
    public static final Path PROJECT = Path.of("").toAbsolutePath();
    public static final Path FIXTURES = PROJECT.resolve("src/test/resources/guides");

    private GuideFolders() {}

    /** A copy of fixture {@code name} in {@code into}, ready to build. */
    public static Path fixture(String name, Path into) {
        Path guide = into.resolve(name.replace('/', '-'));
        copyTree(FIXTURES.resolve(name), guide);
        for (String shared : new String[] {"templates", "assets"}) {
            if (!Files.exists(guide.resolve(shared))) {
                copyTree(PROJECT.resolve(shared), guide.resolve(shared));
            }
        }
        return guide;
    }

    /** The minimal guide with the files of fixture {@code overlay} (e.g. {@code bad/unknown-term}) laid over it. */
    public static Path minimalWith(String overlay, Path into) {
        Path guide = into.resolve(overlay.replace('/', '-'));
        copyTree(fixture("minimal", into), guide);
        copyTree(FIXTURES.resolve(overlay), guide);
        return guide;
    }

    /** A copy of the project's own guide (the Kotkin guide) in {@code into}, to edit in a test. */
    public static Path realGuideCopy(Path into) {
        Path guide = into.resolve("guide");
        for (String part : new String[] {"content", "templates", "assets", "sources"}) {
            copyTree(PROJECT.resolve(part), guide.resolve(part));
        }
        try {
            Files.copy(PROJECT.resolve("jbake.properties"), guide.resolve("jbake.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return guide;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
