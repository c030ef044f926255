package org.kotkinguide.preview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.kotkinguide.preview.PreviewHttp.Request;
import org.kotkinguide.preview.PreviewHttp.Response;

/**
 * Answers a request with a file of the built site. A path is decoded once, strictly (a bad
 * percent escape, bytes that are not UTF-8, a control character, a backslash, or a {@code .} or
 * {@code ..} segment are a 400), and the file it names must lie inside the site, also after
 * following links; anything else is the site's 404 page.
 */
final class SiteFolder implements PreviewHttp.Responder {
    private static final Map<String, String> TYPES = Map.of(
            "html",
            "text/html; charset=utf-8",
            "css",
            "text/css; charset=utf-8",
            "js",
            "text/javascript; charset=utf-8",
            "pdf",
            "application/pdf",
            "zip",
            "application/zip",
            "xml",
            "application/xml",
            "txt",
            "text/plain; charset=utf-8",
            "svg",
            "image/svg+xml",
            "png",
            "image/png",
            "jpg",
            "image/jpeg");

    private final Path site;

    SiteFolder(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    @Override
    public Response respond(Request request) {
        String path = decode(request.rawPath());
        if (path == null) {
            return Response.text(400, "bad request path");
        }
        String relative = path.substring(1);
        Path file = site.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative)
                .normalize();
        try {
            if (!file.startsWith(site)
                    || !Files.isRegularFile(file)
                    || !file.toRealPath().startsWith(site.toRealPath())) {
                return notFound();
            }
            String name = file.getFileName().toString();
            return new Response(
                    200,
                    TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"),
                    Files.readAllBytes(file));
        } catch (IOException e) {
            return notFound(); // gone in a rebuild's swap, or never there
        }
    }

    private static final byte[] NOT_BUILT = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>Not built yet</title></head><body><h1>Not built yet</h1><p>The guide has not built"
                    + " yet: its errors are listed here. Fix one and save, and this page shows the guide.</p>"
                    + "</body></html>\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private Response notFound() {
        try {
            return new Response(404, TYPES.get("html"), Files.readAllBytes(site.resolve("404.html")));
        } catch (IOException e) {
            // no site yet (the first build failed): a page for the live-reload script, which shows the errors
            return new Response(404, TYPES.get("html"), NOT_BUILT);
        }
    }

    /** The path with its percent escapes decoded, or null when it is not a plain path inside the site. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()
                        || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else if (c > 0x20 && c < 0x7f) {
                bytes.write(c);
            } else {
                return null;
            }
        }
        String path;
        try {
            path = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        if (!path.startsWith("/") || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return null;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return null;
            }
        }
        return path;
    }
}
