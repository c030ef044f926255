package org.kotkinguide.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kotkinguide.convert.ConvertedPages;
import org.kotkinguide.convert.ConvertedPages.RenderedPage;
import org.kotkinguide.layout.SelfCheckNumbers;
import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Guide;
import org.kotkinguide.model.Term;
import org.kotkinguide.model.Timeline;

/**
 * The whole guide on one page ({@code all.html}): chapters in order, the timeline, then the glossary. Every id is
 * prefixed with its chapter's slug so the pages' ids cannot collide, and every link between pages is
 * rewritten to the matching place on this page.
 */
public final class SinglePage {
    /**
     * Rewritten bodies by their page's HTML. A page the preview keeps between builds keeps the same
     * HTML string, so its rewrite is reused rather than parsed again (at 1,000 chapters, the largest
     * part of a rebuild after JBake's); an entry goes when its page's HTML is no longer held.
     */
    private static final Map<String, Rewritten> REWRITTEN =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private record Rewritten(String pageUri, String prefix, int levelsDown, String html) {}

    private SinglePage() {}

    /** One part of the page: an anchor id, a title and its HTML. */
    public record Part(String id, String title, String html) {}

    public static List<Part> chapters(Guide guide, ConvertedPages rendered) {
        Map<String, RenderedPage> byUri = byUri(rendered);
        List<Part> parts = new ArrayList<>();
        int number = 0;
        for (Chapter chapter : guide.chapters()) {
            number++;
            RenderedPage page = byUri.get(chapter.uri());
            if (page != null) {
                parts.add(new Part(
                        "chapter-" + chapter.slug(),
                        chapter.title(),
                        // one level under the chapter's title, which is a level under the page's h1
                        rewrite(SelfCheckNumbers.numbered(page.bodyHtml(), number), chapter.uri(), chapter.slug(), 1)));
            }
        }
        return parts;
    }

    public static List<Part> terms(Guide guide, ConvertedPages rendered) {
        Map<String, RenderedPage> byUri = byUri(rendered);
        List<Part> parts = new ArrayList<>();
        for (Term term : guide.terms()) {
            RenderedPage page = byUri.get(term.uri());
            parts.add(new Part(
                    "term-" + term.id(),
                    term.name(),
                    // under the page's h1, the glossary's h2 and the term's h3
                    page == null ? "" : rewrite(page.bodyHtml(), term.uri(), "term-" + term.id(), 2)));
        }
        return parts;
    }

    /** The timeline's events, each with its date as the title; ids as on the timeline page, with "timeline-" in front. */
    public static List<Part> timeline(Guide guide) {
        return guide.timeline().events().stream()
                .map(event -> new Part(
                        "timeline-" + event.id(),
                        event.dateLabel(),
                        rewrite(event.html(), Timeline.URI, "timeline-" + event.id())))
                .toList();
    }

    /** The timeline page's own text around its events, made to stay on this page. */
    public static String timelineIntro(Guide guide) {
        return rewrite(guide.timeline().introHtml(), Timeline.URI, "timeline", 1);
    }

    private static Map<String, RenderedPage> byUri(ConvertedPages rendered) {
        Map<String, RenderedPage> byUri = new LinkedHashMap<>();
        rendered.all().forEach(p -> byUri.put(p.uri(), p));
        return byUri;
    }

    /** Prefixes ids with {@code prefix} and points links at this page: a glossary page at its term, a chapter at its part. */
    static String rewrite(String html, String pageUri, String prefix) {
        return rewrite(html, pageUri, prefix, 0);
    }

    /**
     * As {@link #rewrite(String, String, String)}, with each heading {@code levelsDown} levels lower (an
     * h6 stays h6): the page has one h1, and a part's headings sit under its title, so a screen
     * reader's list of headings nests as the page does.
     */
    static String rewrite(String html, String pageUri, String prefix, int levelsDown) {
        Rewritten kept = REWRITTEN.get(html);
        if (kept != null
                && kept.pageUri().equals(pageUri)
                && kept.prefix().equals(prefix)
                && kept.levelsDown() == levelsDown) {
            return kept.html();
        }
        String rewritten = rewriteNow(html, pageUri, prefix, levelsDown);
        REWRITTEN.put(html, new Rewritten(pageUri, prefix, levelsDown, rewritten));
        return rewritten;
    }

    private static String rewriteNow(String html, String pageUri, String prefix, int levelsDown) {
        Document body = Jsoup.parseBodyFragment(html);
        if (levelsDown > 0) {
            for (Element heading : body.select("h1, h2, h3, h4, h5")) {
                int level = heading.normalName().charAt(1) - '0';
                heading.tagName("h" + Math.min(6, level + levelsDown));
            }
        }
        for (Element element : body.select("[id]")) {
            element.id(prefix + "--" + element.id());
        }
        for (Element element : body.select("[aria-describedby]")) {
            element.attr("aria-describedby", prefix + "--" + element.attr("aria-describedby"));
        }
        for (Element link : body.select("a[href]")) {
            link.attr("href", onThisPage(link.attr("href"), pageUri, prefix));
        }
        // an image beside its chapter (chapters/river.png) is found from the site's root here
        for (Element image : body.select("img[src]")) {
            String src = image.attr("src");
            if (!src.matches("^[a-z]+:.*") && !src.startsWith("/")) {
                image.attr(
                        "src",
                        java.nio.file.Path.of(pageUri)
                                .resolveSibling(src)
                                .normalize()
                                .toString()
                                .replace('\\', '/'));
            }
        }
        return body.body().html();
    }

    static String onThisPage(String href, String pageUri, String prefix) {
        if (href.matches("^[a-z]+:.*")) {
            return href;
        }
        String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        String fragment = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
        if (path.isEmpty()) {
            return "#" + prefix + "--" + fragment;
        }
        String target = java.nio.file.Path.of(pageUri)
                .resolveSibling(path)
                .normalize()
                .toString()
                .replace('\\', '/');
        if (target.startsWith("glossary/") && !target.equals("glossary/index.html")) {
            return "#term-" + target.substring("glossary/".length()).replace(".html", "");
        }
        if (target.startsWith("chapters/")) {
            String slug = target.substring("chapters/".length()).replace(".html", "");
            // a chapter's ids carry its slug (see chapters()), its part's id "chapter-" and the slug
            return fragment.isEmpty() ? "#chapter-" + slug : "#" + slug + "--" + fragment;
        }
        if (target.equals("bibliography.html")) {
            return fragment.isEmpty() ? "#bibliography" : "#" + fragment;
        }
        if (target.equals(Timeline.URI)) {
            return fragment.isEmpty() ? "#timeline" : "#timeline-" + fragment;
        }
        if (target.equals("glossary/index.html")) {
            return "#glossary";
        }
        return "#top";
    }
}
