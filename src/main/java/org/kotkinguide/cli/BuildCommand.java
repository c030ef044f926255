package org.kotkinguide.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kotkinguide.content.ContentError;
import org.kotkinguide.content.GuideBuildException;
import org.kotkinguide.pdf.Edition;
import org.kotkinguide.pipeline.BuildOptions;
import org.kotkinguide.pipeline.GuideBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code build}: the site, and beside it the PDFs, the EPUB and the offline zip. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        versionProvider = StudyGuideCommand.Version.class,
        description = "Builds the guide: exit code 0 built, 1 the content has errors, 2 a wrong command line.")
final class BuildCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Mixin
    FolderOptions folders;

    @Option(
            names = "--pdf-edition",
            paramLabel = "student|teacher",
            converter = EditionName.class,
            description =
                    "the whole-guide PDF beside the site (default: guide.pdf.edition in jbake.properties); the website always offers the student edition")
    Edition edition;

    @Option(names = "--no-pdf", description = "skip the PDFs, the EPUB and the zip (the slow part), while you write")
    boolean noPdf;

    @Option(names = "--verbose", description = "say, stage by stage, why work was kept or done again")
    boolean verbose;

    @Option(names = "--no-cache", description = "make everything anew, taking nothing the last builds kept")
    boolean noCache;

    @Option(
            names = "--warm",
            description =
                    "have a warm build server run the build (started by the first such build, it ends after 15 minutes without one): later builds skip JRuby's start")
    boolean warm;

    private final Builds builds;

    /** Where a build comes from: made anew for each command line; the warm server's kept from its last run. */
    interface Builds {
        Builds NEW = GuideBuild::new;

        GuideBuild of(BuildOptions options, PrintStream console);
    }

    /** The folder the command line was typed in, when a warm server runs it for a client; null when typed here. */
    private final Path clientFolder;

    BuildCommand(PrintStream out, PrintStream err, Builds builds, Path clientFolder) {
        this.out = out;
        this.err = err;
        this.builds = builds;
        this.clientFolder = clientFolder;
    }

    @Override
    public Integer call() {
        // --warm was handed to the server in Main.main, before this parser ran: here it is the server's
        // own run of the command line (or the build after no server could take it)
        Path source = inClientFolder(folders.source);
        Path output = inClientFolder(folders.output());
        try {
            BuildOptions options = new BuildOptions(source, output, !noPdf, edition, !noCache);
            builds.of(verbose ? options.withVerbose() : options, out).run();
            return 0;
        } catch (GuideBuildException e) {
            return failed(err, e, output);
        } catch (UncheckedIOException e) {
            return failed(err, e.getCause(), output);
        }
    }

    /** {@code folder} as the command line meant it: against the warm build client's folder when the server runs it. */
    private Path inClientFolder(Path folder) {
        return clientFolder == null ? folder : clientFolder.resolve(folder).normalize();
    }

    /**
     * A file the build could not write or read (a full disk, a quota, a permission), named, and that the last
     * good site is still there: the build writes aside and swaps only when everything was written.
     */
    static int failed(PrintStream err, IOException e, Path output) {
        err.println("build failed: " + ContentError.printable(diskError(e)) + "; " + output + " was left as it was");
        return 1;
    }

    /** "the file: what went wrong", from the JDK's exceptions, which name the file in different ways. */
    static String diskError(IOException e) {
        if (e instanceof FileSystemException named && named.getReason() == null) {
            // NoSuchFileException and its kind carry only the path: their class says what happened
            String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
            return named.getMessage() + ": " + kind.toLowerCase(Locale.ROOT);
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    /** Every error, each at its file and line, and that the last good site is still there. */
    static int failed(PrintStream err, GuideBuildException e, Path output) {
        err.println(e.getMessage());
        err.println("build failed: " + e.errors().size() + " error"
                + (e.errors().size() == 1 ? "" : "s") + "; " + output + " was left as it was");
        return 1;
    }

    /** {@code student} or {@code teacher}, in any case. */
    static final class EditionName implements CommandLine.ITypeConverter<Edition> {
        @Override
        public Edition convert(String value) {
            try {
                return Edition.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
