package org.kotkinguide.convert;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A converted page's plain text, for the search index: the whole body, and the preamble and each
 * level-1 and level-2 section on its own (without its sub-sections), so a result opens at the right
 * place. Tooltips are left out: their text belongs to the term or work they describe; so are
 * citation labels such as "(Kotkin 2014, 553–63)", which would fill every result's snippet and
 * match every section for the author's name (the bibliography entry is found instead), and the
 * statement labels the build adds ("Background"), which are not the page's words. Taken once,
 * when the page is converted, so a page kept between builds is not parsed again.
 *
 * @param sections the preamble (empty id) and the sections, in page order
 */
public record PageText(String whole, List<Section> sections) {

    /** @param id the section's id, or "" for the text before the first section */
    public record Section(String id, String title, String text) {}

    /**
     * The labels of the kinds of statement ("Background", "The notes say"), which the build puts on
     * blocks: a snippet that opens with one reads as if the page said it.
     */
    private static final String STATEMENT_LABELS = ".notes-say > .title, .guide-infers > .title, .background > .title,"
            + " .notes-say > .content > .title, .guide-infers > .content > .title, .background > .content > .title";

    /** Reads {@code body}, which it changes (tooltips, citations and statement labels removed). */
    static PageText of(Document body) {
        body.select(".ref > .tip, .cite-ref").remove();
        body.select(STATEMENT_LABELS).remove();
        List<Section> sections = new ArrayList<>();
        Element preamble = body.getElementById("preamble");
        if (preamble != null) {
            sections.add(new Section("", "", preamble.text()));
        } else if (body.select(".sect1").isEmpty()) {
            sections.add(new Section("", "", body.text()));
        }
        for (Element section : body.select(".sect1, .sect2")) {
            Element heading = section.child(0);
            Element own = section.clone();
            own.select(".sect2, .sect3").remove();
            own.child(0).remove();
            sections.add(new Section(heading.id(), heading.text(), own.text()));
        }
        return new PageText(body.text(), sections);
    }
}
