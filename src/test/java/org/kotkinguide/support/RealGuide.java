package org.kotkinguide.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The project's real {@code content/}, built (site and PDFs) with the real command line, and shared
 * by the tests that read it. Under {@code mvn verify} the {@code package} phase has just built it
 * into {@code target/site} with the packaged jar: the tests read that build, after the jar's own
 * up-to-date check has confirmed it is current for these sources (or rebuilt what changed). Run
 * alone (an IDE, {@code mvn test -Dtest=...}), the guide is built once per test JVM into a
 * temporary folder.
 */
public final class RealGuide {
    /** Set by failsafe's configuration in the pom: the jar and the site that {@code package} made. */
    static final String PACKAGED_JAR = "real-guide.jar";

    static final String PACKAGED_SITE = "real-guide.site";

    private static Site site;
    private static BuildRun run;

    private RealGuide() {}

    public static synchronized Site site() {
        if (site == null) {
            Path packaged = packagedSite();
            Path output = packaged != null
                    ? packaged
                    // read by many test classes, so kept for the whole run and deleted when the test JVM ends
                    : TemporaryFolders.deletedAtExit("real-guide-").resolve("site");
            run = packaged != null
                    ? packagedBuildConfirmedAlone(Path.of(System.getProperty(PACKAGED_JAR)), packaged)
                    : BuildRun.buildAll(GuideFolders.PROJECT, output);
            if (run.exitCode() != 0) {
                throw new AssertionError("the real guide does not build:\n" + run.out() + run.err());
            }
            site = new Site(output);
        }
        return site;
    }

    /** The whole-guide PDF next to the site. */
    public static synchronized Path pdf() {
        return site().folder().resolveSibling("study-guide.pdf");
    }

    /**
     * What the build of the real guide printed. When the package phase's build is reused, this is the
     * jar's up-to-date check, which repeats that build's warnings (or the rebuild it had to do).
     */
    public static synchronized BuildRun run() {
        site();
        return run;
    }

    /** The package phase's site when failsafe names it and it is there with its PDF; else null. */
    private static Path packagedSite() {
        String jar = System.getProperty(PACKAGED_JAR);
        String folder = System.getProperty(PACKAGED_SITE);
        if (jar == null || folder == null) {
            return null;
        }
        Path output = Path.of(folder);
        boolean built = Files.isRegularFile(Path.of(jar))
                && Files.isRegularFile(output.resolve("index.html"))
                && Files.isRegularFile(output.resolveSibling("study-guide.pdf"));
        return built ? output : null;
    }

    /**
     * {@link #packagedBuildConfirmed}, one test JVM at a time: failsafe runs the tier in more than one
     * JVM, and should the check find the site out of date, only one of them may build it again (the
     * others then find it current). The lock is the operating system's, on a file beside the jar.
     */
    static BuildRun packagedBuildConfirmedAlone(Path jar, Path output) {
        try (FileChannel lockFile = FileChannel.open(
                jar.resolveSibling("real-guide-check.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            // held until the channel closes
            lockFile.lock();
            return packagedBuildConfirmed(jar, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code java -jar <jar> build} on the project into the package phase's output, as a user
     * would: its cache check (every input by its bytes, the tool's version, every output file) says
     * "nothing changed" in seconds when that build is current, and otherwise rebuilds what changed,
     * which the cache tests hold equal to a clean build.
     */
    static BuildRun packagedBuildConfirmed(Path jar, Path output) {
        try {
            Process build = new ProcessBuilder(List.of(
                            // the java the package phase ran (the one on the PATH): the same JDK keeps the cache's key
                            "java",
                            "-jar",
                            jar.toString(),
                            "build",
                            "--source",
                            GuideFolders.PROJECT.toString(),
                            "--output",
                            output.toString()))
                    .start();
            build.getOutputStream().close();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
                try {
                    return build.getErrorStream().readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            String out = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = build.waitFor();
            return new BuildRun(code, out, new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
