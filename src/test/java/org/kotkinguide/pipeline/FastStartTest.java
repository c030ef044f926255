package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.GuideFolders;

/**
 * The commands README.md gives get the fast JVM settings with no flags typed: the launcher script
 * {@code mvn package} writes maps the class-data archive {@code mvn package} recorded, a plain
 * {@code java -jar} starts a second JVM that has the settings, and a second build with nothing
 * changed does not start JRuby at all.
 */
@Tag("integration")
class FastStartTest {
    /**
     * Shared by the class: recording the archive is a cold build in a JVM of its own, the same for every
     * test, so it is made once ({@link #packageOnce}); each test writes to its own output folder.
     */
    @TempDir
    static Path work;

    private static Path target;

    private static final String JAR = "study-guide-0.1.0.jar";

    /**
     * What {@code mvn package} leaves in target/: the jar (its manifest naming the libraries, as the
     * project's does), the launcher script, and the archive of the classes a first build loaded.
     */
    @BeforeAll
    static void packageOnce() throws Exception {
        target = packaged();
    }

    private static Path packaged() throws Exception {
        Path target = Files.createDirectories(work.resolve("target"));
        List<String> libraries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && !entry.contains("surefire")) {
                libraries.add(target.relativize(Path.of(entry).toAbsolutePath())
                        .toString()
                        .replace(File.separatorChar, '/')
                        .replace(" ", "%20"));
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.kotkinguide.cli.Main");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", libraries));
        Path manifestFile = work.resolve("MANIFEST.MF");
        try (OutputStream out = Files.newOutputStream(manifestFile)) {
            manifest.write(out);
        }
        int made = java.util.spi.ToolProvider.findFirst("jar")
                .orElseThrow()
                .run(
                        System.out,
                        System.err,
                        "--create",
                        "--file",
                        target.resolve(JAR).toString(),
                        "--manifest",
                        manifestFile.toString(),
                        "-C",
                        GuideFolders.PROJECT.resolve("target/classes").toString(),
                        ".");
        assertEquals(0, made, "jar of target/classes");
        // filled in as Maven's resource filtering does
        String script = Files.readString(GuideFolders.PROJECT.resolve("src/main/launcher/study-guide"))
                .replace("${project.build.finalName}.jar", JAR);
        for (String flag : List.of("jvm.stack", "jvm.collector", "jvm.quick", "jvm.codecache")) {
            script = script.replace("${" + flag + "}", pomProperty(flag));
        }
        Files.writeString(target.resolve("study-guide"), script);
        // as pom.xml's build-guide run does: the settings given, the classes recorded at exit
        Run record = run(
                Map.of(),
                with(
                        jarBuild(target, work.resolve("recorded/site")),
                        java(),
                        pomProperty("jvm.stack"),
                        pomProperty("jvm.quick"),
                        pomProperty("jvm.codecache"),
                        pomProperty("jvm.collector"),
                        "-XX:ArchiveClassesAtExit=" + target.resolve("study-guide.jsa"),
                        "-Xlog:cds*=off",
                        "-Dstudy-guide.launched=maven"));
        assertEquals(0, record.exitCode(), record.out());
        return target;
    }

    /** A property of pom.xml, where the JVM flags are written once. */
    private static String pomProperty(String name) throws Exception {
        return javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(GuideFolders.PROJECT.resolve("pom.xml").toFile())
                .getElementsByTagName(name)
                .item(0)
                .getTextContent()
                .strip();
    }

    private static Path guide;

    private static Path guide() {
        if (guide == null) {
            guide = GuideFolders.fixture("minimal", work);
        }
        return guide;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Run run(Map<String, String> environment, String... command) throws Exception {
        return run(environment, null, command);
    }

    /** {@code -jar <the tool in folder> build --no-pdf} of the test's guide into {@code output}: the end of a command line. */
    private static String[] jarBuild(Path folder, Path output) {
        return new String[] {
            "-jar",
            folder.resolve(JAR).toString(),
            "build",
            "--no-pdf",
            "--source",
            guide().toString(),
            "--output",
            output.toString()
        };
    }

    /** {@code first} followed by {@code last}: a command line. */
    private static String[] with(String[] last, String... first) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(first), java.util.Arrays.stream(last))
                .toArray(String[]::new);
    }

    /** Runs {@code command}; while it runs, collects the command lines of the JVMs it starts. */
    private static Run run(Map<String, String> environment, List<String> childCommands, String... command)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("out.txt").toFile());
        builder.environment().putAll(environment);
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("PATH", Path.of(java()).getParent() + File.pathSeparator + System.getenv("PATH"));
        Process process = builder.start();
        while (process.isAlive()) {
            if (childCommands != null) {
                process.descendants()
                        .forEach(child ->
                                child.info().arguments().ifPresent(args -> childCommands.add(String.join(" ", args))));
            }
            Thread.sleep(20);
        }
        return new Run(process.exitValue(), Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void java_dash_jar_without_flags_runs_the_build_in_a_jvm_with_the_fast_settings() throws Exception {
        List<String> children = new java.util.concurrent.CopyOnWriteArrayList<>();
        Run plain = run(
                Map.of(),
                children,
                // an option of the user's own, which the JVM with the settings must get too (README)
                with(jarBuild(target, work.resolve("plain/site")), java(), "-Dstudy-guide.test.user-option=kept"));
        assertEquals(0, plain.exitCode(), plain.out());
        assertTrue(Files.exists(work.resolve("plain/site/index.html")));
        assertTrue(
                children.stream()
                        .anyMatch(c -> c.contains("-XX:TieredStopAtLevel=1")
                                && c.contains("-XX:+UseSerialGC")
                                && c.contains("-XX:SharedArchiveFile=" + target.resolve("study-guide.jsa"))
                                && c.contains("-Dstudy-guide.test.user-option=kept")),
                "the build's JVM: " + children);

        // turned off, the build runs in the JVM typed, with whatever settings it has
        List<String> none = new java.util.concurrent.CopyOnWriteArrayList<>();
        Run asTyped = run(
                Map.of("STUDY_GUIDE_NO_RELAUNCH", "1"),
                none,
                with(jarBuild(target, work.resolve("plain/site")), java()));
        assertEquals(0, asTyped.exitCode(), asTyped.out());
        assertTrue(asTyped.out().contains("nothing changed since the last build"), asTyped.out());
        // (git, which gives the pages' dates, may run as a child: only another JVM counts)
        assertEquals(
                List.of(),
                none.stream().filter(c -> c.contains("-jar")).distinct().toList(),
                "no second JVM");
    }

    /** Both builds in one test, as each is a JVM of its own: the first is the cold one the archive serves. */
    @Test
    void the_launcher_script_builds_with_the_archive_mapped_and_a_second_build_never_loads_jruby() throws Exception {
        List<Run> runs = new ArrayList<>();
        for (String name : List.of("first", "second")) {
            // a change the build must act on, yet one no page's conversion reads
            Files.writeString(guide().resolve("assets/" + name + ".txt"), name);
            Path loaded = work.resolve(name + "-classes.txt");
            runs.add(run(
                    // -Xshare:on makes the JVM refuse to start when it cannot map the archive
                    Map.of("STUDY_GUIDE_JAVA_OPTS", "-Xshare:on -Xlog:class+load=info:file=" + loaded),
                    "sh",
                    target.resolve("study-guide").toString(),
                    "build",
                    "--no-pdf",
                    "--source",
                    guide().toString(),
                    "--output",
                    work.resolve("site").toString()));
            assertEquals(
                    0,
                    runs.get(runs.size() - 1).exitCode(),
                    runs.get(runs.size() - 1).out());
        }
        assertTrue(Files.exists(work.resolve("site/index.html")), runs.get(0).out());
        assertTrue(loadedJRuby(work.resolve("first-classes.txt")), "the first build converts, with JRuby");
        assertFalse(loadedJRuby(work.resolve("second-classes.txt")), runs.get(1).out());
        assertFalse(
                runs.get(1).out().contains("started Asciidoctor"), runs.get(1).out());
    }

    private static boolean loadedJRuby(Path classLog) throws IOException {
        try (var lines = Files.lines(classLog)) {
            return lines.anyMatch(line -> line.contains(" org.jruby.Ruby "));
        }
    }

    /** What a child JVM did. */
    private record Run(int exitCode, String out) {}
}
