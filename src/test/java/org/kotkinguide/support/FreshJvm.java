package org.kotkinguide.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The start of a command line that runs the tool's {@code Main} in a JVM of its own, as the launcher
 * script runs a one-off build: with the JVM flags written once in pom.xml (launch/jvm-flags.txt), the
 * quick compiler among them. Without them a fresh JVM's build of a small guide with its PDFs took
 * 2.5 times the CPU (C2 compiling JRuby), time the whole integration tier waited for.
 */
public final class FreshJvm {
    private FreshJvm() {}

    /** {@code java}, the one-off build's flags, {@code -Dstudy-guide.launched=script}, and this JVM's class path. */
    public static List<String> java() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags("always"));
        command.addAll(flags("quick"));
        command.add("-Dstudy-guide.launched=script");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        return command;
    }

    private static List<String> flags(String key) {
        try (InputStream in = FreshJvm.class.getResourceAsStream("/org/kotkinguide/launch/jvm-flags.txt")) {
            if (in == null) {
                throw new IllegalStateException("launch/jvm-flags.txt is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> line.startsWith(key + "="))
                    .findFirst()
                    .map(line ->
                            List.of(line.substring(key.length() + 1).strip().split("\\s+")))
                    .orElseThrow(() -> new IllegalStateException("no " + key + "= in launch/jvm-flags.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
