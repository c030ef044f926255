package org.kotkinguide.support;

import java.nio.file.Path;

/**
 * The project's real {@code content/}, built once per test run (site and PDFs) into a temporary
 * folder with the real command line, and shared by the tests that read it.
 */
public final class RealGuide {
    private static Site site;
    private static BuildRun run;

    private RealGuide() {}

    public static synchronized Site site() {
        if (site == null) {
            // read by many test classes, so kept for the whole run and deleted when the test JVM ends
            Path output = TemporaryFolders.deletedAtExit("real-guide-").resolve("site");
            run = BuildRun.buildAll(GuideFolders.PROJECT, output);
            if (run.exitCode() != 0) {
                throw new AssertionError("the real guide does not build:\n" + run.err());
            }
            site = new Site(output);
        }
        return site;
    }

    /** The whole-guide PDF next to the site. */
    public static synchronized Path pdf() {
        return site().folder().resolveSibling("study-guide.pdf");
    }

    /** What the build of the real guide printed. */
    public static synchronized BuildRun run() {
        site();
        return run;
    }
}
