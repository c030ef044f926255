package org.kotkinguide.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.build.BuildOptions;
import org.kotkinguide.support.GuideFolders;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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

import static org.junit.jupiter.api.Assertions.assertTrue;

/** An author edits a chapter while the preview runs. */
class PreviewServerTest {
    @TempDir
    Path work;

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "gave up waiting: " + what);
            Thread.sleep(200);
        }
    }

    @Test
    void an_edit_shows_up_and_a_broken_edit_keeps_the_last_good_pages() throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        Path chapter = guide.resolve("content/chapters/mouths.adoc");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BuildOptions options = BuildOptions.of(guide, work.resolve("preview/site"));
        try (PreviewServer server = PreviewServer.start(options, 0, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))) {
            String page = server.url() + "chapters/mouths.html";
            assertTrue(get(page).contains("Most rivers end at a"));

            Files.writeString(chapter, Files.readString(chapter).replace("Most rivers end at a", "Nearly every river ends at a"));
            waitFor(() -> fetch(page).contains("Nearly every river ends at a"), "the edit to be served");

            Files.writeString(chapter, Files.readString(chapter).replace("term:delta[]", "term:deltta[]"));
            waitFor(() -> err.toString(StandardCharsets.UTF_8).contains("unknown glossary term 'deltta'"), "the error to be printed");
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("content/chapters/mouths.adoc:8:"), err.toString(StandardCharsets.UTF_8));
            assertTrue(fetch(page).contains("Nearly every river ends at a"), "the last good page is still served");
            assertTrue(fetch(server.url() + "no/such/page.html").contains("This page is not in the guide"));
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
