package org.kotkinguide.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kotkinguide.model.Guide;

/**
 * What the convert stage hands on: the HTML Asciidoctor made for each page (JBake's parser hands it
 * to the templates, and the stages after rendering, search index and single page, read it here
 * rather than the written site), and the guide with what the conversion found in the pages: where
 * terms and works are used and the timeline's texts ({@link #guide()}).
 */
public final class ConvertedPages {
    /** One converted page: its URL, header type and title, its body HTML, its sections (for the table of contents) and its text. */
    public record RenderedPage(
            String uri, String type, String title, String bodyHtml, List<Map<String, Object>> toc, PageText text) {}

    private final List<RenderedPage> pages = new ArrayList<>();
    private final Map<String, RenderedPage> byUri = new HashMap<>();
    private Guide guide;

    public synchronized void add(RenderedPage page) {
        pages.add(page);
        byUri.put(page.uri(), page);
    }

    public synchronized RenderedPage at(String uri) {
        return byUri.get(uri);
    }

    /** The guide the pages were converted from, with the uses their macros noted and the timeline's texts. */
    public synchronized Guide guide() {
        if (guide == null) {
            throw new IllegalStateException("the pages are still converting");
        }
        return guide;
    }

    /** Said once, when every page is converted. */
    synchronized void convertedFrom(Guide converted) {
        this.guide = converted;
    }

    /** In URL order, so that outputs built from them do not depend on crawl order. */
    public synchronized List<RenderedPage> all() {
        return pages.stream().sorted(Comparator.comparing(RenderedPage::uri)).toList();
    }
}
