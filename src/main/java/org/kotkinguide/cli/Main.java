package org.kotkinguide.cli;

import org.kotkinguide.bench.Benchmark;
import org.kotkinguide.build.BuildOptions;
import org.kotkinguide.build.GuideBuild;
import org.kotkinguide.build.GuideCheck;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.pdf.Edition;
import org.kotkinguide.preview.PreviewServer;
import org.kotkinguide.content.GuideBuildException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar study-guide.jar build [--source DIR] [--output DIR] [--pdf-edition E] [--no-pdf]}:
 * builds the guide in {@code DIR} (default: the current folder) into {@code --output} (default:
 * {@code DIR/target/site}), with the PDF and handouts next to it.
 * Exit code 0 on success, 1 when the content has errors, 2 for a wrong command line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        // `java -jar` without the fast JVM settings: run the command in a JVM that has them
        int relaunched = FastStart.relaunchIfNeeded(args);
        if (relaunched >= 0) {
            System.exit(relaunched);
        }
        if (args.length > 0 && args[0].equals("bench")) {
            try {
                System.exit(Benchmark.run(List.of(args).subList(1, args.length), System.out));
            } catch (IllegalArgumentException e) {
                System.exit(usage(System.err, e.getMessage()));
            }
        }
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Runs a command line, printing progress to {@code out} and problems to {@code err}; returns the exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && args.get(0).equals("new")) {
            return newGuide(args.subList(1, args.size()), out, err);
        }
        if (!args.isEmpty() && args.get(0).equals("check")) {
            return check(args.subList(1, args.size()), out, err);
        }
        if (args.isEmpty() || !List.of("build", "serve").contains(args.get(0))) {
            return usage(err, "expected the command 'build', 'serve', 'check' or 'new'");
        }
        Path source = Path.of(".");
        Path output = null;
        String edition = null;
        boolean pdf = true;
        boolean cache = true;
        boolean verbose = false;
        int port = 8000;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--no-pdf")) {
                pdf = false;
                continue;
            }
            if (arg.equals("--no-cache")) {
                cache = false;
                continue;
            }
            if (arg.equals("--verbose")) {
                verbose = true;
                continue;
            }
            if (i + 1 >= args.size() || !List.of("--source", "--output", "--pdf-edition", "--port").contains(arg)) {
                return usage(err, "unexpected argument '" + arg + "'");
            }
            String value = args.get(++i);
            switch (arg) {
                case "--source" -> source = Path.of(value);
                case "--output" -> output = Path.of(value);
                case "--port" -> {
                    if (!value.matches("\\d{1,5}") || Integer.parseInt(value) > 65535) {
                        return usage(err, "--port takes a number from 0 to 65535, e.g. 8000 (0 picks a free port)");
                    }
                    port = Integer.parseInt(value);
                }
                default -> edition = value;
            }
        }
        if (output == null) {
            output = source.resolve("target").resolve("site");
        }
        Edition pdfEdition = Edition.STUDENT;
        try {
            if (edition != null) {
                pdfEdition = Edition.parse(edition);
            }
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        try {
            if (edition == null) {
                // the loader reports a wrong value at its line of jbake.properties
                pdfEdition = Edition.parse(GuideLoader.property(source, "guide.pdf.edition", "student"));
            }
        } catch (IllegalArgumentException e) {
            pdfEdition = Edition.STUDENT;
        } catch (GuideBuildException e) {
            return failed(err, e, output);
        }
        BuildOptions options = new BuildOptions(source, output, pdf, pdfEdition, cache);
        if (verbose) {
            options = options.withVerbose();
        }
        try {
            if (args.get(0).equals("serve")) {
                PreviewServer.start(options, port, out, err);
                waitForever();
                return 0;
            }
            new GuideBuild(options, out).run();
            return 0;
        } catch (GuideBuildException e) {
            return failed(err, e, output);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof java.net.BindException) {
                err.println("cannot serve on port " + port + ": " + e.getCause().getMessage()
                        + " (another program uses it?); try another --port, or --port 0 for a free one");
                return 1;
            }
            err.println("build failed: " + e.getMessage() + (e.getCause() != null ? ": " + e.getCause().getMessage() : ""));
            return 1;
        }
    }

    /** {@code new DIR --title "..." [--reading-key KEY]}: a guide to start from, in a new or empty folder. */
    private static int newGuide(List<String> args, PrintStream out, PrintStream err) {
        Path folder = null;
        String title = null;
        String key = "reading2020";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("--title") || arg.equals("--reading-key")) && i + 1 < args.size()) {
                if (arg.equals("--title")) {
                    title = args.get(++i);
                } else {
                    key = args.get(++i);
                }
            } else if (!arg.startsWith("--") && folder == null) {
                folder = Path.of(arg);
            } else {
                return usage(err, "unexpected argument '" + arg + "'");
            }
        }
        if (folder == null || title == null) {
            return usage(err, "'new' needs a folder and a title, e.g. new my-guide --title \"Notes on Dante\"");
        }
        try {
            org.kotkinguide.starter.NewGuide.write(folder, title, key);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
        out.println("wrote a new guide in " + folder + ": build it with");
        out.println("  java -jar study-guide.jar build --source " + folder);
        return 0;
    }

    /** {@code check [--source DIR] [--warnings-as-errors]}: every finding on standard output, one per line. */
    private static int check(List<String> args, PrintStream out, PrintStream err) {
        Path source = Path.of(".");
        boolean strict = false;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--warnings-as-errors")) {
                strict = true;
            } else if (args.get(i).equals("--source") && i + 1 < args.size()) {
                source = Path.of(args.get(++i));
            } else {
                return usage(err, "unexpected argument '" + args.get(i) + "'");
            }
        }
        GuideCheck.Findings found = GuideCheck.run(source);
        found.errors().forEach(e -> out.println(GuideCheck.format(e, "error")));
        found.warnings().forEach(w -> out.println(GuideCheck.format(w, "warning")));
        int errors = found.errors().size();
        int warnings = found.warnings().size();
        err.println("checked " + source + ": " + errors + " error" + (errors == 1 ? "" : "s") + ", "
                + warnings + " warning" + (warnings == 1 ? "" : "s") + (strict && warnings > 0 ? " (--warnings-as-errors)" : ""));
        return errors > 0 || (strict && warnings > 0) ? 1 : 0;
    }

    private static int failed(PrintStream err, GuideBuildException e, Path output) {
        err.println(e.getMessage());
        err.println("build failed: " + e.errors().size() + " error" + (e.errors().size() == 1 ? "" : "s")
                + "; " + output + " was left as it was");
        return 1;
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: java -jar study-guide.jar build [--source DIR] [--output DIR] [--pdf-edition student|teacher] [--no-pdf] [--no-cache] [--verbose]");
        err.println("       java -jar study-guide.jar serve [--source DIR] [--output DIR] [--port 8000]");
        err.println("       java -jar study-guide.jar check [--source DIR] [--warnings-as-errors]");
        err.println("       java -jar study-guide.jar new DIR --title \"Title\" [--reading-key KEY]");
        err.println("       java -jar study-guide.jar bench [--chapters 10,200,1000] [--pdf-up-to 200] [--antora PATH]");
        return 2;
    }

    /** The preview serves until the user stops it with Ctrl+C. */
    private static void waitForever() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
