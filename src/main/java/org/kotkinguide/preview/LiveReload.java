package org.kotkinguide.preview;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kotkinguide.content.ContentError;
import org.kotkinguide.index.Json;

/**
 * Pages served by the preview reload themselves after each rebuild and show the build's errors over
 * the last good page. The preview adds one script to every HTML page it serves, naming the build the
 * page came from; the script asks {@code /__preview/status} a few times a second which build is the
 * latest and what it found. Nothing of this is in the built site: it is added while serving, and the
 * script carries the nonce the page's Content-Security-Policy allows its own scripts by.
 */
final class LiveReload implements PreviewHttp.Responder {
    static final String PREFIX = "/__preview/";
    /** Lines shown above and below an error's line. */
    private static final int CONTEXT = 2;

    private static final java.util.regex.Pattern NONCE = java.util.regex.Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    private final Path guide;
    /** The built site's files, answered as they are but for the script added to each page. */
    private final PreviewHttp.Responder site;

    private long build;
    private String status = status(0, List.of(), List.of());

    LiveReload(Path guide, PreviewHttp.Responder site) {
        this.guide = guide;
        this.site = site;
    }

    /** A build succeeded: open pages reload. */
    synchronized void built(List<ContentError> warnings) {
        build++;
        status = status(build, List.of(), warnings);
    }

    /** A build failed: open pages keep the last good site and show the errors. */
    synchronized void failed(List<ContentError> errors, List<ContentError> warnings) {
        build++;
        status = status(build, errors, warnings);
    }

    /** The page with the live-reload script added before {@code </body>}, naming the build it belongs to. */
    synchronized byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        // the page's policy runs only the scripts that carry its nonce (the first in the page: the policy's)
        java.util.regex.Matcher nonce = NONCE.matcher(page);
        String script = "<script src=\"" + PREFIX + "reload.js\""
                + (nonce.find() ? " nonce=\"" + nonce.group(1) + "\"" : "") + " data-build=\"" + build + "\"></script>";
        int end = page.lastIndexOf("</body>");
        page = end < 0 ? page + script : page.substring(0, end) + script + page.substring(end);
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** Answers {@code /__preview/...} itself, and every other request with the site's file, a page with the script added. */
    @Override
    public PreviewHttp.Response respond(PreviewHttp.Request request) {
        switch (request.rawPath()) {
            case PREFIX + "status" -> {
                String now;
                synchronized (this) {
                    now = status;
                }
                return new PreviewHttp.Response(
                        200, "application/json; charset=utf-8", now.getBytes(StandardCharsets.UTF_8));
            }
            case PREFIX + "reload.js" -> {
                return resource("reload.js", "text/javascript; charset=utf-8");
            }
            case PREFIX + "overlay.css" -> {
                return resource("overlay.css", "text/css; charset=utf-8");
            }
            default -> {
                PreviewHttp.Response answer = site.respond(request);
                return answer.contentType().startsWith("text/html")
                        ? new PreviewHttp.Response(answer.status(), answer.contentType(), inject(answer.body()))
                        : answer;
            }
        }
    }

    private String status(long number, List<ContentError> errors, List<ContentError> warnings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("build", number);
        json.put("errors", errors.stream().map(this::finding).toList());
        json.put("warnings", warnings.stream().map(this::finding).toList());
        return Json.write(json);
    }

    /** An error as the overlay shows it: where, what, and the source lines around it. */
    private Map<String, Object> finding(ContentError error) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("where", error.line() > 0 ? error.file() + ":" + error.line() : error.file());
        json.put("message", error.message());
        json.put("line", error.line());
        List<Map<String, Object>> lines = new ArrayList<>();
        Path file = guide.resolve(error.file()).normalize();
        if (error.line() > 0 && file.startsWith(guide) && Files.isRegularFile(file)) {
            try {
                List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int n = Math.max(1, error.line() - CONTEXT);
                        n <= Math.min(text.size(), error.line() + CONTEXT);
                        n++) {
                    lines.add(Map.of("number", n, "text", text.get(n - 1)));
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // a file that is not UTF-8 is itself the error: show the message without its lines
            }
        }
        json.put("source", lines);
        return json;
    }

    private static PreviewHttp.Response resource(String name, String type) {
        try (InputStream in = LiveReload.class.getResourceAsStream("/preview/" + name)) {
            return in == null
                    ? PreviewHttp.Response.text(404, "not found")
                    : new PreviewHttp.Response(200, type, in.readAllBytes());
        } catch (IOException e) {
            return PreviewHttp.Response.text(500, "cannot read " + name);
        }
    }
}
