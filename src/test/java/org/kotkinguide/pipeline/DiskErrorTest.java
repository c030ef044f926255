package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.FolderSnapshot;
import org.kotkinguide.support.FreshJvm;
import org.kotkinguide.support.GuideFolders;

/**
 * A teacher whose disk fills up during a build is told which file the build could not write, the build
 * exits non-zero, and the site students read stays as the last build left it. The disk is "full" for a
 * build in a JVM of its own, started under {@code ulimit -f}: every write past the limit fails as a full
 * disk's does, with the system's words and no file name (the JVM ignores the signal that would stop it).
 */
@Tag("integration")
@EnabledOnOs(OS.LINUX)
class DiskErrorTest {
    private static final int LIMIT_KB = 150;

    @TempDir
    static Path work;

    @Test
    void a_build_that_cannot_write_a_file_names_it_and_leaves_the_last_site() throws Exception {
        Path guide = GuideFolders.fixture("minimal", work.resolve("guide"));
        Path site = work.resolve("site");
        BuildRun first = BuildRun.build(guide, site);
        assertEquals(0, first.exitCode(), first.err());
        Map<String, String> published = FolderSnapshot.of(site);

        // a long chapter: its page and what the build keeps of it outgrow the limit
        String paragraph = "The Soviet state read the treaty as a threat to its borders. ".repeat(40) + "\n\n";
        Files.writeString(
                guide.resolve("content/chapters/mouths.adoc"),
                "\n" + paragraph.repeat(100),
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        List<String> command =
                new ArrayList<>(List.of("bash", "-c", "ulimit -f " + LIMIT_KB + " && exec \"$@\"", "bash"));
        command.addAll(FreshJvm.java());
        command.addAll(List.of(
                "org.kotkinguide.cli.Main",
                "build",
                "--source",
                guide.toString(),
                "--output",
                site.toString(),
                "--no-pdf"));
        Process build = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("build.txt").toFile())
                .start();
        assertTrue(build.waitFor(5, TimeUnit.MINUTES), "the build ends");
        String printed = Files.readString(work.resolve("build.txt"), StandardCharsets.UTF_8);

        assertEquals(1, build.exitValue(), printed);
        Matcher failed = Pattern.compile("build failed: (/\\S+): File too large; " + Pattern.quote(site.toString())
                        + " was left as it was")
                .matcher(printed);
        assertTrue(failed.find(), "the error names the file it could not write:\n" + printed);
        assertTrue(failed.group(1).startsWith(work.toString()), "a file of this build: " + failed.group(1));
        assertEquals(published, FolderSnapshot.of(site), "the last site, byte for byte");
        try (Stream<Path> beside = Files.list(work)) {
            List<String> left = beside.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith(".site-"))
                    .toList();
            assertEquals(List.of(), left, "no half-written site beside the last one");
        }
    }
}
