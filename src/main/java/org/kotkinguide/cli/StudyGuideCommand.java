package org.kotkinguide.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command line's one parser (picocli): every command has {@code --help} and {@code --version}
 * and refuses an option it does not take. Exit code 0 on success, 1 when the content has errors, 2
 * for a wrong command line.
 */
@Command(
        name = "study-guide",
        mixinStandardHelpOptions = true,
        versionProvider = StudyGuideCommand.Version.class,
        description = "Builds a study guide (website, offline copy, PDF, EPUB) from AsciiDoc notes.")
final class StudyGuideCommand implements Callable<Integer> {
    /** Exit code of a wrong command line (picocli's own for an unknown or malformed option). */
    static final int USAGE = CommandLine.ExitCode.USAGE;

    @Spec
    CommandSpec spec;

    /** See {@link Main#run(List, PrintStream, PrintStream, BuildCommand.Builds, Path)}. */
    static int run(List<String> args, PrintStream out, PrintStream err, BuildCommand.Builds builds, Path clientFolder) {
        CommandLine line = new CommandLine(new StudyGuideCommand())
                .addSubcommand(new BuildCommand(out, err, builds, clientFolder))
                .addSubcommand(new ServeCommand(out, err))
                .addSubcommand(new CheckCommand(out, err))
                .addSubcommand(new NewCommand(out, err));
        // help and usage go where the caller's output goes (the tests read them from there)
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setParameterExceptionHandler(StudyGuideCommand::wrongCommandLine);
        return line.execute(args.toArray(new String[0]));
    }

    /** What is wrong, what may have been meant, and the command's usage: exit code 2. */
    private static int wrongCommandLine(CommandLine.ParameterException wrong, String[] args) {
        CommandLine command = wrong.getCommandLine();
        PrintWriter err = command.getErr();
        List<String> unmatched =
                wrong instanceof CommandLine.UnmatchedArgumentException u ? u.getUnmatched() : List.of();
        if (!unmatched.isEmpty() && unmatched.get(0).startsWith("-")) {
            // picocli would name the option's value as a second unknown option
            err.println(
                    "Unknown option: '" + unmatched.get(0) + "' (" + command.getCommandName() + " does not take it)");
        } else if (!unmatched.isEmpty() && command.getParent() == null) {
            err.println("Unknown command: '" + unmatched.get(0) + "' (the commands are build, serve, check and new)");
        } else {
            err.println(wrong.getMessage());
        }
        CommandLine.UnmatchedArgumentException.printSuggestions(wrong, err);
        command.usage(err);
        return USAGE;
    }

    /** No command given: say which there are. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "expected a command: build, serve, check or new");
    }

    /** The tool's version, as the pom gives it (written into the jar by the build). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = StudyGuideCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
            return new String[] {
                "study-guide " + properties.getProperty("version", "(unknown version)") + " (Java " + Runtime.version()
                        + ")"
            };
        }
    }
}
