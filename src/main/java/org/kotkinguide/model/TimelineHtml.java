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
        if (html.isEmpty()) {
            return html;
        }
        Document body = Jsoup.parseBodyFragment(html);
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
