package org.kotkinguide.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `new` tells the teacher how to run the tool: by a path that works from the guide's folder too. */
class LauncherTest {
    @TempDir
    Path work;

    @Test
    void a_jar_alone_is_run_with_java_jar_and_its_full_path() throws IOException {
        Path jar =
                Files.write(Files.createDirectories(work.resolve("tools")).resolve("study-guide-1.0.jar"), new byte[1]);

        assertEquals("java -jar " + jar, Launcher.command(jar, false));
    }

    @Test
    void the_launcher_beside_the_jar_is_named_by_its_full_path() throws IOException {
        Path target = Files.createDirectories(work.resolve("target"));
        Path jar = Files.write(target.resolve("study-guide-1.0.jar"), new byte[1]);
        Path script = executable(target.resolve("study-guide"));

        assertEquals(script.toString(), Launcher.command(jar, false));
    }

    @Test
    void a_distribution_s_launcher_in_bin_is_named_for_its_jar_in_lib() throws IOException {
        Path lib = Files.createDirectories(work.resolve("study-guide-1.0/lib"));
        Path jar = Files.write(lib.resolve("study-guide-1.0.jar"), new byte[1]);
        Path script = executable(
                Files.createDirectories(work.resolve("study-guide-1.0/bin")).resolve("study-guide"));

        assertEquals(script.toString(), Launcher.command(jar, false));
    }

    @Test
    void a_path_with_a_space_is_quoted() throws IOException {
        Path jar =
                Files.write(Files.createDirectories(work.resolve("my tools")).resolve("study-guide.jar"), new byte[1]);

        assertEquals("java -jar '" + jar + "'", Launcher.command(jar, false));
        assertEquals("java -jar \"" + jar + "\"", Launcher.command(jar, true));
    }

    private static Path executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
