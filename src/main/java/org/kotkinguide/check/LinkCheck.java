package org.kotkinguide.check;

import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;
import org.kotkinguide.content.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every relative link, stylesheet, script and image in the staged site must reach a file (and an id
 * on it, for a link with a fragment). A miss is reported at the source page's line that mentions
 * the target, or at the page when a template made the link.
 */
public final class LinkCheck {
    /** What the check needs from one page: its ids and the relative URLs it links to. */
    private record Parsed(String sha256, Set<String> ids, List<String> links) {
    }

    /** A URL with a scheme (https:, mailto:...) leaves the site: compiled once, it is asked of every link. */
    private static final Pattern WITH_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    /** Pages parsed by this check's last run, by URL: a rebuild parses only pages whose bytes changed. */
    private Map<String, Parsed> parsed = new HashMap<>();

    /** Checks {@code site}; returns how many links were followed. */
    public int run(GuideSource source, Path site, ContentErrors errors) {
        Map<String, Parsed> before = parsed;
        // parsing is most of the check's time: pages are parsed on every core
        Map<String, Parsed> pages = htmlPages(site).parallelStream().collect(Collectors.toConcurrentMap(
                uri -> uri, uri -> {
                    byte[] bytes = read(site.resolve(uri));
                    String sha256 = Sha256.hex(bytes);
                    Parsed last = before.get(uri);
                    return last != null && last.sha256().equals(sha256) ? last : parse(bytes, sha256);
                }));
        parsed = pages;
        Map<String, Set<String>> ids = new HashMap<>();
        pages.forEach((uri, page) -> ids.put(uri, page.ids()));
        int followed = 0;
        // every page repeats the navigation: the same link from the same folder is resolved once
        Map<String, Optional<String>> resolved = new HashMap<>();
        for (String uri : pages.keySet().stream().sorted().toList()) {
            for (String url : pages.get(uri).links()) {
                followed++;
                String folder = uri.contains("/") ? uri.substring(0, uri.lastIndexOf('/') + 1) : "";
                String key = (url.startsWith("#") ? uri : folder) + "\u0000" + url;
                resolved.computeIfAbsent(key, k -> Optional.ofNullable(problem(site, ids, uri, url)))
                        .ifPresent(problem -> report(source, uri, url, problem, errors));
            }
        }
        return followed;
    }

    private static Parsed parse(byte[] bytes, String sha256) {
        PageLinks page = PageLinks.of(new String(bytes, StandardCharsets.UTF_8));
        List<String> links = new ArrayList<>();
        for (PageLinks.Link link : page.links()) {
            String url = link.url();
            if (!url.isEmpty() && !WITH_SCHEME.matcher(url).matches() && !url.startsWith("//")
                    && !link.attributes().getOrDefault("rel", "").equals("canonical")) {
                links.add(url);
            }
        }
        return new Parsed(sha256, page.ids(), links);
    }

    private static String problem(Path site, Map<String, Set<String>> ids, String from, String url) {
        String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        path = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String fragment = url.contains("#") ? URLDecoder.decode(url.substring(url.indexOf('#') + 1), StandardCharsets.UTF_8) : "";
        if (path.startsWith("/")) {
            return "link '" + url + "' starts at the server root: it breaks from file:// and under a sub-path; make it relative";
        }
        String target = path.isEmpty() ? from
                : Path.of(from).resolveSibling(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize().toString().replace('\\', '/');
        if (target.startsWith("..") || !Files.exists(site.resolve(target))) {
            return "link to '" + url + "', but the site has no " + target;
        }
        if (!fragment.isEmpty() && ids.containsKey(target) && !ids.get(target).contains(fragment)) {
            return "link to '" + url + "', but " + target + " has no id '" + fragment + "'";
        }
        return null;
    }

    /** At the source line that mentions the target if there is one; else at the page's source file, or the page. */
    private static void report(GuideSource source, String uri, String url, String problem, ContentErrors errors) {
        Page page = source.pages().values().stream().filter(p -> p.uri().equals(uri)).findFirst().orElse(null);
        if (page == null) {
            errors.add(uri + " (made by the templates)", 0, problem);
            return;
        }
        String needle = url.replaceAll("^(\\.\\./)+", "").replaceAll("[#?].*", "");
        List<String> lines = page.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (!needle.isEmpty() && lines.get(i).contains(needle)) {
                errors.add(page.displayName(), i + 1, problem);
                return;
            }
        }
        errors.add(page.displayName(), 0, problem + " (the link comes from a template)");
    }

    private static List<String> htmlPages(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
