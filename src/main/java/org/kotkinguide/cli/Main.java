package org.kotkinguide.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.kotkinguide.launch.FastStart;
import org.kotkinguide.warm.WarmClient;

/**
 * {@code java -jar study-guide.jar build|serve|check|new [options]}: hands {@code build --warm} to
 * the warm build server as typed, restarts a plain {@code java -jar} with the fast JVM settings, and
 * runs every other command line through {@link StudyGuideCommand}, the one parser. Nothing here loads
 * the parser (picocli), so a warm build's client starts in a tenth of a second less.
 */
public final class Main {
    /** Exit code of a wrong command line (picocli's own for an unknown or malformed option). */
    static final int USAGE = StudyGuideCommand.USAGE;

    private Main() {}

    public static void main(String[] args) {
        if (WarmClient.wanted(args)) {
            // before the parser loads or the JVM is started again: the server parses and builds, this JVM only waits
            OptionalInt served = WarmClient.run(List.of(args), System.out, System.err);
            if (served.isPresent()) {
                System.exit(served.getAsInt());
            }
            args = WarmClient.withoutWarm(args);
        }
        // `java -jar` without the fast JVM settings: run the command in a JVM that has them
        int relaunched = FastStart.relaunchIfNeeded(args);
        if (relaunched >= 0) {
            System.exit(relaunched);
        }
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Runs a command line, printing progress to {@code out} and problems to {@code err}; returns the exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, BuildCommand.Builds.NEW);
    }

    /** {@link #run(List, PrintStream, PrintStream)}, with {@code build} taking its build from {@code builds}. */
    static int run(List<String> args, PrintStream out, PrintStream err, BuildCommand.Builds builds) {
        return run(args, out, err, builds, null);
    }

    /**
     * {@link #run(List, PrintStream, PrintStream, BuildCommand.Builds)} for a command line typed in
     * {@code clientFolder} (a warm build's client's; null: this JVM's own), against which its relative
     * folders are read.
     */
    static int run(List<String> args, PrintStream out, PrintStream err, BuildCommand.Builds builds, Path clientFolder) {
        return StudyGuideCommand.run(args, out, err, builds, clientFolder);
    }
}
