package org.kotkinguide.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.model.Term;
import org.kotkinguide.model.Timeline;
import org.kotkinguide.model.TimelineEvent;

/**
 * The timeline with each event's text as Asciidoctor made it: the converted timeline page holds the
 * events as description-list items, in the order the loader read them. Also notes which glossary
 * terms each event links, for the terms' pages.
 */
final class TimelineTexts {
    private static final Pattern DATED = Pattern.compile("^\\d{4}(-\\d{2}){0,2}(\\s.*)?$");

    private TimelineTexts() {}

    /** The loaded guide's timeline with its texts from the converted timeline page; as loaded when there is none. */
    static Timeline of(GuideSource source, ConvertedPages rendered, ContentErrors errors) {
        Timeline timeline = source.guide().timeline();
        ConvertedPages.RenderedPage page = rendered.at(Timeline.URI);
        if (!timeline.exists() || page == null) {
            return timeline;
        }
        Map<String, String> termIdsByUri = new HashMap<>();
        for (Term term : source.guide().terms()) {
            termIdsByUri.put(term.uri(), term.id());
        }
        Document body = Jsoup.parseBodyFragment(page.bodyHtml());
        body.outputSettings().prettyPrint(false);
        List<Element> texts = new ArrayList<>();
        for (Element dt : body.select("dl > dt")) {
            Element dd = dt.nextElementSibling();
            if (DATED.matcher(dt.text().strip()).matches()
                    && dd != null
                    && dd.tagName().equals("dd")) {
                texts.add(dd);
            }
        }
        List<TimelineEvent> events = timeline.events();
        if (texts.size() != events.size()) {
            errors.add(
                    timeline.file(),
                    0,
                    "found " + texts.size() + " dated items on the converted page but read " + events.size()
                            + " events: write each event as one 'DATE:: text' item outside other blocks");
            return timeline;
        }
        List<TimelineEvent> converted = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Element text = texts.get(i);
            List<String> terms = new ArrayList<>();
            for (Element link : text.select("a.term[href]")) {
                String id = termIdsByUri.get(link.attr("href"));
                if (id != null && !terms.contains(id)) {
                    terms.add(id);
                }
            }
            converted.add(events.get(i).withText(text.html().strip(), tipless(text), terms));
        }
        // the events are laid out by the timeline's template; the page's own text is what is left
        texts.forEach(dd -> {
            Element list = dd.closest("div.dlist");
            (list != null ? list : dd.parent()).remove();
        });
        return timeline.withTexts(converted, body.body().html().strip());
    }

    /** The event's words without its tooltips' text, for search. */
    private static String tipless(Element text) {
        Element copy = text.clone();
        copy.select(".tip").remove();
        return copy.text();
    }
}
