package org.kotkinguide.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.kotkinguide.build.BuildOptions;
import org.kotkinguide.build.GuideBuild;
import org.kotkinguide.content.ContentError;
import org.kotkinguide.content.GuideBuildException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds the site (without the slow PDFs), serves it on 127.0.0.1, and rebuilds whenever a file
 * under {@code content/}, {@code templates/} or {@code assets/} changes. JRuby stays warm between
 * builds, and so do the pages it converted: an edit converts only the pages it changed. A build
 * error is printed and the last good site keeps being served (the build swaps a finished site in,
 * or nothing).
 */
public final class PreviewServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "pdf", "application/pdf", "zip", "application/zip", "xml", "application/xml", "txt", "text/plain; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg");

    private final BuildOptions options;
    /** One build, kept: it holds the pages converted last time, so a rebuild converts only what changed. */
    private final GuideBuild builder;
    private final PrintStream out;
    private final PrintStream err;
    private final HttpServer http;
    private final WatchService watcher;
    private final Thread watching;
    /** Open pages reload after each build, or show its errors. */
    private final LiveReload liveReload;

    private PreviewServer(BuildOptions options, int port, PrintStream out, PrintStream err) throws IOException {
        this.options = options.withoutPdf();
        this.builder = new GuideBuild(this.options, out);
        this.out = out;
        this.err = err;
        this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        this.http.createContext("/", this::serve);
        this.watcher = FileSystems.getDefault().newWatchService();
        this.watching = new Thread(this::watch, "preview-watcher");
        this.watching.setDaemon(true);
        this.liveReload = new LiveReload(options.source().toAbsolutePath().normalize());
    }

    /** Builds once, then serves and watches until closed. */
    public static PreviewServer start(BuildOptions options, int port, PrintStream out, PrintStream err) {
        try {
            PreviewServer server = new PreviewServer(options, port, out, err);
            server.build();
            server.registerFolders();
            server.http.start();
            server.watching.start();
            out.println("serving " + server.url() + " (Ctrl+C to stop); rebuilding on every change to content/, templates/, assets/");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/";
    }

    private synchronized void build() {
        long start = System.nanoTime();
        try {
            builder.run();
            liveReload.built(builder.warnings());
            out.println(String.format(Locale.ROOT, "rebuilt in %.1f s", (System.nanoTime() - start) / 1e9));
        } catch (GuideBuildException e) {
            liveReload.failed(e.errors(), builder.warnings());
            err.println(e.getMessage());
            err.println("build failed: still serving the last good site");
        } catch (RuntimeException e) {
            liveReload.failed(List.of(new ContentError("(build)", 0, String.valueOf(e))), List.of());
            err.println("build failed: " + e + "; still serving the last good site");
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                // an editor saves in bursts (temp file, rename): wait for the burst to end, then build once
                do {
                    key.pollEvents();
                    key.reset();
                } while ((key = watcher.poll(150, TimeUnit.MILLISECONDS)) != null);
                build();
                registerFolders();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every folder under the watched ones, again after each build: new folders appear while writing. */
    private void registerFolders() {
        Path source = options.source().toAbsolutePath().normalize();
        for (String top : new String[] {"content", "templates", "assets"}) {
            Path folder = source.resolve(top);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path dir : walk.filter(Files::isDirectory).toList()) {
                    dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            } catch (IOException e) {
                err.println("cannot watch " + folder + ": " + e.getMessage());
            }
        }
        try {
            source.register(watcher, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException e) {
            err.println("cannot watch " + source + ": " + e.getMessage());
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path site = options.output().toAbsolutePath().normalize();
            if (liveReload.handle(exchange.getRequestURI().getPath(), exchange)) {
                return;
            }
            String path = exchange.getRequestURI().getPath().substring(1);
            Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                file = site.resolve("404.html");
                byte[] body = Files.isRegularFile(file) ? liveReload.inject(Files.readAllBytes(file)) : new byte[0];
                exchange.getResponseHeaders().set("Content-Type", TYPES.get("html"));
                exchange.sendResponseHeaders(404, body.length == 0 ? -1 : body.length);
                write(exchange, body);
                return;
            }
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type",
                    TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            byte[] body = Files.readAllBytes(file);
            if (name.endsWith(".html")) {
                body = liveReload.inject(body);
            }
            exchange.sendResponseHeaders(200, body.length);
            write(exchange, body);
        }
    }

    private static void write(HttpExchange exchange, byte[] body) throws IOException {
        if (body.length > 0) {
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(body);
            }
        }
    }

    @Override
    public void close() {
        http.stop(0);
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        watching.interrupt();
    }
}
