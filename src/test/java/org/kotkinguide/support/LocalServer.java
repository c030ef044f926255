package org.kotkinguide.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A static file server on 127.0.0.1 (a free port), serving a folder under a path such as "/guide/". */
public final class LocalServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html",
            "text/html; charset=utf-8",
            "css",
            "text/css",
            "js",
            "text/javascript",
            "pdf",
            "application/pdf",
            "zip",
            "application/zip",
            "xml",
            "application/xml",
            "txt",
            "text/plain",
            "svg",
            "image/svg+xml");

    private final HttpServer server;
    private final String base;

    private LocalServer(HttpServer server, String base) {
        this.server = server;
        this.base = base;
    }

    public static LocalServer serve(Path folder, String base) {
        return serve(folder, base, false);
    }

    /** Like {@link #serve}, but a missing file gets the site's 404.html with status 404, as GitHub Pages does. */
    public static LocalServer serveLikeAHost(Path folder, String base) {
        return serve(folder, base, true);
    }

    private static LocalServer serve(Path folder, String base, boolean notFoundPage) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext(base, exchange -> {
                String path = exchange.getRequestURI().getPath().substring(base.length());
                Path file = folder.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path)
                        .normalize();
                try (exchange) {
                    if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                        if (notFoundPage && Files.isRegularFile(folder.resolve("404.html"))) {
                            byte[] page = Files.readAllBytes(folder.resolve("404.html"));
                            exchange.getResponseHeaders().set("Content-Type", TYPES.get("html"));
                            exchange.sendResponseHeaders(404, page.length);
                            try (OutputStream out = exchange.getResponseBody()) {
                                out.write(page);
                            }
                        } else {
                            exchange.sendResponseHeaders(404, -1);
                        }
                        return;
                    }
                    String name = file.getFileName().toString();
                    String type =
                            TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
                    exchange.getResponseHeaders().set("Content-Type", type);
                    byte[] body = Files.readAllBytes(file);
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            });
            server.start();
            return new LocalServer(server, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of a page, e.g. {@code http://127.0.0.1:41234/guide/index.html}. */
    public String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + base + page;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
