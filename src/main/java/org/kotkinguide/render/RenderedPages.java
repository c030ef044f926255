package org.kotkinguide.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The HTML Asciidoctor made for each page, kept from the render stage for the stages after it
 * (the search index), so nothing has to read the written site back.
 */
public final class RenderedPages {
    /** One converted page: its URL, header type and title, and its body HTML. */
    public record RenderedPage(String uri, String type, String title, String bodyHtml) {
    }

    private final List<RenderedPage> pages = new ArrayList<>();

    public synchronized void add(RenderedPage page) {
        pages.add(page);
    }

    /** In URL order, so that outputs built from them do not depend on crawl order. */
    public synchronized List<RenderedPage> all() {
        return pages.stream().sorted(Comparator.comparing(RenderedPage::uri)).toList();
    }
}
