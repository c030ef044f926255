package org.kotkinguide.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A built site on disk, read with jsoup. */
public record Site(Path folder) {

    public Document page(String uri) {
        try {
            return Jsoup.parse(
                    folder.resolve(uri).toFile(),
                    "UTF-8",
                    folder.resolve(uri).toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML page, as paths relative to the site root with '/' separators. */
    public List<String> pages() {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean has(String uri) {
        return Files.isRegularFile(folder.resolve(uri));
    }

    /** Whether a relative URL on page {@code from} reaches an existing file (and id, if it has a fragment). */
    public boolean resolves(String from, String href) {
        return resolves(from, href, new java.util.HashMap<>());
    }

    /** As {@link #resolves(String, String)}, with the ids of the pages read so far kept in {@code ids}. */
    private boolean resolves(String from, String href, java.util.Map<String, java.util.Set<String>> ids) {
        String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        String fragment = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
        String target = path.isEmpty()
                ? from
                : Path.of(from).resolveSibling(path).normalize().toString().replace('\\', '/');
        if (target.startsWith("..") || !has(target)) {
            return false;
        }
        return fragment.isEmpty()
                || !target.endsWith(".html")
                || ids.computeIfAbsent(
                                target,
                                t -> new java.util.HashSet<>(
                                        page(t).select("[id]").eachAttr("id")))
                        .contains(fragment);
    }

    /** Every relative link, stylesheet, script and image on every page that does not resolve. */
    public List<String> brokenLinks() {
        List<String> broken = new java.util.ArrayList<>();
        // each page's ids read once: a chapter links its own sections and the same terms many times
        java.util.Map<String, java.util.Set<String>> ids = new java.util.HashMap<>();
        for (String uri : pages()) {
            for (org.jsoup.nodes.Element link : page(uri).select("a[href], link[href], script[src], img[src]")) {
                String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                // 404.html's script probes (data-probe) look one folder up at a time: all but one miss by design
                if (!url.matches("^[a-z]+:.*")
                        && !link.attr("rel").equals("canonical")
                        && !link.hasAttr("data-probe")
                        && !resolves(uri, url, ids)) {
                    broken.add(uri + " -> " + url);
                }
            }
        }
        return broken;
    }
}
