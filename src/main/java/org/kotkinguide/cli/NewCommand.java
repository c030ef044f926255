package org.kotkinguide.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kotkinguide.launch.Launcher;
import org.kotkinguide.starter.NewGuide;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code new DIR --title "..."}: a guide to start from, in a new or empty folder. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        versionProvider = StudyGuideCommand.Version.class,
        description =
                "Writes a guide to start from (settings, a README, two chapters, two terms, a timeline) into a new or empty"
                        + " folder. Its look comes from the tool until you put a file of your own under templates/ or assets/.")
final class NewCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "the new guide's folder")
    Path folder;

    @Option(names = "--title", paramLabel = "TITLE", description = "the guide's title")
    String title;

    @Option(
            names = "--reading-key",
            paramLabel = "KEY",
            description = "the BibTeX key of the reading (default: reading2020)")
    String key = "reading2020";

    NewCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (folder == null || title == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "'new' needs a folder and a title, e.g. new my-guide --title \"Notes on Dante\"");
        }
        String command = Launcher.command();
        try {
            NewGuide.write(folder, title, key, command);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
        out.println("wrote a new guide in " + folder + ": build it with");
        out.println("  " + command + " build --source " + quotedFolder());
        out.println("or preview it while you write with");
        out.println("  " + command + " serve --source " + quotedFolder());
        return 0;
    }

    /** The folder as given (relative to where the command runs), quoted if it holds a space or a quote. */
    private String quotedFolder() {
        String name = folder.toString();
        return name.matches("[A-Za-z0-9_./:\\\\+-]+") ? name : "\"" + name.replace("\"", "\\\"") + "\"";
    }
}
