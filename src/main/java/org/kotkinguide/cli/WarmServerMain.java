package org.kotkinguide.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kotkinguide.pipeline.BuildOptions;
import org.kotkinguide.pipeline.GuideBuild;
import org.kotkinguide.warm.WarmServer;

/**
 * The warm build server's JVM, started by {@code build --warm} ({@code warm.WarmClient}): it runs each
 * build it is sent as this command line would, until it has waited long enough for one.
 */
public final class WarmServerMain {
    private WarmServerMain() {}

    /** The builds of the last guides built here, by their options: a guide built again reads what it kept from memory. */
    private static final Map<BuildOptions, GuideBuild> KEPT = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BuildOptions, GuideBuild> eldest) {
            // a few guides at once at most, so a server that built many holds the memory of a few
            return size() > 3;
        }
    };

    public static void main(String[] args) throws IOException {
        // as the preview does: a first build that finds nothing changed would leave JRuby's start to the first edit
        GuideBuild.startConverterInBackground();
        WarmServer.serve(Path.of(args[0]), (folder, line, out, err) -> {
            awaitPdfConverter(out);
            pdfsWanted = false;
            int code = Main.run(line, out, err, WarmServerMain::kept, folder);
            if (pdfsWanted) {
                // a build that kept every PDF loaded no PDF converter: load it now, not at the first edit
                loadingPdfConverter = GuideBuild.loadPdfConverterInBackground();
            }
            return code;
        });
        System.exit(0);
    }

    /** Whether the build just run made or kept PDFs. */
    private static boolean pdfsWanted;

    /** The PDF converter loading while the server waits, or null. */
    private static Thread loadingPdfConverter;

    /**
     * Waits for the PDF converter loading, if it is, and tells the build's console how long: a build beside
     * Ruby's loading could meet half-reopened classes.
     */
    private static void awaitPdfConverter(PrintStream console) {
        if (loadingPdfConverter == null) {
            return;
        }
        if (loadingPdfConverter.isAlive()) {
            // said first: the build seems to hang for the few seconds the loading still takes
            console.println(
                    "waiting for the PDF converter, which the server loads after a build that kept every PDF...");
            long start = System.nanoTime();
            try {
                loadingPdfConverter.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            console.printf("waited %.1f s for the PDF converter%n", (System.nanoTime() - start) / 1e9);
        }
        loadingPdfConverter = null;
    }

    /** Builds run so far, for the line each build starts with. */
    private static int builds;

    /** The build for {@code options}: the one kept from its last run here, or a new one; says who builds it. */
    private static GuideBuild kept(BuildOptions options, PrintStream console) {
        // only a build says so: --help, --version and a wrong command line print what they print typed here
        console.println("built by the warm build server (process "
                + ProcessHandle.current().pid() + "), its build number " + ++builds);
        pdfsWanted = options.pdf();
        GuideBuild last = KEPT.get(options);
        GuideBuild build = last != null ? last.again(console) : new GuideBuild(options, console);
        KEPT.put(options, build);
        return build;
    }
}
