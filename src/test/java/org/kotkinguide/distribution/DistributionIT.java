package org.kotkinguide.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.GuideFolders;

/**
 * The zip {@code mvn package} makes is the tool a teacher installs: unzipped, then moved or copied to
 * another folder, it runs with only a JDK, makes and builds a guide there (in a folder named with an umlaut,
 * under a locale that is not UTF-8), and never prints the JVM's
 * class-data-sharing warning for an archive made for another folder; it records the archive again for
 * the folder it is in, and that archive is one the JVM maps.
 */
@Tag("integration")
class DistributionIT {
    @TempDir
    Path work;

    private record Run(int exitCode, String out) {}

    /** The zip of this version beside the jar (not the benchmark's jar, not the offline site). */
    private static Path distribution() throws IOException {
        Path target = GuideFolders.PROJECT.resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(
                            f -> f.getFileName().toString().matches("study-guide-\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\.zip"))
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError("no target/study-guide-<version>.zip: run mvn package first"));
        }
    }

    /** {@code bin/study-guide} of {@code installed} with {@code args}, in {@code folder}, with this JDK and nothing else set. */
    private static Run run(Path installed, Path folder, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of(installed.resolve("bin/study-guide").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("STUDY_GUIDE") || name.startsWith("JDK_"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out);
    }

    private static void assertNoSharingWarning(Run run) {
        assertFalse(run.out().contains("[cds"), "no class-data-sharing message:\n" + run.out());
        assertFalse(run.out().contains("shared archive"), "no class-data-sharing message:\n" + run.out());
    }

    /** The tool's zip unzipped into this test's folder: the folder it unzips to. */
    private Path unzipped() throws IOException, InterruptedException {
        Path zip = distribution();
        Path unzipped = Files.createDirectories(work.resolve("unzipped"));
        Process unzip = new ProcessBuilder("unzip", "-q", zip.toString(), "-d", unzipped.toString())
                .inheritIO()
                .start();
        assertEquals(0, unzip.waitFor(), "unzip " + zip);
        try (Stream<Path> folders = Files.list(unzipped)) {
            return folders.findFirst().orElseThrow();
        }
    }

    @Test
    void the_unzipped_tool_copied_elsewhere_builds_a_guide_in_a_folder_named_with_an_umlaut_with_no_sharing_warning()
            throws Exception {
        Path installed = unzipped();
        assertTrue(Files.isExecutable(installed.resolve("bin/study-guide")), "bin/study-guide runs as it is unzipped");
        assertTrue(Files.isRegularFile(installed.resolve("bin/study-guide.cmd")));
        // the starter guide's README sends its author to these
        assertTrue(Files.isRegularFile(installed.resolve("README.md")), "the README comes with the tool");
        assertTrue(Files.isRegularFile(installed.resolve("docs/writing-a-guide.md")), "and the author's reference");
        try (Stream<Path> lib = Files.list(installed.resolve("lib"))) {
            List<String> jars = lib.map(p -> p.getFileName().toString()).toList();
            assertTrue(jars.stream().anyMatch(j -> j.startsWith("picocli-")), "the libraries: " + jars);
            assertFalse(jars.stream().anyMatch(j -> j.contains("bench")), "no benchmark in the tool: " + jars);
        }

        // moved to a folder with a space in its name, where no archive was ever made
        Path moved = work.resolve("Programs and tools/study-guide");
        // copied as cp -r copies: new dates, the executable bits kept
        GuideFolders.copyTree(installed, moved);
        Run version = run(moved, work, Map.of(), "--version");
        assertEquals(0, version.exitCode(), version.out());
        assertTrue(version.out().startsWith("study-guide "), version.out());
        assertNoSharingWarning(version);

        // by a teacher whose system locale is not UTF-8 (a server's or a container's default), in a folder
        // named with an umlaut: Java would read the folder's name as "Geschichte f??r Kurs"
        Path guide = work.resolve("Geschichte für Kurs");
        Run made = run(moved, work, Map.of(), "new", guide.toString(), "--title", "A Guide Made Elsewhere");
        assertEquals(0, made.exitCode(), made.out());
        Run built = run(moved, guide, Map.of("LANG", "C", "LC_ALL", "C"), "build", "--no-pdf");
        assertEquals(0, built.exitCode(), built.out());
        assertNoSharingWarning(built);
        assertTrue(Files.isRegularFile(guide.resolve("target/site/index.html")), built.out());
        Path archive = moved.resolve("lib/study-guide.jsa");
        assertTrue(Files.isRegularFile(archive), "the first build recorded the classes it loaded");

        // the archive maps: with -Xshare:on a JVM that cannot use it stops instead of running without it
        Run mapped = run(moved, work, Map.of("STUDY_GUIDE_JAVA_OPTS", "-Xshare:on"), "--version");
        assertEquals(0, mapped.exitCode(), "the recorded archive is one the JVM maps:\n" + mapped.out());

        // copied again, with the archive made for the first folder: never used there, made anew
        Path copied = work.resolve("copied");
        GuideFolders.copyTree(moved, copied);
        String madeFor = Files.readString(moved.resolve("lib/study-guide.jsa.for"));
        Run again = run(copied, guide, Map.of(), "build", "--no-pdf", "--no-cache");
        assertEquals(0, again.exitCode(), again.out());
        assertNoSharingWarning(again);
        assertNotEquals(
                madeFor,
                Files.readString(copied.resolve("lib/study-guide.jsa.for")),
                "the archive was recorded again for the copy");
        Run copiedMapped = run(copied, work, Map.of("STUDY_GUIDE_JAVA_OPTS", "-Xshare:on"), "--version");
        assertEquals(0, copiedMapped.exitCode(), "the copy's archive maps:\n" + copiedMapped.out());

        // the preview, stopped as a teacher's editor or a script stops it: the signal reaches Java itself
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path said = work.resolve("serve.txt");
        ProcessBuilder serve = new ProcessBuilder(
                        moved.resolve("bin/study-guide").toString(), "serve", "--port", String.valueOf(port))
                .directory(guide.toFile())
                .redirectErrorStream(true)
                .redirectOutput(said.toFile());
        serve.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process preview = serve.start();
        for (long end = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
                !Files.readString(said).contains("serving ") && preview.isAlive() && System.nanoTime() < end; ) {
            Thread.sleep(100);
        }
        assertTrue(Files.readString(said).contains("serving "), Files.readString(said));
        String command = preview.info().command().orElse("");
        // should the launcher still be a shell, its Java is stopped too: a test leaves no preview running
        preview.descendants().forEach(ProcessHandle::destroy);
        preview.destroy();
        assertTrue(preview.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the preview ends");
        assertTrue(command.endsWith("java"), "the launcher's process is Java's: " + command);
    }

    @Test
    void the_installed_tool_hands_a_warm_build_to_its_server_and_records_no_archive_for_it() throws Exception {
        Path installed = unzipped();
        assertEquals(
                0,
                run(installed, work, Map.of(), "new", "guide", "--title", "A Warm Guide")
                        .exitCode());
        Map<String, String> ownCache =
                Map.of("XDG_CACHE_HOME", work.resolve("cache").toString());

        Run built = run(installed, work.resolve("guide"), ownCache, "build", "--warm", "--no-pdf");
        Matcher server = Pattern.compile("built by the warm build server \\(process (\\d+)\\)")
                .matcher(built.out());
        try {
            assertEquals(0, built.exitCode(), built.out());
            // the server runs on the installed libraries, which only the script lists (not the jar's manifest)
            assertTrue(server.find(), "the server ran the build:\n" + built.out());
            assertTrue(Files.isRegularFile(work.resolve("guide/target/site/index.html")), built.out());
            // the command that only handed the build on loaded a few hundred classes: no archive is made of them
            assertFalse(Files.exists(installed.resolve("lib/study-guide.jsa")), "no archive from a --warm build");
        } finally {
            if (server.find(0)) {
                ProcessHandle.of(Long.parseLong(server.group(1))).ifPresent(process -> {
                    process.destroy();
                    process.onExit().join();
                });
            }
        }
    }
}
