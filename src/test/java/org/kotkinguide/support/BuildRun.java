package org.kotkinguide.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.kotkinguide.cli.Main;

/** One run of the command line, as a user would type it, with what it printed and its exit code. */
public record BuildRun(int exitCode, String out, String err) {

    /** Builds the website only ({@code --no-pdf}): most tests do not need the slow PDFs. */
    public static BuildRun build(Path source, Path output) {
        return run("build", "--source", source.toString(), "--output", output.toString(), "--no-pdf");
    }

    /** Builds everything, as {@code mvn package} does. */
    public static BuildRun buildAll(Path source, Path output, String... more) {
        String[] args = {"build", "--source", source.toString(), "--output", output.toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return run(all);
    }

    public static BuildRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new BuildRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * {@code build --no-pdf} in a JVM of its own (JRuby started afresh), started as the launcher starts a
     * build ({@link FreshJvm}), with {@code environment} added to
     * this one's; on this JVM's class path, so the cache's entries name the same tool (cache/ToolVersion).
     * Its output and errors come back together in {@code out}; a build that has not ended in five minutes fails.
     */
    public static BuildRun buildInFreshJvm(Path source, Path output, java.util.Map<String, String> environment)
            throws java.io.IOException, InterruptedException {
        return buildInFreshJvm(source, output, environment, "--no-pdf");
    }

    /** {@code build} with {@code options} in a JVM of its own, as {@link #buildInFreshJvm(Path, Path, java.util.Map)}. */
    public static BuildRun buildInFreshJvm(
            Path source, Path output, java.util.Map<String, String> environment, String... options)
            throws java.io.IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(FreshJvm.java());
        command.addAll(java.util.List.of("org.kotkinguide.cli.Main", "build"));
        command.addAll(java.util.List.of(options));
        command.addAll(java.util.List.of("--source", source.toString(), "--output", output.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Path said = java.nio.file.Files.createTempFile("build-in-fresh-jvm", ".txt");
        try {
            Process build = builder.redirectOutput(said.toFile()).start();
            if (!build.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
                build.destroyForcibly();
                throw new AssertionError("the build did not end in 5 minutes: " + java.nio.file.Files.readString(said));
            }
            return new BuildRun(build.exitValue(), java.nio.file.Files.readString(said), "");
        } finally {
            java.nio.file.Files.deleteIfExists(said);
        }
    }
}
