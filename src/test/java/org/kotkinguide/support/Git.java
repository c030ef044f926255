package org.kotkinguide.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The real git, for tests of what a guide in a repository shows (the pages' days). */
public final class Git {
    private Git() {}

    /** Runs {@code git arguments} in {@code folder} with {@code environment} added; fails the test if git does. */
    public static void run(Path folder, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), "git " + String.join(" ", arguments) + ": " + out);
    }

    /** Commits every file in {@code folder} (a repository made first if there is none) as of {@code instant}. */
    public static void commitAll(Path folder, String instant, String message) throws IOException, InterruptedException {
        if (!java.nio.file.Files.isDirectory(folder.resolve(".git"))) {
            run(folder, Map.of(), "init", "-q");
        }
        Map<String, String> at = Map.of("GIT_AUTHOR_DATE", instant, "GIT_COMMITTER_DATE", instant);
        run(folder, at, "add", "-A");
        run(folder, at, commit("-m", message));
    }

    /** The arguments of a quiet {@code git commit} by the test's teacher, with {@code more} after them. */
    public static String[] commit(String... more) {
        List<String> arguments = new ArrayList<>(
                List.of("-c", "user.name=Teacher", "-c", "user.email=teacher@example.org", "commit", "-q"));
        arguments.addAll(List.of(more));
        return arguments.toArray(new String[0]);
    }
}
