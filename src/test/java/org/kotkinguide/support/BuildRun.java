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
}
