package org.kotkinguide.model;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An event's text placed on another page: relative links are made relative to that page, and the ids
 * inside it (a glossary link's tooltip) get the event's id in front, so that several events, and the
 * page's own text, never share an id.
 */
final class TimelineHtml {
    private TimelineHtml() {}

    static String at(String html, String root, String eventId) {
        return at(html, root, eventId, "");
    }

    /**
     * As above, on the page at {@code pageUri} (relative to the site root): a glossary link to that very
     * page, with its tooltip, is left as its words (a term's own page linking to itself five times, each
     * link read out by a screen reader, takes the reader nowhere).
     */
    static String at(String html, String root, String eventId, String pageUri) {
        if (html.isEmpty()) {
            return html;
        }
        Document body = Jsoup.parseBodyFragment(html);
        if (!pageUri.isEmpty()) {
            for (Element link : body.select("a.term[href]")) {
                if (link.attr("href").equals(pageUri)) {
                    Element ref = link.parent() != null && link.parent().hasClass("term-ref") ? link.parent() : link;
                    ref.replaceWith(new org.jsoup.nodes.TextNode(link.text()));
                }
            }
        }
        for (Element element : body.select("[id]")) {
            element.id(eventId + "--" + element.id());
        }
        for (Element element : body.select("[aria-describedby]")) {
            element.attr("aria-describedby", eventId + "--" + element.attr("aria-describedby"));
        }
        for (Element link : body.select("a[href]")) {
            String href = link.attr("href");
            if (!root.isEmpty() && !href.startsWith("#") && !href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                link.attr("href", root + href);
            }
        }
        body.outputSettings().prettyPrint(false);
        return body.body().html();
    }
}
