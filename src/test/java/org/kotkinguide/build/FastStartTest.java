package org.kotkinguide.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.GuideFolders;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JVM flags README.md gives for a fast cold build: a first run records a class-data-sharing
 * archive (as {@code mvn package} does), and the next run with the README's flags builds the
 * guide with that archive mapped ({@code -Xshare:on} makes the JVM refuse to start otherwise).
 */
class FastStartTest {
    @TempDir
    Path work;

    /** The JVM flags of the README's fast-start command, before {@code -jar}. */
    private static List<String> readmeFlags() throws IOException {
        String readme = Files.readString(GuideFolders.PROJECT.resolve("README.md"));
        int at = readme.indexOf("-XX:SharedArchiveFile=target/study-guide.jsa");
        assertTrue(at > 0, "README.md gives the fast-start flags");
        String command = readme.substring(readme.lastIndexOf("java ", at), readme.indexOf("-jar", at)).replace("\\", " ");
        return List.of(command.substring("java ".length()).trim().split("\\s+"));
    }

    /** The README's flags, with the archive in {@code archive}, and then {@code more}. */
    private static List<String> flags(Path archive, String... more) throws IOException {
        List<String> flags = new ArrayList<>();
        for (String flag : readmeFlags()) {
            flags.add(flag.startsWith("-XX:SharedArchiveFile=") ? "-XX:SharedArchiveFile=" + archive : flag);
        }
        flags.addAll(List.of(more));
        return flags;
    }

    private Run build(List<String> flags, Path guide, Path output, String classPath) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.addAll(List.of("-cp", classPath, "org.kotkinguide.cli.Main", "build", "--no-pdf",
                "--source", guide.toString(), "--output", output.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out);
    }

    /**
     * The project's classes and every dependency, each a jar: class-data sharing takes only jars,
     * and in the test phase the project's own jar is not made yet, so the test makes one.
     */
    private String classPath() {
        Path jar = work.resolve("study-guide.jar");
        int made = java.util.spi.ToolProvider.findFirst("jar").orElseThrow().run(System.out, System.err,
                "--create", "--file", jar.toString(), "-C", GuideFolders.PROJECT.resolve("target/classes").toString(), ".");
        assertEquals(0, made, "jar of target/classes");
        List<String> entries = new ArrayList<>(List.of(jar.toString()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && !entry.contains("surefire")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    @Test
    void a_build_with_the_readmes_flags_maps_the_archive_a_first_run_recorded() throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        Path archive = work.resolve("study-guide.jsa");
        List<String> record = new ArrayList<>(flags(archive, "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off"));
        record.removeIf(flag -> flag.startsWith("-XX:SharedArchiveFile="));
        String classPath = classPath();
        Run first = build(record, guide, work.resolve("first/site"), classPath);
        assertEquals(0, first.exitCode(), first.out());
        assertTrue(Files.size(archive) > 0, "the first run recorded the archive");

        Run second = build(flags(archive, "-Xshare:on"), guide, work.resolve("second/site"), classPath);
        assertEquals(0, second.exitCode(), second.out());
        assertTrue(Files.exists(work.resolve("second/site/index.html")), second.out());
    }

    /** What a child JVM did. */
    private record Run(int exitCode, String out) {
    }
}
