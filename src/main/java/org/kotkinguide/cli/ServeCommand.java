package org.kotkinguide.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.kotkinguide.content.GuideBuildException;
import org.kotkinguide.pipeline.BuildOptions;
import org.kotkinguide.preview.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: builds the site (without the PDFs), serves it, and rebuilds it on every edit until Ctrl+C;
 * with {@code --pdf}, also makes the PDFs, the EPUB and the offline copy after each build of the site.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = StudyGuideCommand.Version.class,
        description =
                "Builds the site, serves it on http://localhost:PORT/ and rebuilds it when a file of the guide changes"
                        + " (with --pdf, then the PDFs, the EPUB and the offline copy too).")
final class ServeCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Spec
    CommandSpec spec;

    @Mixin
    FolderOptions folders;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "the port to serve on (default: 8000; 0 picks a free one)")
    int port = 8000;

    @Option(names = "--verbose", description = "say, stage by stage, why work was kept or done again")
    boolean verbose;

    @Option(
            names = "--pdf",
            description = "after each build of the site, also make the PDFs, the EPUB and the offline copy"
                    + " (the site is served first; a change saved meanwhile is built when they are done)")
    boolean pdf;

    @Option(names = "--no-cache", description = "take nothing the last command-line builds kept")
    boolean noCache;

    ServeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--port takes a number from 0 to 65535, e.g. 8000 (0 picks a free port)");
        }
        try {
            BuildOptions options = new BuildOptions(folders.source, folders.previewOutput(), pdf, null, !noCache);
            PreviewServer server = PreviewServer.start(verbose ? options.withVerbose() : options, port, out, err);
            try {
                waitForever();
            } finally {
                server.close();
            }
            return 0;
        } catch (GuideBuildException e) {
            return BuildCommand.failed(err, e, folders.previewOutput());
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof java.net.BindException) {
                err.println("cannot serve on port " + port + ": " + e.getCause().getMessage()
                        + " (another program uses it?); try another --port, or --port 0 for a free one");
                return 1;
            }
            return BuildCommand.failed(err, e.getCause(), folders.previewOutput());
        }
    }

    /** The preview serves until the user stops it with Ctrl+C (or its thread is interrupted). */
    private static void waitForever() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
