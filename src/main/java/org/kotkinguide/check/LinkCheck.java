package org.kotkinguide.check;

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
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;
import org.kotkinguide.content.Sha256;
import org.kotkinguide.content.Suggestions;

/**
 * Every relative link, stylesheet, script and image in the staged site must reach a file (and an id
 * on it, for a link with a fragment), and none may use a scheme that runs script ({@link SafeHtml}). A
 * miss is reported at the source page's line that mentions the target, else at the template line that
 * writes it ({@link TemplateLinks}), else at the first page that has it.
 */
public final class LinkCheck {
    /** What the check needs from one page: its ids and the relative URLs it links to, and which file it read. */
    private record Parsed(
            String sha256, FileIdentity file, Set<String> ids, List<String> links, Map<String, String> unsafe) {
        Parsed in(FileIdentity other) {
            return new Parsed(sha256, other, ids, links, unsafe);
        }
    }

    /** A URL with a scheme (https:, mailto:...) leaves the site: compiled once, it is asked of every link. */
    private static final Pattern WITH_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    /** Pages parsed by this check's last run, by URL: a rebuild parses only pages whose bytes changed. */
    private Map<String, Parsed> parsed = new HashMap<>();
    /** How many pages the last run parsed, and how many it took as the run before parsed them. */
    private int pagesParsed;

    private int pagesKept;

    /** Checks {@code site}; returns how many links were followed. */
    public int run(GuideSource source, Path site, ContentErrors errors) {
        return run(source, site, errors, target -> false);
    }

    /**
     * Checks {@code site} before some of its files are made: a link to a file {@code madeLater} names (a
     * path in the site, e.g. {@code downloads/study-guide.pdf}) is taken as good here, and followed by the
     * run once they are made, which parses again only the pages that changed since this one.
     */
    public int run(
            GuideSource source, Path site, ContentErrors errors, java.util.function.Predicate<String> madeLater) {
        Map<String, Parsed> before = parsed;
        java.util.concurrent.atomic.AtomicInteger parsing = new java.util.concurrent.atomic.AtomicInteger();
        // parsing is most of the check's time: pages are parsed on every core
        Map<String, Parsed> pages = htmlPages(site).parallelStream()
                .collect(Collectors.toConcurrentMap(uri -> uri, uri -> {
                    FileIdentity file = FileIdentity.of(site.resolve(uri));
                    Parsed last = before.get(uri);
                    if (last != null && file.sameFileAs(last.file())) {
                        return last;
                    }
                    byte[] bytes = read(site.resolve(uri));
                    // hashed only when there is a last parse to compare with: a command-line build's check
                    // runs once, and a page with the bytes of the published one is that file (SiteFiles)
                    String sha256 = last == null ? null : Sha256.hex(bytes);
                    if (last != null && sha256.equals(last.sha256())) {
                        return last.in(file);
                    }
                    parsing.incrementAndGet();
                    return parse(bytes, sha256, file);
                }));
        parsed = pages;
        pagesParsed = parsing.get();
        pagesKept = pages.size() - pagesParsed;
        Map<String, Set<String>> ids = new HashMap<>();
        pages.forEach((uri, page) -> ids.put(uri, page.ids()));
        int followed = 0;
        // every page repeats the navigation: the same link from the same folder is resolved once
        // (a link to '#id' is resolved against its own page)
        Map<String, Map<String, Optional<String>>> resolvedInFolder = new HashMap<>();
        // a template's broken link is on every page it lays out: said once, with how many pages have it
        Map<String, TemplateLink> fromTemplates = new java.util.LinkedHashMap<>();
        TemplateLinks templates = new TemplateLinks(source);
        Set<String> guidePages = source.pages().values().stream().map(Page::uri).collect(Collectors.toSet());
        boolean guidePageBreaksALink = false;
        for (String uri : pages.keySet().stream().sorted().toList()) {
            String folder = uri.contains("/") ? uri.substring(0, uri.lastIndexOf('/') + 1) : "";
            Map<String, Optional<String>> fromFolder = resolvedInFolder.computeIfAbsent(folder, f -> new HashMap<>());
            Map<String, Optional<String>> onPage = new HashMap<>();
            pages.get(uri)
                    .unsafe()
                    .forEach((url, problem) -> report(source, uri, url, problem, errors, fromTemplates, templates));
            for (String url : pages.get(uri).links()) {
                followed++;
                Optional<String> problem = (url.startsWith("#") ? onPage : fromFolder)
                        .computeIfAbsent(url, u -> Optional.ofNullable(problem(site, ids, uri, u, madeLater)));
                if (problem.isPresent()) {
                    report(source, uri, url, problem.get(), errors, fromTemplates, templates);
                    guidePageBreaksALink |= guidePages.contains(uri);
                }
            }
        }
        boolean saidAtTheirPages = guidePageBreaksALink;
        fromTemplates.values().stream()
                // the one-page edition is made of the pages' own text, each link pointed at its part of it: a
                // link a page breaks is broken there too, as an id it lacks, and is said once, at the page
                .filter(link -> !(saidAtTheirPages
                        && link.file().equals(SINGLE_PAGE + MADE_BY_TEMPLATES)
                        && link.problem().contains("but " + SINGLE_PAGE + " has no id")))
                .forEach(link -> errors.add(
                        link.file(),
                        link.line(),
                        link.line() > 0
                                ? link.problem() + (link.pages() > 1 ? " (" + link.pages() + " pages have it)" : "")
                                : link.problem() + " (the link comes from a template"
                                        + (link.pages() > 1 ? "; " + link.pages() + " pages have it" : "") + ")"));
        return followed;
    }

    public int pagesParsed() {
        return pagesParsed;
    }

    public int pagesKept() {
        return pagesKept;
    }

    private static Parsed parse(byte[] bytes, String sha256, FileIdentity file) {
        PageLinks page = PageLinks.of(new String(bytes, StandardCharsets.UTF_8));
        List<String> links = new ArrayList<>();
        Map<String, String> unsafe = new java.util.TreeMap<>();
        for (PageLinks.Link link : page.links()) {
            String url = link.url();
            // the pages' text was checked as it was converted; this also holds what the templates wrote
            String problem =
                    SafeHtml.urlProblem(link.element(), link.attributes().containsKey("href") ? "href" : "src", url);
            if (problem != null) {
                unsafe.putIfAbsent(url, problem);
            }
            if (!url.isEmpty()
                    && !WITH_SCHEME.matcher(url).matches()
                    && !url.startsWith("//")
                    && !link.attributes().getOrDefault("rel", "").equals("canonical")
                    // 404.html looks for its script one folder up at a time: all but one miss by design
                    && !link.attributes().containsKey("data-probe")) {
                links.add(url);
            }
        }
        return new Parsed(sha256, file, page.ids(), links, unsafe);
    }

    private static String problem(
            Path site,
            Map<String, Set<String>> ids,
            String from,
            String url,
            java.util.function.Predicate<String> madeLater) {
        String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        path = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String fragment =
                url.contains("#") ? URLDecoder.decode(url.substring(url.indexOf('#') + 1), StandardCharsets.UTF_8) : "";
        if (path.startsWith("/")) {
            return "link '" + url
                    + "' starts at the server root: it breaks from file:// and under a sub-path; make it relative";
        }
        String target = path.isEmpty()
                ? from
                : Path.of(from)
                        .resolveSibling(URLDecoder.decode(path, StandardCharsets.UTF_8))
                        .normalize()
                        .toString()
                        .replace('\\', '/');
        if (!target.startsWith("..") && madeLater.test(target)) {
            return null;
        }
        // a page of the site exists, as the check just read it: only other files need asking the disk
        if (target.startsWith("..") || !(ids.containsKey(target) || Files.exists(site.resolve(target)))) {
            return "link to '" + url + "', but the site has no " + target;
        }
        if (!fragment.isEmpty() && ids.containsKey(target) && !ids.get(target).contains(fragment)) {
            return "link to '" + url + "', but " + target + " has no id '" + fragment + "'"
                    + Suggestions.didYouMean(fragment, ids.get(target));
        }
        return null;
    }

    private static final String MADE_BY_TEMPLATES = " (made by the templates)";
    /** The one-page edition ({@code assemble.SinglePage}). */
    private static final String SINGLE_PAGE = "all.html";

    /**
     * A broken link a template wrote: the template's line that writes it, or where no template names
     * it so, the first page it was found on ({@code line} 0); and on how many pages.
     */
    private record TemplateLink(String file, int line, String problem, int pages) {
        TemplateLink counted(TemplateLink again) {
            // a guide's page names the mistake better than a page the templates made
            TemplateLink named = line == 0 && file.endsWith(MADE_BY_TEMPLATES) ? again : this;
            return new TemplateLink(named.file, named.line, named.problem, pages + 1);
        }
    }

    /**
     * At the source line that mentions the target if there is one; else it comes from a template, and
     * is said once for all the pages that have it (in {@code fromTemplates}, by its target), at the
     * template's line that writes it where one does.
     */
    private static void report(
            GuideSource source,
            String uri,
            String url,
            String problem,
            ContentErrors errors,
            Map<String, TemplateLink> fromTemplates,
            TemplateLinks templates) {
        Page page = source.pages().values().stream()
                .filter(p -> p.uri().equals(uri))
                .findFirst()
                .orElse(null);
        // the same link from another folder: '../css/print.css' and 'css/print.css' are one mistake
        String sameLink = problem.replaceFirst("'(\\.\\./)+", "'");
        String needle = url.replaceAll("^(\\.\\./)+", "").replaceAll("[#?].*", "");
        if (page != null) {
            List<String> lines = page.lines();
            // the source names a page by its .adoc file where it cross-references it (xref:other.adoc[])
            List<String> names = needle.endsWith(".html")
                    ? List.of(needle, needle.substring(0, needle.length() - ".html".length()) + ".adoc")
                    : List.of(needle);
            // with its fragment first: the page may link to the same page rightly on an earlier line
            int hash = url.indexOf('#');
            List<String> withFragment = hash < 0 || needle.isEmpty()
                    ? List.of()
                    : names.stream().map(name -> name + url.substring(hash)).toList();
            for (String named :
                    Stream.concat(withFragment.stream(), names.stream()).toList()) {
                for (int i = 0; i < lines.size(); i++) {
                    if (!named.isEmpty() && lines.get(i).contains(named)) {
                        errors.add(page.displayName(), i + 1, problem);
                        return;
                    }
                }
            }
        }
        Optional<TemplateLinks.Place> written = templates.writing(needle);
        if (written.isPresent()) {
            // one mistake at one line, whichever folder's pages resolve it against
            TemplateLinks.Place at = written.get();
            fromTemplates.merge(
                    at.file() + ':' + at.line() + '\u0000' + needle,
                    new TemplateLink(at.file(), at.line(), problem, 1),
                    TemplateLink::counted);
            return;
        }
        fromTemplates.merge(
                sameLink,
                new TemplateLink(page == null ? uri + MADE_BY_TEMPLATES : page.displayName(), 0, problem, 1),
                TemplateLink::counted);
    }

    private static List<String> htmlPages(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
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
