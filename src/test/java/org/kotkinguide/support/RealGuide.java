package org.kotkinguide.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's real {@code content/}, baked once per test run into a temporary folder with the
 * real command line, and shared by the tests that read it.
 */
public final class RealGuide {
    private static Site site;
    private static BuildRun run;

    private RealGuide() {
    }

    public static synchronized Site site() {
        if (site == null) {
            try {
                Path output = Files.createTempDirectory("real-guide-").resolve("site");
                run = BuildRun.build(GuideFolders.PROJECT, output);
                if (run.exitCode() != 0) {
                    throw new AssertionError("the real guide does not build:\n" + run.err());
                }
                site = new Site(output);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }

    /** What the build of the real guide printed. */
    public static synchronized BuildRun run() {
        site();
        return run;
    }
}
