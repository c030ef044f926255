package org.kotkinguide.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kotkinguide.convert.ConvertedPages;
import org.kotkinguide.convert.ConvertedPages.RenderedPage;
import org.kotkinguide.convert.PageText;
import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Guide;
import org.kotkinguide.model.Reference;
import org.kotkinguide.model.Term;
import org.kotkinguide.model.TimelineEvent;

/**
 * What a student can find: every section of the home page and chapters (in reading order), every
 * glossary term with its names, and every work in the bibliography. One document per section, so a result opens
 * at the right place.
 */
final class SearchDocuments {
    private SearchDocuments() {}

    static List<Map<String, Object>> of(Guide guide, ConvertedPages rendered) {
        List<Map<String, Object>> docs = new ArrayList<>();
        Map<String, RenderedPage> byUri = new LinkedHashMap<>();
        rendered.all().forEach(page -> byUri.put(page.uri(), page));

        byUri.values().stream()
                .filter(p -> p.type().equals("home"))
                .forEach(home -> addSections(docs, home, home.title()));
        for (Chapter chapter : guide.chapters()) {
            addSections(docs, byUri.get(chapter.uri()), chapter.title());
        }
        // every event of the timeline, found by its date and words, opening the timeline at it
        for (TimelineEvent event : guide.timeline().events()) {
            docs.add(doc(
                    "event",
                    event.href(),
                    event.dateLabel() + ": " + firstWords(event.text()),
                    guide.timeline().title(),
                    event.dateLabel() + ": " + event.text(),
                    List.of()));
        }
        for (Term term : guide.terms()) {
            RenderedPage page = byUri.get(term.uri());
            List<String> names = new ArrayList<>(term.aliases());
            names.add(0, term.name());
            names.add(term.id());
            docs.add(doc(
                    "term",
                    term.uri(),
                    term.name(),
                    "Glossary · " + term.category(),
                    PageText.joined(
                            term.shortDefinition(),
                            page == null ? "" : page.text().whole()),
                    names));
        }
        for (Reference reference : guide.references()) {
            docs.add(doc(
                    "reference",
                    "bibliography.html#" + reference.anchor(),
                    reference.entryText(),
                    "Bibliography",
                    reference.entryText(),
                    List.of(reference.key())));
        }
        return docs;
    }

    /**
     * The page's preamble and each of its sections, each without the text of its sub-sections; a
     * section with no text of its own carries its first subsection's words as its lead, for its snippet.
     */
    private static void addSections(List<Map<String, Object>> docs, RenderedPage page, String pageTitle) {
        if (page == null) {
            return;
        }
        for (PageText.Section section : page.text().sections()) {
            if (section.id().isEmpty()) {
                docs.add(doc("section", page.uri(), pageTitle, pageTitle, section.text(), List.of()));
            } else {
                Map<String, Object> doc = doc(
                        "section",
                        page.uri() + "#" + section.id(),
                        section.title(),
                        pageTitle + " › " + section.title(),
                        section.text(),
                        List.of());
                // shown, not searched: its words are found in the subsection they belong to
                if (!section.lead().isEmpty()) {
                    doc.put("lead", section.lead());
                }
                docs.add(doc);
            }
        }
    }

    /** An event's title in the results: its first words, not its whole text. */
    private static String firstWords(String text) {
        if (text.length() <= 60) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 60);
        return text.substring(0, cut > 30 ? cut : 60) + "…";
    }

    private static Map<String, Object> doc(
            String kind, String url, String title, String where, String text, List<String> names) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", kind);
        doc.put("url", url);
        doc.put("title", title);
        doc.put("where", where);
        doc.put("text", text.strip());
        if (!names.isEmpty()) {
            doc.put("names", names);
        }
        return doc;
    }
}
