package org.kotkinguide.bench;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code target/study-guide-bench}: measures synthetic guides of several sizes (minutes); a wrong
 * option stops it before anything runs. Its own program, in its own jar: the tool a teacher installs
 * does not carry it.
 */
@Command(
        name = "study-guide-bench",
        description =
                "Measures builds of synthetic guides of each size: cold, again, after an edit, the PDFs, the search.")
public final class BenchCommand implements Callable<Integer> {
    private final PrintStream out;

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "show this help and exit")
    boolean help;

    @Option(
            names = "--chapters",
            paramLabel = "N",
            split = ",",
            description = "the sizes to measure (default: 10,200,1000)")
    List<Integer> sizes = List.of(10, 200, 1000);

    @Option(
            names = "--pdf-up-to",
            paramLabel = "N",
            description = "make the PDFs for guides of up to N chapters (default: 200)")
    int pdfUpTo = 200;

    @Option(
            names = "--antora",
            paramLabel = "PATH",
            description = "the Antora to compare with (default: one npx finds)")
    String antora;

    private BenchCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Runs the benchmark with {@code args}, its tables to {@code out} and problems to {@code err}; returns the exit code (2: a wrong option). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(new BenchCommand(out));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args.toArray(new String[0]));
    }

    @Override
    public Integer call() throws Exception {
        try {
            return Benchmark.run(sizes, pdfUpTo, antora, out);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
