package org.kotkinguide.preview;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The preview's HTTP/1.1 server on 127.0.0.1: each connection on its own thread, so one slow client
 * (half a request header, a response it never reads) holds only its own. A client has
 * {@link #HEADER_SECONDS} to send its request and {@link #EXCHANGE_SECONDS} for the whole exchange,
 * then its connection is closed. Only requests that name this server in their Host header are
 * answered (127.0.0.1, localhost or [::1], with this port): a page on another site cannot reach the
 * preview through a DNS name rebound to 127.0.0.1. One request per connection; a {@link Responder}
 * decides what to answer.
 */
final class PreviewHttp implements AutoCloseable {
    static final int HEADER_SECONDS = 10;
    static final int EXCHANGE_SECONDS = 30;
    /** Connections served at once; more wait to be accepted. */
    static final int MAX_CONNECTIONS = 64;

    private static final int MAX_HEADER_BYTES = 16 * 1024;

    /** A request the server accepted: its method and its path as sent (still percent-encoded, without the query). */
    record Request(String method, String rawPath) {}

    record Response(int status, String contentType, byte[] body) {
        static Response text(int status, String message) {
            return new Response(status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** What the server answers to a well-formed request for this host; called on many threads at once. */
    interface Responder {
        Response respond(Request request);
    }

    private static final Map<Integer, String> REASONS = Map.of(
            200,
            "OK",
            400,
            "Bad Request",
            404,
            "Not Found",
            405,
            "Method Not Allowed",
            408,
            "Request Timeout",
            421,
            "Misdirected Request",
            431,
            "Request Header Fields Too Large",
            500,
            "Internal Server Error");

    private final ServerSocket socket;
    private final Responder responder;
    private final PrintStream err;
    private final ExecutorService connections;
    private final ScheduledExecutorService deadlines;
    private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
    private final Thread accepting;

    PreviewHttp(int port, Responder responder, PrintStream err) {
        this.responder = responder;
        this.err = err;
        try {
            this.socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicInteger count = new AtomicInteger();
        this.connections =
                Executors.newCachedThreadPool(runnable -> daemon(runnable, "preview-http-" + count.incrementAndGet()));
        this.deadlines =
                Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "preview-http-deadlines"));
        this.accepting = daemon(this::accept, "preview-http-accept");
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    void start() {
        accepting.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                slots.acquire();
                Socket client = socket.accept();
                connections.execute(() -> {
                    try {
                        exchange(client);
                    } finally {
                        slots.release();
                    }
                });
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                slots.release();
                if (!socket.isClosed()) {
                    err.println("preview: cannot accept a connection: " + e.getMessage());
                }
            }
        }
    }

    /** One request and its response; the deadline closes the socket under a client that is too slow. */
    private void exchange(Socket client) {
        ScheduledFuture<?> deadline =
                deadlines.schedule(() -> closeQuietly(client), EXCHANGE_SECONDS, TimeUnit.SECONDS);
        try (client) {
            Response response;
            boolean head = false;
            try {
                List<String> header = readHeader(client, new BufferedInputStream(client.getInputStream()));
                if (header == null) {
                    return; // the client closed without a request
                }
                Request request = parse(header);
                head = request != null && request.method().equals("HEAD");
                response = request == null ? Response.text(400, "bad request") : checkHost(header, request);
            } catch (java.net.SocketTimeoutException e) {
                response = Response.text(408, "the request took too long");
            } catch (HeaderTooLarge e) {
                response = Response.text(431, "request header too large");
            }
            write(client.getOutputStream(), response, head);
        } catch (SocketException e) {
            // closed by the deadline or by the client: nothing left to answer
        } catch (IOException | RuntimeException e) {
            err.println("preview: a request failed: " + e);
        } finally {
            deadline.cancel(false);
        }
    }

    private Response checkHost(List<String> header, Request request) {
        List<String> hosts = new ArrayList<>();
        for (String line : header.subList(1, header.size())) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("host")) {
                hosts.add(line.substring(colon + 1).trim());
            }
        }
        if (hosts.size() != 1) {
            return Response.text(400, "a request needs exactly one Host header");
        }
        if (!isThisServer(hosts.get(0))) {
            return Response.text(
                    421,
                    "this preview answers only to http://127.0.0.1:" + port() + "/ or http://localhost:" + port()
                            + "/");
        }
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return Response.text(405, "the preview serves files: GET and HEAD only");
        }
        try {
            return responder.respond(request);
        } catch (RuntimeException e) {
            err.println("preview: cannot answer " + request.rawPath() + ": " + e);
            return Response.text(500, "the preview could not read this file");
        }
    }

    /** Whether a Host header names this server: a loopback name with this port (the port may be left out only for 80). */
    private boolean isThisServer(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        String port = String.valueOf(port());
        for (String loopback : new String[] {"127.0.0.1", "localhost", "[::1]"}) {
            if (name.equals(loopback + ":" + port) || (port.equals("80") && name.equals(loopback))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The request line and header lines, up to the blank line; null when the client sent nothing.
     * The whole header must arrive within {@link #HEADER_SECONDS}: a client sending a byte now and
     * then does not keep its connection (and a slot others wait for) any longer.
     */
    private static List<String> readHeader(Socket client, InputStream in) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HEADER_SECONDS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int matched = 0;
        while (true) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw new java.net.SocketTimeoutException("the request header took too long");
            }
            client.setSoTimeout((int) left);
            int b = in.read();
            if (b < 0) {
                if (bytes.size() == 0) {
                    return null;
                }
                throw new SocketException("the client closed the connection mid-request");
            }
            bytes.write(b);
            if (bytes.size() > MAX_HEADER_BYTES) {
                throw new HeaderTooLarge();
            }
            // the header ends at an empty line: CRLF CRLF (a bare LF is tolerated, as most servers do)
            matched = b == '\n' ? matched + 1 : b == '\r' ? matched : 0;
            if (matched == 2) {
                break;
            }
        }
        List<String> lines = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.ISO_8859_1).split("\r?\n")) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines.isEmpty() ? null : lines;
    }

    /** The request line as {@code METHOD /path HTTP/1.x}; null when it is not one. */
    private static Request parse(List<String> header) {
        String[] parts = header.get(0).split(" ");
        if (parts.length != 3
                || !parts[2].matches("HTTP/1\\.[01]")
                || !parts[1].startsWith("/")
                || !parts[0].matches("[A-Z]+")) {
            return null;
        }
        String target = parts[1];
        int query = target.indexOf('?');
        return new Request(parts[0], query < 0 ? target : target.substring(0, query));
    }

    private static void write(OutputStream out, Response response, boolean head) throws IOException {
        String header = "HTTP/1.1 " + response.status() + " " + REASONS.getOrDefault(response.status(), "") + "\r\n"
                + "Content-Type: " + response.contentType() + "\r\n"
                + "Content-Length: " + response.body().length + "\r\n"
                + "Cache-Control: no-store\r\n"
                + "X-Content-Type-Options: nosniff\r\n"
                // a page on another local origin may not read the draft through <script src> or <img>
                + "Cross-Origin-Resource-Policy: same-origin\r\n"
                + (response.status() == 405 ? "Allow: GET, HEAD\r\n" : "")
                + "Connection: close\r\n\r\n";
        out.write(header.getBytes(StandardCharsets.ISO_8859_1));
        if (!head) {
            out.write(response.body());
        }
        out.flush();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a connection whose client is gone
        }
    }

    private static final class HeaderTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        HeaderTooLarge() {
            super("request header too large");
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
        accepting.interrupt();
        connections.shutdownNow();
        deadlines.shutdownNow();
    }
}
