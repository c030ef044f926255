package org.kotkinguide.preview;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kotkinguide.content.ContentError;
import org.kotkinguide.content.GuideBuildException;
import org.kotkinguide.pipeline.BuildOptions;
import org.kotkinguide.pipeline.GuideBuild;

/**
 * The author's preview, in three parts: {@link GuideBuild} builds the site (without the slow PDFs)
 * and rebuilds it in the same warm JVM (with {@code --pdf}, a second build then makes the PDFs, the
 * EPUB and the offline copy, on a thread of its own), {@link SourceWatcher} starts a rebuild on every change under
 * {@code content/}, {@code templates/} or {@code assets/}, and {@link PreviewHttp} serves the site
 * ({@link SiteFolder}) on 127.0.0.1, through {@link LiveReload}, which makes open pages reload after a
 * rebuild or show its errors. A failed rebuild, whatever it threw, is printed and the last
 * good site keeps being served (the build swaps a finished site in, or nothing).
 */
public final class PreviewServer implements AutoCloseable {
    /** One build, kept: it holds the pages converted last time, so a rebuild converts only what changed. */
    private final GuideBuild builder;

    private final PrintStream out;
    private final PrintStream err;
    private final PreviewHttp http;
    private final SourceWatcher watcher;
    /** Open pages reload after each build, or show its errors. */
    private final LiveReload liveReload;
    /**
     * With the PDFs asked for: the build that makes them, the EPUB and the offline copy after the site is
     * served, sharing the site build's kept pages; null without. It runs on {@link #downloadsThread}, so a
     * page is served as soon as its site is built, and takes the same lock as the site's builds: a change
     * saved while the PDFs are made is built when they are done.
     */
    private final GuideBuild downloads;

    private final java.util.concurrent.ExecutorService downloadsThread;
    /** Whether a build of the downloads is waiting to start: a burst of rebuilds asks for one, not one each. */
    private final java.util.concurrent.atomic.AtomicBoolean downloadsWanted =
            new java.util.concurrent.atomic.AtomicBoolean();

    private PreviewServer(BuildOptions options, int port, PrintStream out, PrintStream err) {
        BuildOptions preview = options.withoutPdf();
        this.builder = new GuideBuild(preview, out);
        this.downloads = options.pdf() ? builder.withDownloads(options.pdfEdition()) : null;
        this.downloadsThread = options.pdf()
                ? java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
                    Thread thread = new Thread(task, "preview-downloads");
                    thread.setDaemon(true);
                    return thread;
                })
                : null;
        this.out = out;
        this.err = err;
        this.liveReload =
                new LiveReload(preview.source().toAbsolutePath().normalize(), new SiteFolder(preview.output()));
        this.http = new PreviewHttp(port, liveReload, err);
        this.watcher = new SourceWatcher(preview.source(), preview.output(), this::rebuild, err);
    }

    /**
     * Builds once, then serves and watches until closed; with {@code options.pdf()}, the PDFs, the EPUB and
     * the offline copy are made after the site is served, and again after each rebuild.
     */
    public static PreviewServer start(BuildOptions options, int port, PrintStream out, PrintStream err) {
        PreviewServer server = new PreviewServer(options, port, out, err);
        boolean built = server.build(Set.of());
        // a first build that took every page from the cache never started Asciidoctor: start it now,
        // while the author reads, so that the first edit is as quick as the next
        GuideBuild.startConverterInBackground();
        server.watcher.start();
        server.http.start();
        out.println("serving " + server.url()
                + " (Ctrl+C to stop); rebuilding on every change to content/, templates/, assets/"
                + (server.downloads != null ? ", then making the PDFs, the EPUB and the offline copy" : ""));
        if (built) {
            server.makeDownloads();
        }
        return server;
    }

    public String url() {
        return "http://127.0.0.1:" + http.port() + "/";
    }

    /** A rebuild after the author changed {@code changed} (paths relative to the guide's folder). */
    private void rebuild(Set<String> changed) {
        if (!build(changed)) {
            err.println("  (after a change to " + changes(changed) + ")");
        } else {
            makeDownloads();
        }
    }

    /** With {@code --pdf}: asks for the downloads of the site just built, unless a build of them is waiting. */
    private void makeDownloads() {
        if (downloads != null && downloadsWanted.compareAndSet(false, true)) {
            downloadsThread.execute(this::buildDownloads);
        }
    }

    /**
     * Makes the PDFs, the EPUB and the offline copy into the served site. A failure is shown as a broken
     * save's is, over the site the last build published, which is still served (a failed build replaces
     * nothing).
     */
    private synchronized void buildDownloads() {
        downloadsWanted.set(false);
        run(
                downloads,
                "made the PDFs, the EPUB and the offline copy",
                "",
                "the PDFs failed",
                "the site with the last good ones");
    }

    private static String changes(Set<String> changed) {
        return String.join(", ", changed.stream().sorted().limit(5).toList())
                + (changed.size() > 5 ? " and " + (changed.size() - 5) + " more" : "");
    }

    /**
     * Builds the site; true when it is published. Each line says when (the clock time, to match it with
     * the save) and after which change.
     */
    private synchronized boolean build(Set<String> changed) {
        return run(
                builder,
                changed.isEmpty() ? "built" : "rebuilt",
                changed.isEmpty() ? "" : " after a change to " + changes(changed),
                "build failed",
                "the last good site");
    }

    /**
     * Runs {@code build} and says how it went; true when it published. Nothing it throws stops the
     * preview: a failure is printed and shown on open pages over what is still served.
     */
    private synchronized boolean run(GuideBuild build, String done, String after, String failed, String stillServed) {
        long start = System.nanoTime();
        String now = LocalTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_TIME);
        try {
            build.run();
            liveReload.built(build.warnings());
            out.println(String.format(
                    Locale.ROOT, "%s %s in %.1f s%s", now, done, (System.nanoTime() - start) / 1e9, after));
            return true;
        } catch (GuideBuildException e) {
            liveReload.failed(e.errors(), build.warnings());
            err.println(e.getMessage());
            err.println(now + " " + failed + ": still serving " + stillServed);
        } catch (Throwable e) {
            liveReload.failed(List.of(new ContentError("(build)", 0, String.valueOf(e))), List.of());
            // a bug or a resource running out (a StackOverflowError, an OutOfMemoryError...) is reported
            // like a content error: the author can undo the edit that caused it, and the next edit rebuilds
            err.println(failed + ": " + e + "; still serving " + stillServed);
        }
        return false;
    }

    @Override
    public void close() {
        http.close();
        watcher.close();
        if (downloadsThread != null) {
            // a conversion cannot be stopped: a build of the PDFs under way ends before the server does, so
            // nothing writes into the output after close
            downloadsThread.shutdown();
            try {
                downloadsThread.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
