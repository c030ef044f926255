package org.kotkinguide.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.pipeline.BuildOptions;
import org.kotkinguide.support.GuideFolders;

/**
 * An author edits a chapter while the preview runs, and the browser (or a page on another site, or
 * a slow client) asks it for pages.
 */
@Tag("integration")
class PreviewServerTest {
    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The minimal guide, copied into the test's folder; the preview below serves it. */
    private Path guide;

    private PreviewServer previewOfTheMinimalGuide() {
        guide = GuideFolders.fixture("minimal", work);
        return PreviewServer.start(
                BuildOptions.of(guide, work.resolve("preview/site")).withoutPdf(),
                0,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** An author's edit: the file's text, changed. */
    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has '" + from + "'");
        Files.writeString(file, text.replace(from, to));
    }

    /** What the preview answers to {@code request} sent as it is, byte for byte, as a browser or an attacker could. */
    private static String raw(PreviewServer server, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port(server))) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String rawGet(PreviewServer server, String path, String host) throws IOException {
        return raw(server, "GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n") + "\r\n");
    }

    private static int port(PreviewServer server) {
        return URI.create(server.url()).getPort();
    }

    private static int status(String response) {
        assertTrue(response.startsWith("HTTP/1.1 "), "an HTTP response: " + response);
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        waitFor(condition, what, Duration.ofSeconds(60));
    }

    private static void waitFor(BooleanSupplier condition, String what, Duration longest) throws InterruptedException {
        Instant deadline = Instant.now().plus(longest);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "gave up waiting: " + what);
            Thread.sleep(200);
        }
    }

    @Test
    void an_edit_shows_up_and_a_broken_edit_keeps_the_last_good_pages() throws Exception {
        try (PreviewServer server = previewOfTheMinimalGuide()) {
            Path chapter = guide.resolve("content/chapters/mouths.adoc");
            String page = server.url() + "chapters/mouths.html";
            assertTrue(get(page).contains("Most rivers end at a"));

            edit(chapter, "Most rivers end at a", "Nearly every river ends at a");
            waitFor(() -> fetch(page).contains("Nearly every river ends at a"), "the edit to be served");

            edit(chapter, "term:delta[]", "term:deltta[]");
            waitFor(() -> errors().contains("unknown glossary term 'deltta'"), "the error to be printed");
            assertTrue(errors().contains("content/chapters/mouths.adoc:8:"), errors());
            assertTrue(fetch(page).contains("Nearly every river ends at a"), "the last good page is still served");
            assertTrue(fetch(server.url() + "no/such/page.html").contains("This page is not in the guide"));
        }
    }

    /** The text of the whole-guide PDF the preview serves, its lines joined; empty while it serves none. */
    private static String servedPdfText(PreviewServer server) {
        try {
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(server.url() + "downloads/study-guide.pdf"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            if (pdf.statusCode() != 200) {
                return "";
            }
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
                return new org.apache.pdfbox.text.PDFTextStripper()
                        .getText(document)
                        .replaceAll("\\s+", " ");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void with_pdf_the_site_is_served_first_and_the_pdf_follows_each_edit() throws Exception {
        guide = GuideFolders.fixture("minimal", work);
        try (PreviewServer server = PreviewServer.start(
                BuildOptions.of(guide, work.resolve("preview/site")),
                0,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))) {
            String page = server.url() + "chapters/mouths.html";
            // the site does not wait for the PDF, which takes seconds even in a warm JVM
            assertTrue(get(page).contains("Most rivers end at a"));
            assertEquals("", servedPdfText(server), "no PDF yet when the site is first served");

            Duration pdfTime = Duration.ofMinutes(4);
            waitFor(() -> servedPdfText(server).contains("Most rivers end at a"), "the first PDF", pdfTime);
            // the PDF is served as soon as it is published; the line saying so follows it
            waitFor(
                    () -> printed().contains("made the PDFs, the EPUB and the offline copy in"),
                    "the preview to say the PDFs are made");
            assertTrue(get(server.url() + "download.html").contains("study-guide-offline.zip"), "the zip is offered");

            Path chapter = guide.resolve("content/chapters/mouths.adoc");
            edit(chapter, "Most rivers end at a", "Nearly every river ends at a");
            waitFor(() -> fetch(page).contains("Nearly every river ends at a"), "the edit to be served");
            waitFor(() -> servedPdfText(server).contains("Nearly every river ends at a"), "the edited PDF", pdfTime);
            assertEquals("", errors(), "no error");

            // a save while the PDFs of the last one are made is built when they are done, PDFs included
            edit(chapter, "Nearly every river ends at a", "Almost every river ends at a");
            waitFor(() -> fetch(page).contains("Almost every river ends at a"), "the second edit to be served");
            edit(chapter, "Almost every river ends at a", "Every river here ends at a");
            waitFor(() -> fetch(page).contains("Every river here ends at a"), "the save made meanwhile to be served");
            waitFor(() -> servedPdfText(server).contains("Every river here ends at a"), "its PDF", pdfTime);

            // an image the site shows but the PDF converter cannot read: the site is built, its PDF fails
            GuideFolders.copyTree(GuideFolders.FIXTURES.resolve("bad/image-the-pdf-cannot-read"), guide);
            waitFor(() -> errors().contains("the PDFs failed"), "the PDFs' failure to be printed", pdfTime);
            assertTrue(errors().contains("content/chapters/mouths.adoc:10:"), errors());
            assertTrue(
                    fetch(server.url() + "__preview/status").contains("\"where\":\"content/chapters/mouths.adoc:10\""),
                    "open pages show the error: " + fetch(server.url() + "__preview/status"));
            assertTrue(fetch(page).contains("A map of a delta"), "the site with the image is served");
            assertTrue(
                    servedPdfText(server).contains("Every river here ends at a"), "the last good PDF is still served");
        }
    }

    @Test
    void started_on_a_guide_with_an_error_it_serves_the_error_panel_not_a_plain_not_found() throws Exception {
        guide = GuideFolders.minimalWith("bad/unknown-term", work);
        try (PreviewServer server = PreviewServer.start(
                BuildOptions.of(guide, work.resolve("preview/site")).withoutPdf(),
                0,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))) {
            HttpResponse<String> home = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(server.url()))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertTrue(
                    home.headers().firstValue("content-type").orElse("").startsWith("text/html"),
                    home.headers().toString());
            assertTrue(home.body().contains("/__preview/reload.js"), "the page that shows the errors: " + home.body());
            assertTrue(get(server.url() + "__preview/status").contains("unknown glossary term"));
        }
    }

    @Test
    void each_rebuild_line_says_when_and_after_which_change() throws Exception {
        try (PreviewServer server = previewOfTheMinimalGuide()) {
            assertTrue(printed().contains("serving " + server.url()), printed());
            edit(guide.resolve("content/chapters/mouths.adoc"), "Most rivers end at a", "Nearly every river ends at a");
            waitFor(() -> printed().contains(" rebuilt in "), "the rebuild");

            String line = printed()
                    .lines()
                    .filter(l -> l.contains(" rebuilt in "))
                    .findFirst()
                    .orElseThrow();
            assertTrue(
                    line.matches(
                            "\\d\\d:\\d\\d:\\d\\d rebuilt in \\d+\\.\\d s after a change to content/chapters/mouths\\.adoc"),
                    line);
        }
    }

    /**
     * Vim, as an author's editor: while they type it writes a swap file beside the chapter, and it saves
     * by writing a probe file, then a new file renamed over the chapter. One rebuild, named by the chapter.
     */
    @Test
    void an_editors_swap_and_temporary_files_start_no_rebuild_and_are_not_named() throws Exception {
        try (PreviewServer server = previewOfTheMinimalGuide()) {
            Path chapters = guide.resolve("content/chapters");
            Files.writeString(chapters.resolve(".mouths.adoc.swp"), "typed so far");
            Thread.sleep(1000);
            Path probe = Files.writeString(chapters.resolve("4913"), "");
            Files.delete(probe);
            Path saved = chapters.resolve("mouths.adoc.tmp");
            Files.writeString(
                    saved,
                    Files.readString(chapters.resolve("mouths.adoc"))
                            .replace("Most rivers end at a", "Nearly every river ends at a"));
            Files.move(saved, chapters.resolve("mouths.adoc"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            waitFor(() -> fetch(server.url() + "chapters/mouths.html").contains("Nearly every river"), "the save");

            assertEquals(
                    java.util.List.of("after a change to content/chapters/mouths.adoc"),
                    printed()
                            .lines()
                            .filter(l -> l.contains(" rebuilt in "))
                            .map(l -> l.substring(l.indexOf("after ")))
                            .toList(),
                    printed());
        }
    }

    @Test
    void a_rebuild_that_throws_is_reported_with_the_changed_file_and_the_preview_lives_on() throws Exception {
        try (PreviewServer server = previewOfTheMinimalGuide()) {
            Path template = guide.resolve("templates/chapter.ftlh");
            String page = server.url() + "chapters/mouths.html";
            // a template macro that calls itself for ever: the stack overflows in the layout, outside any page's
            // conversion
            edit(template, "<article>", "<#macro forever><@forever/></#macro><@forever/>\n<article>");
            waitFor(() -> errors().contains("build failed"), "the failure to be reported");
            // at the call, not a Java error's class name
            assertTrue(
                    errors().matches("(?s).*templates/chapter\\.ftlh:\\d+: the macro 'forever' calls itself.*"),
                    errors());
            assertFalse(errors().contains("StackOverflowError"), errors());

            edit(template, "<#macro forever><@forever/></#macro><@forever/>\n", "");
            edit(guide.resolve("content/chapters/mouths.adoc"), "Most rivers end at a", "Nearly every river ends at a");
            waitFor(() -> fetch(page).contains("Nearly every river ends at a"), "the next edit to be served");
        }
    }

    @Test
    void a_client_that_sends_half_a_request_or_never_reads_does_not_hold_up_the_others() throws Exception {
        try (PreviewServer server = previewOfTheMinimalGuide()) {
            // a page bigger than the socket buffers on both ends (4 MB each at most on Linux), so the write blocks
            Files.writeString(
                    guide.resolve("content/chapters/long.adoc"),
                    "= Long\n:jbake-type: chapter\n:jbake-order: 5\n\n[#long]\n== Long\n\n"
                            + ("A river carries silt for many miles before it reaches the sea, slowing as the land flattens out. "
                                                    .repeat(8)
                                            + "\n\n")
                                    .repeat(10_000));
            waitFor(() -> fetch(server.url() + "chapters/long.html").length() > 8_000_000, "the long page");

            try (Socket halfHeader = new Socket("127.0.0.1", port(server));
                    Socket neverReads = new Socket()) {
                OutputStream half = halfHeader.getOutputStream();
                half.write("GET /index.html HTTP/1.1\r\nHost: 127.0.0".getBytes(StandardCharsets.ISO_8859_1));
                half.flush();
                neverReads.setReceiveBufferSize(4096);
                neverReads.connect(new java.net.InetSocketAddress("127.0.0.1", port(server)));
                neverReads
                        .getOutputStream()
                        .write(("GET /chapters/long.html HTTP/1.1\r\nHost: 127.0.0.1:" + port(server) + "\r\n\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1));
                Thread.sleep(500);

                for (int i = 0; i < 3; i++) {
                    assertTrue(
                            get(server.url() + "chapters/mouths.html").contains("Most rivers end at a"),
                            "served while two clients stall");
                }
            }
        }
    }

    @Test
    void a_client_sending_a_byte_now_and_then_is_answered_408_once_the_whole_header_is_late() throws Exception {
        try (PreviewServer server = previewOfTheMinimalGuide();
                Socket trickle = new Socket("127.0.0.1", port(server))) {
            byte[] request = ("GET /index.html HTTP/1.1\r\nX-Padding: " + "x".repeat(200) + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            Thread sender = new Thread(() -> {
                try {
                    for (byte b : request) {
                        trickle.getOutputStream().write(b);
                        Thread.sleep(2_000); // each byte well within a per-read timeout
                    }
                } catch (IOException | InterruptedException e) {
                    // the server closed the connection: what the test expects
                }
            });
            sender.setDaemon(true);
            sender.start();
            trickle.setSoTimeout(PreviewHttp.EXCHANGE_SECONDS * 1000);
            String response = new String(trickle.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            sender.interrupt();

            assertEquals(408, status(response), "a header still arriving after its deadline: " + response);
        }
    }

    @Test
    void answers_tell_the_browser_not_to_hand_them_to_other_origins_and_say_which_methods_work() throws Exception {
        try (PreviewServer server = previewOfTheMinimalGuide()) {
            String host = "127.0.0.1:" + port(server);
            String index = rawGet(server, "/search-index.js", host);
            String header = index.substring(0, index.indexOf("\r\n\r\n"));
            // a page on another local origin could otherwise read the draft with <script src=…search-index.js>
            assertTrue(header.contains("\r\nCross-Origin-Resource-Policy: same-origin"), header);
            assertTrue(header.contains("\r\nX-Content-Type-Options: nosniff"), header);

            String post = raw(server, "POST /index.html HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 0\r\n\r\n");
            assertEquals(405, status(post));
            assertTrue(post.contains("\r\nAllow: GET, HEAD\r\n"), post);
        }
    }

    @Test
    void only_requests_addressed_to_the_preview_itself_are_answered() throws Exception {
        try (PreviewServer server = previewOfTheMinimalGuide()) {
            int port = port(server);
            for (String host :
                    new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port}) {
                assertEquals(200, status(rawGet(server, "/index.html", host)), host);
            }
            // a page on another site whose name was rebound to 127.0.0.1 sends its own name
            for (String host : new String[] {
                "attacker.example:" + port,
                "attacker.example",
                "127.0.0.1",
                "127.0.0.1:" + (port + 1),
                "localhost.attacker.example:" + port,
                "127.0.0.1:" + port + "@attacker.example"
            }) {
                String response = rawGet(server, "/index.html", host);
                assertEquals(421, status(response), host);
                assertFalse(response.contains("<html"), host);
            }
            assertEquals(400, status(rawGet(server, "/index.html", null)), "no Host header");
            assertEquals(
                    400,
                    status(raw(
                            server,
                            "GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:" + port
                                    + "\r\nHost: attacker.example\r\n\r\n")),
                    "two Host headers");
        }
    }

    @Test
    void a_bad_path_gets_a_400_and_no_path_reaches_a_file_outside_the_site() throws Exception {
        try (PreviewServer server = previewOfTheMinimalGuide()) {
            String host = "127.0.0.1:" + port(server);
            Files.writeString(work.resolve("preview/secret.txt"), "SECRET next to the site");
            Files.createSymbolicLink(work.resolve("preview/site/linked.txt"), work.resolve("preview/secret.txt"));

            assertEquals(400, status(rawGet(server, "/%00", host)), "/%00");
            assertEquals(400, status(rawGet(server, "/index.html%00.png", host)));
            assertEquals(400, status(rawGet(server, "/%zz", host)));
            assertEquals(400, status(rawGet(server, "/%ff%fe", host)), "not UTF-8");
            for (String path : new String[] {
                "/../secret.txt",
                "/%2e%2e/secret.txt",
                "/%2E%2E/secret.txt",
                "/..%2fsecret.txt",
                "/%2e%2e%2fsecret.txt",
                "/chapters/..%2f..%2fsecret.txt",
                "/chapters/%2e%2e/%2e%2e/secret.txt",
                "/..%5csecret.txt",
                "/%252e%252e/secret.txt",
                "/%c0%ae%c0%ae/secret.txt",
                "/.%2e/secret.txt",
                "//../secret.txt",
                "/linked.txt",
                "/" + work.resolve("preview/secret.txt")
            }) {
                String response = rawGet(server, path, host);
                assertTrue(
                        status(response) == 400 || status(response) == 404,
                        path + ": " + response.lines().findFirst().orElse(""));
                assertFalse(response.contains("SECRET"), path);
            }
            assertEquals(200, status(rawGet(server, "/chapters/mouths.html", host)), "a good path is still served");
        }
    }

    @Test
    void content_deleted_and_made_again_is_watched_again_with_its_new_folders() throws Exception {
        try (PreviewServer server = previewOfTheMinimalGuide()) {
            Path content = guide.resolve("content");
            String page = server.url() + "chapters/mouths.html";
            // as a git checkout or stash does: the folder goes, then comes back with its files
            try (Stream<Path> files = Files.walk(content)) {
                for (Path file :
                        files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
            waitFor(
                    () -> errors().contains("missing: the guide's pages go in this folder"),
                    "the missing folder to be reported");
            GuideFolders.copyTree(GuideFolders.FIXTURES.resolve("minimal/content"), content);
            waitFor(
                    () -> printed()
                                    .lines()
                                    .filter(l -> l.contains(" rebuilt in "))
                                    .count()
                            >= 1, // the first build says "built in"
                    "a rebuild of the folder made again");

            edit(content.resolve("chapters/mouths.adoc"), "Most rivers end at a", "Nearly every river ends at a");
            waitFor(() -> fetch(page).contains("Nearly every river ends at a"), "an edit in the folder made again");

            Files.createDirectories(content.resolve("chapters/more"));
            Files.writeString(
                    content.resolve("chapters/more/lakes.adoc"),
                    "= Lakes\n:jbake-type: chapter\n:jbake-order: 7\n\nSome rivers end in lakes.\n");
            waitFor(
                    () -> fetch(server.url() + "chapters/more/lakes.html").contains("Some rivers end in lakes."),
                    "a chapter in a new folder");
            edit(
                    content.resolve("chapters/more/lakes.adoc"),
                    "Some rivers end in lakes.",
                    "Some rivers end in salt lakes.");
            waitFor(
                    () -> fetch(server.url() + "chapters/more/lakes.html").contains("Some rivers end in salt lakes."),
                    "an edit in the new folder");
        }
    }

    private static String fetch(String url) {
        try {
            return get(url);
        } catch (Exception e) {
            return "";
        }
    }
}
