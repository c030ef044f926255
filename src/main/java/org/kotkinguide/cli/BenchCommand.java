package org.kotkinguide.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.kotkinguide.bench.Benchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: measures synthetic guides of several sizes (minutes); a wrong option stops it before anything runs. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description =
                "Measures builds of synthetic guides of each size: cold, again, after an edit, the PDFs, the search.")
final class BenchCommand implements Callable<Integer> {
    private final PrintStream out;

    @Spec
    CommandSpec spec;

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

    BenchCommand(PrintStream out) {
        this.out = out;
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
