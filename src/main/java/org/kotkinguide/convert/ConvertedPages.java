package org.kotkinguide.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML Asciidoctor made for each page: JBake's parser hands it to the templates, and the stages
 * after rendering (search index, single page) read it here rather than the written site.
 */
public final class ConvertedPages {
    /** One converted page: its URL, header type and title, its body HTML, its sections (for the table of contents) and its text. */
    public record RenderedPage(
            String uri, String type, String title, String bodyHtml, List<Map<String, Object>> toc, PageText text) {}

    private final List<RenderedPage> pages = new ArrayList<>();
    private final Map<String, RenderedPage> byUri = new HashMap<>();

    public synchronized void add(RenderedPage page) {
        pages.add(page);
        byUri.put(page.uri(), page);
    }

    public synchronized RenderedPage at(String uri) {
        return byUri.get(uri);
    }

    /** In URL order, so that outputs built from them do not depend on crawl order. */
    public synchronized List<RenderedPage> all() {
        return pages.stream().sorted(Comparator.comparing(RenderedPage::uri)).toList();
    }
}
