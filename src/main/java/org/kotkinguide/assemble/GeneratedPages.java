package org.kotkinguide.assemble;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kotkinguide.cache.DiskCache;
import org.kotkinguide.cache.KeyText;
import org.kotkinguide.check.AllowlistQueue;
import org.kotkinguide.check.PublishedHtml;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.convert.ConvertedPages;
import org.kotkinguide.files.FileWrites;
import org.kotkinguide.layout.PageTemplates;
import org.kotkinguide.layout.SiteFiles;

/**
 * Pages that no source file stands behind, rendered by the same templates: {@code search.html},
 * {@code 404.html}, {@code all.html} (the single-page edition), {@code download.html}, {@code whos-who.html}, the
 * flashcards ({@code flashcards.html}, {@code flashcards/<chapter>.html}); and, when
 * the guide names its host ({@code site.host}), {@code sitemap.xml} and {@code robots.txt}.
 *
 * <p>Each page is kept on disk between builds on its declared inputs: what every template reads
 * ({@code LayoutCache.siteKey()}: the templates, the settings, the pages' days, the guide model, which
 * holds every title, term and use a deck or the search page can show) and what the page is given
 * besides (a deck's chapter, the one-page edition's converted chapters, the 404 page's styles), so a
 * prose edit makes only the one-page edition again. A page whose bytes are the published one's is a
 * link to it ({@link SiteFiles}), not a new file.
 */
public final class GeneratedPages {
    public static final String WHOS_WHO = "whos-who.html";

    /**
     * The pages the last builds in this process made or took, by their key, kept in memory from one build
     * to the next (the preview's, the warm build server's): a rebuild takes a page from here instead of
     * reading its disk entry and checking its seal, which for the flashcard decks, one per chapter, was a
     * twentieth of a warm one-chapter edit at 200 chapters. Every page here passed the allowlist. A page
     * stays while one of the last three builds used it (the preview with PDFs runs two kinds of build in
     * turn, whose pages have keys of their own), so memory stays flat however many builds run.
     */
    public static final class InMemory {
        private Map<String, byte[]> thisBuild = new HashMap<>();
        private Map<String, byte[]> lastBuild = Map.of();
        private Map<String, byte[]> buildBefore = Map.of();

        /** A build begins: the pages only the build three back used are let go. */
        public synchronized void startBuild() {
            buildBefore = lastBuild;
            lastBuild = thisBuild;
            thisBuild = new HashMap<>();
        }

        synchronized byte[] get(String key) {
            byte[] page = thisBuild.get(key);
            if (page == null) {
                page = lastBuild.get(key);
                page = page != null ? page : buildBefore.get(key);
                if (page != null) {
                    thisBuild.put(key, page);
                }
            }
            return page;
        }

        synchronized void put(String key, byte[] html) {
            thisBuild.put(key, html);
        }
    }

    private final GuideSource source;
    private final PageTemplates templates;
    private final SiteFiles files;
    private final Path site;
    private final DiskCache disk;
    private final InMemory memory;
    private final String siteKey;
    /** The pages (and the citation files, as one) taken from the cache, and those made anew, by name. */
    private final List<String> kept = new java.util.ArrayList<>();
    /** What every page passes before it is written (see {@link PublishedHtml}). */
    private final PublishedHtml allowlist;
    /** The pages made here, passing the allowlist on other cores; each public method that makes pages ends with {@link #finish}. */
    private final AllowlistQueue cleaning;

    private final List<String> made = new java.util.ArrayList<>();

    /**
     * @param memory the pages kept by this process's earlier builds, its {@link InMemory#startBuild} called
     *     for this one
     * @param siteKey what every template reads besides a page's content ({@code LayoutCache.siteKey()},
     *     after the lay-out stage)
     */
    public GeneratedPages(
            GuideSource source,
            PageTemplates templates,
            SiteFiles files,
            DiskCache disk,
            InMemory memory,
            String siteKey) {
        this.source = source;
        this.templates = templates;
        this.files = files;
        this.site = files.staging();
        this.disk = disk;
        this.memory = memory;
        this.siteKey = siteKey;
        this.allowlist = PublishedHtml.forSite(source);
        this.cleaning = new AllowlistQueue(allowlist);
    }

    /** The outputs this build took from the cache, by name (the citation files count as one). */
    public List<String> kept() {
        return List.copyOf(kept);
    }

    /** The outputs this build made anew, by name (the citation files count as one). */
    public List<String> made() {
        return List.copyOf(made);
    }

    public void searchAnd404(ConvertedPages rendered) {
        write("search.ftlh", "search.html", Map.of("title", "Search"), "");
        Map<String, Object> notFound = notFound();
        write("404.ftlh", "404.html", notFound, KeyText.of(notFound));
        Map<String, Object> single = Map.of(
                "title",
                "The whole guide on one page",
                "chapters",
                SinglePage.chapters(source.guide(), rendered),
                "terms",
                SinglePage.terms(source.guide(), rendered),
                "timeline",
                SinglePage.timeline(source.guide()),
                "timelineIntro",
                SinglePage.timelineIntro(source.guide()));
        // the converted chapters it shows: any prose edit makes it again
        write("all.ftlh", "all.html", single, KeyText.of(single));
        finish();
    }

    /** The who's who: the glossary's people by surname, when it has any; returns how many pages (0 or 1). */
    public int whosWho() {
        if (source.guide().people().isEmpty()) {
            return 0;
        }
        write("whos-who.ftlh", WHOS_WHO, Map.of("title", "Who’s who"), "");
        finish();
        return 1;
    }

    /** The flashcards: the whole guide's deck and one per chapter (see {@link FlashcardDecks}); returns how many decks. */
    public int flashcards() {
        List<FlashcardDecks.Deck> decks = FlashcardDecks.byChapter(source.guide());
        // each card's "Appears in", for all decks at once: per card, it would cost the whole guide again
        Map<String, List<org.kotkinguide.model.Usage>> termPages =
                source.guide().termPages();
        write(
                "flashcards.ftlh",
                FlashcardDecks.WHOLE_GUIDE,
                Map.of(
                        "title",
                        "Flashcards",
                        "deck",
                        "all",
                        "cards",
                        source.guide().terms(),
                        "decks",
                        decks,
                        "decksShown",
                        decks,
                        "termPages",
                        termPages),
                // every deck is made from the guide model and the settings alone, which the site's key holds
                "");
        try {
            Files.createDirectories(site.resolve(FlashcardDecks.FOLDER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int at = 0; at < decks.size(); at++) {
            FlashcardDecks.Deck deck = decks.get(at);
            write(
                    "flashcards.ftlh",
                    deck.uri(),
                    Map.of(
                            "title",
                            "Flashcards: " + deck.chapter().title(),
                            "deck",
                            deck.chapter().slug(),
                            "cards",
                            deck.cards(),
                            "decks",
                            decks,
                            "decksShown",
                            FlashcardDecks.around(decks, at, source.settings().navMaxChapters()),
                            "termPages",
                            termPages),
                    "");
        }
        finish();
        return 1 + decks.size();
    }

    /** "Cite this page"'s downloads: each chapter's and term's reference and the reading's, as BibTeX and RIS; returns how many files. */
    public int citationFiles() {
        try {
            // made from the references (as the guide model holds them, in the settings' style), the pages' titles
            // and their days, which a :revdate: gives as well as git (the site's key has git's only)
            String key =
                    DiskCache.key("citation files", siteKey, source.library().madeFrom(), templates.pageDaysKey());
            byte[] bundle = disk.get("generated", key);
            Map<String, String> citations;
            if (bundle != null) {
                citations = unbundle(bundle);
                kept.add("the citation files");
            } else {
                citations = new java.util.TreeMap<>(templates.citations().files());
                disk.put("generated", key, bundle(citations));
                made.add("the citation files");
            }
            for (Map.Entry<String, String> file : citations.entrySet()) {
                files.write(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
            }
            return citations.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Name and text of each file, each told apart by its length, in one entry. */
    private static byte[] bundle(Map<String, String> texts) {
        StringBuilder all = new StringBuilder();
        texts.forEach((name, text) -> all.append(KeyText.of(name)).append(KeyText.of(text)));
        return all.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> unbundle(byte[] bytes) {
        String all = new String(bytes, StandardCharsets.UTF_8);
        Map<String, String> texts = new java.util.TreeMap<>();
        int at = 0;
        while (at < all.length()) {
            String[] pair = new String[2];
            for (int i = 0; i < 2; i++) {
                // KeyText's string: '"', the length in chars, ':', the chars
                int colon = all.indexOf(':', at);
                int length = Integer.parseInt(all.substring(at + 1, colon));
                pair[i] = all.substring(colon + 1, colon + 1 + length);
                at = colon + 1 + length;
            }
            texts.put(pair[0], pair[1]);
        }
        return texts;
    }

    /**
     * 404.html is served at any missing address, at any depth, so nothing on it may depend on where
     * it is: its styles are inline (allowed by their hash), and {@code js/not-found.js} points its
     * links at the site's root. With {@code site.host} the links are absolute and that script is
     * found there; without it, the page tries the script one folder up at a time (see the template).
     */
    private Map<String, Object> notFound() {
        Map<String, Object> content = new HashMap<>();
        content.put("title", "Page not found");
        InlineStyles styles = InlineStyles.of(org.kotkinguide.content.Theme.stylesheets(source));
        content.put("inlineCss", styles.css());
        content.put("styleHash", styles.sha256());
        content.put("siteRoot", source.settings().siteHost());
        return content;
    }

    /**
     * The download page; {@code offline} is the variant inside the offline copy, which has no zip to
     * offer; sizes are in bytes (0 when there is no such file).
     */
    public void download(
            Path file, boolean offline, long pdfBytes, long epubBytes, long zipBytes, List<String> handouts) {
        download(file, offline, pdfBytes, epubBytes, zipBytes, handouts, "");
    }

    /** The download page, saying {@code note} above the list (that the files are old, or missing). */
    public void download(
            Path file,
            boolean offline,
            long pdfBytes,
            long epubBytes,
            long zipBytes,
            List<String> handouts,
            String note) {
        Map<String, Object> content = new HashMap<>();
        content.put("note", note);
        content.put("title", "Download");
        content.put("offline", offline);
        content.put("pdfSize", size(pdfBytes));
        content.put("epubSize", size(epubBytes));
        content.put("zipSize", size(zipBytes));
        content.put("handouts", handouts);
        write("download.ftlh", "download.html", content, file, KeyText.of(content));
        finish();
    }

    /** sitemap.xml and robots.txt, only for a guide that says where it is hosted; returns whether it wrote them. */
    public boolean sitemap() {
        String base = source.settings().siteHost();
        if (base.isEmpty()) {
            return false;
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        try (Stream<Path> walk = Files.walk(site)) {
            for (String page : walk.map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html") && !p.equals("404.html"))
                    .sorted()
                    .toList()) {
                xml.append("  <url><loc>").append(base).append(page).append("</loc></url>\n");
            }
            xml.append("</urlset>\n");
            // made from the site's files each time (a walk of the folder): cheaper than a key would be
            files.write("sitemap.xml", xml.toString().getBytes(StandardCharsets.UTF_8));
            files.write(
                    "robots.txt",
                    ("User-agent: *\nAllow: /\nSitemap: " + base + "sitemap.xml\n").getBytes(StandardCharsets.UTF_8));
            made.add("sitemap.xml");
            made.add("robots.txt");
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String template, String uri, Map<String, Object> content, String inputs) {
        write(template, uri, content, site.resolve(uri), inputs);
    }

    /**
     * Writes the page from the cache when it holds one made from the same inputs, else from its template.
     * {@code inputs} is what the page reads besides what every template reads (the site's key). Every page
     * passes the allowlist before it is written: when it is made, and when it is kept unless this user's
     * builds sealed the entry (then it passed when made), so a crafted cache entry cannot add script.
     */
    private void write(String template, String uri, Map<String, Object> content, Path file, String inputs) {
        boolean inSite = file.toAbsolutePath().startsWith(site.toAbsolutePath());
        // the offline copy's download page is made aside, with its own key
        String key = DiskCache.key("generated page", siteKey, template, uri, String.valueOf(inSite), inputs);
        byte[] inMemory = memory.get(key);
        byte[] cached = inMemory != null ? inMemory : disk.get("generated", key);
        String name = inSite ? site.relativize(file).toString().replace('\\', '/') : "offline " + uri;
        if (cached != null) {
            kept.add(name);
            byte[] html = inMemory != null || disk.sealed()
                    ? cached
                    : allowlist
                            .clean(new String(cached, StandardCharsets.UTF_8), new java.util.ArrayList<>())
                            .getBytes(StandardCharsets.UTF_8);
            if (inMemory == null) {
                memory.put(key, html); // a page found in memory is kept for this build by the lookup
            }
            save(name, file, inSite, html);
            return;
        }
        Map<String, Object> withSource = new HashMap<>(content);
        withSource.put("sourcefile", uri);
        java.io.StringWriter page = new java.io.StringWriter();
        try {
            templates.render(template, withSource, uri, page);
        } catch (IOException e) {
            // a template error was recorded with its file and line; the build stops on it
            return;
        }
        try {
            // cleaned on another core while the next page is laid out; written on this thread, in the pages' order
            cleaning.add(page.toString(), (cleaned, dropped) -> {
                byte[] html = cleaned.getBytes(StandardCharsets.UTF_8);
                templates.reportDropped(uri, dropped);
                if (dropped.isEmpty()) {
                    disk.put("generated", key, html);
                    memory.put(key, html);
                }
                made.add(name);
                save(name, file, inSite, html);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void save(String name, Path file, boolean inSite, byte[] html) {
        try {
            if (inSite) {
                files.write(name, html);
            } else {
                FileWrites.bytes(file, html);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the pages still being cleaned: each public method ends with its pages in the site. */
    private void finish() {
        try {
            cleaning.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String size(long bytes) {
        if (bytes <= 0) {
            return "";
        }
        return bytes < 1024 * 1024
                ? Math.max(1, Math.round(bytes / 1024.0)) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
