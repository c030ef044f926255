package org.kotkinguide.assemble;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kotkinguide.check.PublishedHtml;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.convert.ConvertedPages;
import org.kotkinguide.layout.PageTemplates;

/**
 * Pages that no source file stands behind, rendered by the same templates: {@code search.html},
 * {@code 404.html}, {@code all.html} (the single-page edition), {@code download.html}, {@code whos-who.html}, the
 * flashcards ({@code flashcards.html}, {@code flashcards/<chapter>.html}); and, when
 * the guide names its host ({@code site.host}), {@code sitemap.xml} and {@code robots.txt}.
 */
public final class GeneratedPages {
    public static final String WHOS_WHO = "whos-who.html";

    private final GuideSource source;
    private final PageTemplates templates;
    private final Path site;
    /** What every page passes before it is written (see {@link PublishedHtml}). */
    private final PublishedHtml allowlist;

    public GeneratedPages(GuideSource source, PageTemplates templates, Path site) {
        this.source = source;
        this.templates = templates;
        this.site = site;
        this.allowlist =
                PublishedHtml.forSite(source.assetFolder(), source.settings().siteHost());
    }

    public void searchAnd404(ConvertedPages rendered) {
        write("search.ftlh", "search.html", Map.of("title", "Search"));
        write("404.ftlh", "404.html", notFound());
        write(
                "all.ftlh",
                "all.html",
                Map.of(
                        "title",
                        "The whole guide on one page",
                        "chapters",
                        SinglePage.chapters(source.guide(), rendered),
                        "terms",
                        SinglePage.terms(source.guide(), rendered),
                        "timeline",
                        SinglePage.timeline(source.guide()),
                        "timelineIntro",
                        SinglePage.timelineIntro(source.guide())));
    }

    /** The who's who: the glossary's people by surname, when it has any; returns how many pages (0 or 1). */
    public int whosWho() {
        if (source.guide().people().isEmpty()) {
            return 0;
        }
        write("whos-who.ftlh", WHOS_WHO, Map.of("title", "Who’s who"));
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
                        termPages));
        try {
            Files.createDirectories(site.resolve(FlashcardDecks.FOLDER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (FlashcardDecks.Deck deck : decks) {
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
                            FlashcardDecks.around(decks, deck, source.settings().navMaxChapters()),
                            "termPages",
                            termPages));
        }
        return 1 + decks.size();
    }

    /** "Cite this page"'s downloads: each chapter's and term's reference and the reading's, as BibTeX and RIS; returns how many files. */
    public int citationFiles() {
        try {
            Map<String, String> files = templates.citations().files();
            for (Map.Entry<String, String> file : new java.util.TreeMap<>(files).entrySet()) {
                Path target = site.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            return files.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        InlineStyles styles = InlineStyles.of(source.assetFolder().resolve("css"));
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
        Map<String, Object> content = new HashMap<>();
        content.put("title", "Download");
        content.put("offline", offline);
        content.put("pdfSize", size(pdfBytes));
        content.put("epubSize", size(epubBytes));
        content.put("zipSize", size(zipBytes));
        content.put("handouts", handouts);
        write("download.ftlh", "download.html", content, file);
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
            Files.writeString(site.resolve("sitemap.xml"), xml, StandardCharsets.UTF_8);
            Files.writeString(
                    site.resolve("robots.txt"),
                    "User-agent: *\nAllow: /\nSitemap: " + base + "sitemap.xml\n",
                    StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String template, String uri, Map<String, Object> content) {
        write(template, uri, content, site.resolve(uri));
    }

    private void write(String template, String uri, Map<String, Object> content, Path file) {
        Map<String, Object> withSource = new HashMap<>(content);
        withSource.put("sourcefile", uri);
        StringWriter page = new StringWriter();
        try {
            templates.render(template, withSource, uri, page);
        } catch (IOException e) {
            return; // a template error was recorded with its file and line; the build stops on it
        }
        try {
            List<String> dropped = new java.util.ArrayList<>();
            Files.writeString(file, allowlist.clean(page.toString(), dropped), StandardCharsets.UTF_8);
            templates.reportDropped(uri, dropped);
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
