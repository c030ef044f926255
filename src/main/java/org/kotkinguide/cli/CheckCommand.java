package org.kotkinguide.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kotkinguide.pipeline.GuideCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code check}: every finding of a build on standard output, one per line, and nothing written. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = StudyGuideCommand.Version.class,
        description =
                "Runs every check of a build and writes nothing: one finding per line, FILE:LINE:1: error|warning: MESSAGE.")
final class CheckCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--source", paramLabel = "DIR", description = "the guide's folder (default: the current folder)")
    Path source = Path.of(".");

    @Option(names = "--warnings-as-errors", description = "exit with 1 when there is a warning, too")
    boolean strict;

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        GuideCheck.Findings found = GuideCheck.run(source);
        found.errors().forEach(e -> out.println(GuideCheck.format(e, "error")));
        found.warnings().forEach(w -> out.println(GuideCheck.format(w, "warning")));
        int errors = found.errors().size();
        int warnings = found.warnings().size();
        err.println("checked " + source + ": " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings
                + " warning" + (warnings == 1 ? "" : "s") + (strict && warnings > 0 ? " (--warnings-as-errors)" : ""));
        return errors > 0 || (strict && warnings > 0) ? 1 : 0;
    }
}
