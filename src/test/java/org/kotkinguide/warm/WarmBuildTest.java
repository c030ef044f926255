package org.kotkinguide.warm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.FolderSnapshot;
import org.kotkinguide.support.GuideFolders;

/**
 * A teacher who builds again and again types {@code build --warm}: the first such build starts a
 * server that stays, the next ones are run by it without JRuby's start, and what they publish is what
 * a clean build publishes. Each build here is the command line in a JVM of its own, as typed.
 */
@Tag("integration")
class WarmBuildTest {
    private static final Pattern SERVER =
            Pattern.compile("built by the warm build server \\(process (\\d+)\\), its build number (\\d+)");

    @TempDir
    Path work;

    private final List<Long> servers = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterEach
    void stopTheServers() {
        // ended before the temporary folder, where a server keeps its socket and log, is deleted
        servers.forEach(pid -> ProcessHandle.of(pid).ifPresent(server -> {
            server.destroy();
            server.onExit().orTimeout(60, TimeUnit.SECONDS).join();
        }));
    }

    /** {@code build --warm --no-pdf} in a fresh JVM, with this test's own cache folder (and so its own servers). */
    private BuildRun warmBuild(Path guide, String... jvmOptions) throws IOException, InterruptedException {
        return warmBuild(guide, List.of("--no-pdf"), jvmOptions);
    }

    /** {@code build --warm} with {@code options} in a fresh JVM, as above. */
    private BuildRun warmBuild(Path guide, List<String> options, String... jvmOptions)
            throws IOException, InterruptedException {
        return build(guide, true, options, jvmOptions);
    }

    /** {@code build}, with or without {@code --warm}, and {@code options}, in a fresh JVM, as above. */
    private BuildRun build(Path guide, boolean warm, List<String> options, String... jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = command(guide, warm, options, jvmOptions);
        Path said = Files.createTempFile(work, "said-", ".txt");
        Process build = start(command, said);
        if (!build.waitFor(5, TimeUnit.MINUTES)) {
            build.destroyForcibly();
            throw new AssertionError("the build did not end in 5 minutes: " + Files.readString(said));
        }
        String out = Files.readString(said);
        Matcher server = SERVER.matcher(out);
        if (server.find()) {
            servers.add(Long.parseLong(server.group(1)));
        }
        return new BuildRun(build.exitValue(), out, "");
    }

    /** The command line of {@code build} as typed, in a fresh JVM. */
    private List<String> command(Path guide, boolean warm, List<String> options, String... jvmOptions) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss4m",
                "-Dstudy-guide.launched=script"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "org.kotkinguide.cli.Main",
                "build",
                // typed in the test's folder: the server, in a folder of its own, reads them against this one
                "--source",
                work.relativize(guide).toString(),
                "--output",
                "site"));
        if (warm) {
            command.add("--warm");
        }
        command.addAll(options);
        return command;
    }

    /** Starts {@code command} in the test's folder with its own cache folder, its output into {@code said}. */
    private Process start(List<String> command, Path said) throws IOException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());
        // a file of its own: two builds may run at once
        return builder.redirectOutput(said.toFile()).start();
    }

    private BuildRun warmBuildUnchecked(Path guide) {
        try {
            return warmBuild(guide);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The server's process and its count of builds, as the build says them. */
    private static long[] server(BuildRun run) {
        Matcher server = SERVER.matcher(run.out());
        assertTrue(server.find(), "built by the server:\n" + run.out());
        return new long[] {Long.parseLong(server.group(1)), Long.parseLong(server.group(2))};
    }

    private Path warmFolder() {
        return work.resolve("cache/study-guide/warm");
    }

    @Test
    void later_builds_are_run_by_the_same_server_and_publish_what_a_clean_build_publishes() throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        Path chapter = guide.resolve("content/chapters/mouths.adoc");

        BuildRun first = warmBuild(guide);
        assertEquals(0, first.exitCode(), first.out());
        assertTrue(first.out().contains("started a warm build server"), first.out());
        long pid = server(first)[0];
        assertEquals(
                "rwx------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(warmFolder())),
                "only this user may reach the server's socket");

        // a wrong option gets the answer it gets typed without --warm, and is no build
        BuildRun wrong = warmBuild(guide, List.of("--no-pdf", "--port", "9"));
        assertEquals(2, wrong.exitCode(), wrong.out());
        assertTrue(wrong.out().contains("Unknown option: '--port' (build does not take it)"), wrong.out());
        assertFalse(SERVER.matcher(wrong.out()).find(), wrong.out());

        Files.writeString(chapter, "\nA sentence written after the first build.\n", StandardOpenOption.APPEND);
        BuildRun edited = warmBuild(guide, List.of("--no-pdf", "--verbose"));
        assertEquals(0, edited.exitCode(), edited.out());
        // every option reaches the server's build, not only the folders
        assertTrue(edited.out().contains("building: content/chapters/mouths.adoc changed"), edited.out());
        assertFalse(edited.out().contains("started a warm build server"), edited.out());
        assertEquals(pid, server(edited)[0], "the same server");
        assertEquals(2, server(edited)[1]);
        assertTrue(Files.readString(work.resolve("site/chapters/mouths.html"))
                .contains("A sentence written after the first build."));

        // a mistake is reported at its file and line, with the build's exit code, and the server stays
        Files.writeString(chapter, "\nSee term:no-such-term[].\n", StandardOpenOption.APPEND);
        BuildRun broken = warmBuild(guide);
        assertEquals(1, broken.exitCode(), broken.out());
        assertTrue(broken.out().contains("content/chapters/mouths.adoc:"), broken.out());
        assertTrue(broken.out().contains("was left as it was"), broken.out());
        String mended = Files.readString(chapter).replace("\nSee term:no-such-term[].\n", "\nSee the delta again.\n");
        Files.writeString(chapter, mended);
        BuildRun fixed = warmBuild(guide);
        assertEquals(0, fixed.exitCode(), fixed.out());
        assertEquals(pid, server(fixed)[0]);

        BuildRun again = warmBuild(guide);
        assertTrue(again.out().contains("nothing changed since the last build"), again.out());

        // two builds typed at once: the server runs them one after the other, and both end well
        Files.writeString(chapter, "\nA sentence saved while two builds start.\n", StandardOpenOption.APPEND);
        var one = java.util.concurrent.CompletableFuture.supplyAsync(() -> warmBuildUnchecked(guide));
        var other = java.util.concurrent.CompletableFuture.supplyAsync(() -> warmBuildUnchecked(guide));
        for (BuildRun run : List.of(one.join(), other.join())) {
            assertEquals(0, run.exitCode(), run.out());
            assertEquals(pid, server(run)[0]);
        }
        assertEquals(
                java.util.Set.of(6L, 7L),
                java.util.Set.of(server(one.join())[1], server(other.join())[1]),
                "each its own turn");

        BuildRun clean = BuildRun.buildAll(guide, work.resolve("clean/site"), "--no-pdf", "--no-cache");
        assertEquals(0, clean.exitCode(), clean.err());
        assertEquals(FolderSnapshot.of(work.resolve("clean/site")), FolderSnapshot.of(work.resolve("site")));
    }

    @Test
    void a_killed_server_is_replaced_by_the_next_build_and_an_idle_one_ends_and_takes_its_socket_away()
            throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        // the same options, so the same server's place; a short wait, so the test sees one end
        String idle = "-Dstudy-guide.warm.idle-seconds=5";
        BuildRun first = warmBuild(guide, idle);
        assertEquals(0, first.exitCode(), first.out());
        long killed = server(first)[0];
        ProcessHandle.of(killed).ifPresent(server -> {
            server.destroyForcibly();
            server.onExit().orTimeout(60, TimeUnit.SECONDS).join();
        });
        Path socket;
        try (var left = Files.list(warmFolder())) {
            socket = left.filter(file -> file.toString().endsWith(".socket"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("a killed server leaves its socket"));
        }

        BuildRun next = warmBuild(guide, idle);
        assertEquals(0, next.exitCode(), next.out());
        assertTrue(next.out().contains("started a warm build server"), next.out());
        long pid = server(next)[0];
        assertNotEquals(killed, pid);

        ProcessHandle.of(pid)
                .ifPresent(server ->
                        server.onExit().orTimeout(60, TimeUnit.SECONDS).join());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the idle server ended");
        try (var left = Files.list(warmFolder())) {
            assertTrue(left.noneMatch(file -> file.toString().endsWith(".socket")), "and took its socket away");
        }

        // a server that cannot start (here: a folder stands where its socket goes) leaves the build to this JVM
        Files.createDirectories(socket.resolve("in-the-way"));
        BuildRun alone = warmBuild(guide, idle);
        assertEquals(0, alone.exitCode(), alone.out());
        Path log = socket.resolveSibling(socket.getFileName().toString().replace(".socket", ".log"));
        assertTrue(
                alone.out().contains("no warm build server: it did not start (see " + log + "); building here"),
                alone.out());
        assertFalse(SERVER.matcher(alone.out()).find(), "built here:\n" + alone.out());
        assertTrue(alone.out().contains("nothing changed since the last build"), "the build ran:\n" + alone.out());
        assertTrue(Files.size(log) > 0, "the server's crash is in the log it names");
    }

    /**
     * A teacher back after the server ended: the new server's first build finds nothing changed, PDFs
     * included, and so loads no PDF converter. It loads it while it waits, not at the first edit, whose
     * book would wait for it (this guide's first edit: 40-42 s against 54-58 s, docs/benchmarks.md).
     */
    @Test
    void a_new_server_whose_first_build_kept_every_pdf_loads_the_pdf_converter_before_the_next_build()
            throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        // the last build, with its PDFs. Only its cache beside the site matters to the server, so it is built in
        // this JVM (whose PDF converter another test has often loaded already) rather than in a fresh one that
        // starts JRuby and the converter for it; the cache names the same tool (this JVM's class path), and the
        // server, whose user folder is this test's, is given the key this JVM sealed the entries with. Where this
        // JVM keeps no key (no writable home), in a JVM of its own with the test's user folder, as before
        BuildRun made = BuildRun.buildAll(guide, work.resolve("site"));
        assertEquals(0, made.exitCode(), made.out() + made.err());
        Path userKey = org.kotkinguide.cache.CacheSeal.userFolder().resolve("seal-key");
        if (Files.isRegularFile(userKey)) {
            Path key =
                    Files.createDirectories(work.resolve("cache/study-guide")).resolve("seal-key");
            Files.copy(userKey, key);
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        } else {
            made = build(guide, false, List.of(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
            assertEquals(0, made.exitCode(), made.out());
        }
        assertTrue(made.out().contains("wrote downloads/study-guide.pdf"), made.out());

        BuildRun kept = warmBuild(guide, List.of());
        assertEquals(0, kept.exitCode(), kept.out());
        assertTrue(kept.out().contains("started a warm build server"), kept.out());
        assertTrue(kept.out().contains("nothing changed since the last build"), kept.out());

        // an edit built at once, while the server loads the converter (3 to 7 s): the build says it waits for
        // the loading; a Ctrl+C then ends the command typed, and the server finishes the build and publishes it
        Files.writeString(
                guide.resolve("content/chapters/mouths.adoc"),
                "\nA sentence saved before a Ctrl+C.\n",
                StandardOpenOption.APPEND);
        Path typed = Files.createTempFile(work, "said-", ".txt");
        Process client = start(command(guide, true, List.of("--no-pdf")), typed);
        for (long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                !Files.readString(typed).contains("waiting for the PDF converter")
                        && client.isAlive()
                        && System.nanoTime() < end; ) {
            Thread.sleep(20);
        }
        assertTrue(
                Files.readString(typed)
                        .contains(
                                "waiting for the PDF converter, which the server loads after a build that kept every PDF..."),
                Files.readString(typed));
        new ProcessBuilder("kill", "-INT", String.valueOf(client.pid())).start().waitFor();
        assertTrue(client.waitFor(10, TimeUnit.SECONDS), "the command typed ends at Ctrl+C");

        // the server's log, beside its socket
        Path log;
        try (var files = Files.list(warmFolder())) {
            log = files.filter(file -> file.toString().endsWith(".log"))
                    .findFirst()
                    .orElseThrow();
        }
        String said = "";
        for (long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                !said.contains("loaded the PDF converter while waiting") && System.nanoTime() < end; ) {
            Thread.sleep(200);
            said = Files.readString(log);
        }
        assertTrue(said.contains("loaded the PDF converter while waiting, in "), said);
        Path chapter = work.resolve("site/chapters/mouths.html");
        for (long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
                !Files.readString(chapter).contains("saved before a Ctrl+C") && System.nanoTime() < end; ) {
            Thread.sleep(200);
        }
        assertTrue(Files.readString(chapter).contains("saved before a Ctrl+C"), "the server published the build");
        assertTrue(Files.isRegularFile(work.resolve("site/index.html")), "whole");

        // the next build is the server's, and waits no more
        BuildRun next = warmBuild(guide);
        assertEquals(0, next.exitCode(), next.out());
        assertFalse(next.out().contains("waiting for the PDF converter"), next.out());
    }

    @Test
    void where_others_could_reach_the_server_the_build_runs_in_its_own_jvm() throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        // a mistake the loader finds, so that the build here ends before it converts a page
        Files.writeString(guide.resolve("jbake.properties"), "guide.raw-html=yes\n", StandardOpenOption.APPEND);
        Files.createDirectories(warmFolder());
        Files.setPosixFilePermissions(warmFolder(), PosixFilePermissions.fromString("rwxrwxrwx"));

        BuildRun run = warmBuild(guide);
        assertTrue(
                run.out()
                        .contains("no warm build server: " + warmFolder()
                                + " is not this user's alone (it must be yours, rwx------); building here"),
                run.out());
        assertFalse(SERVER.matcher(run.out()).find(), run.out());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(
                run.out().contains("guide.raw-html must be true or false, not 'yes'"),
                "the build ran here:\n" + run.out());
        try (var left = Files.list(warmFolder())) {
            assertEquals(0, left.count(), "no socket, no log");
        }
    }
}
