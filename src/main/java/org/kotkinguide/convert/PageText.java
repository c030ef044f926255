package org.kotkinguide.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A converted page's plain text, for the search index: the whole body, and the preamble and each
 * level-1 and level-2 section on its own (without its sub-sections), so a result opens at the right
 * place. Tooltips are left out: their text belongs to the term or work they describe; so are
 * citation labels such as "(Kotkin 2014, 553–63)", which would fill every result's snippet and
 * match every section for the author's name (the bibliography entry is found instead), and the
 * statement labels the build adds ("Background"), which are not the page's words. The words of
 * separate blocks stay apart as sentences: a title, heading or list item that does not end in a
 * stop gets one ("What a strong answer does. It builds…", never "does It builds"). Taken once,
 * when the page is converted, so a page kept between builds is not parsed again.
 *
 * @param sections the preamble (empty id) and the sections, in page order
 */
public record PageText(String whole, List<Section> sections) {

    /**
     * @param id the section's id, or "" for the text before the first section
     * @param lead for a section with no text of its own (a heading over subsections), the first words
     *     under it: its first subsection's title and text, which a search result shows for it; else ""
     */
    public record Section(String id, String title, String text, String lead) {}

    /** How much of a section's subsections its lead keeps: more than a snippet shows. */
    private static final int LEAD = 240;

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
            sections.add(new Section("", "", text(preamble), ""));
        } else if (body.select(".sect1").isEmpty()) {
            sections.add(new Section("", "", text(body), ""));
        }
        for (Element section : body.select(".sect1, .sect2")) {
            Element heading = section.child(0);
            Element own = section.clone();
            own.select(".sect2, .sect3").remove();
            own.child(0).remove();
            String text = text(own);
            String lead = "";
            if (text.isEmpty()) {
                Element all = section.clone();
                all.child(0).remove();
                lead = firstWords(text(all));
            }
            sections.add(new Section(heading.id(), heading.text(), text, lead));
        }
        return new PageText(text(body), sections);
    }

    /**
     * The text of {@code root} on one line, as jsoup's {@code text()} gives it, except that where one
     * block ends and the next begins (a title and its paragraph, a heading, a list item, a table cell,
     * a question and its answer) the first gets a full stop unless it already ends in punctuation.
     */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    boolean space;
                    boolean boundary;

                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode textNode) {
                            String words =
                                    SPACES.matcher(textNode.getWholeText()).replaceAll(" ");
                            if (words.trim().isEmpty()) {
                                space |= !words.isEmpty();
                                return;
                            }
                            if (!out.isEmpty()) {
                                if (boundary) {
                                    endSentence(out);
                                }
                                if (boundary || space || words.startsWith(" ")) {
                                    out.append(' ');
                                }
                            }
                            out.append(words.trim());
                            space = words.endsWith(" ");
                            boundary = false;
                        } else if (node instanceof Element element) {
                            separate(element);
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element) {
                            separate(element);
                        }
                    }

                    private void separate(Element element) {
                        if (element.nameIs("br")) {
                            space = true;
                        } else if (element.isBlock() || element.nameIs("summary")) {
                            boundary = true;
                        }
                    }
                },
                root);
        return out.toString();
    }

    /** The first {@value #LEAD} characters of {@code text} or fewer, ending at a word. */
    private static String firstWords(String text) {
        if (text.length() <= LEAD) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LEAD);
        return text.substring(0, cut > 0 ? cut : LEAD);
    }

    /** {@code first} and then {@code next}, as two blocks of a page are joined ({@link #text}). */
    public static String joined(String first, String next) {
        StringBuilder out = new StringBuilder(first.strip());
        if (!out.isEmpty() && !next.isBlank()) {
            endSentence(out);
            out.append(' ');
        }
        return out.append(next.strip()).toString();
    }

    /** What HTML counts as space between words (not a no-break or thin space, which the page shows). */
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\f\\r]+");

    /** Marks that end a block's words well enough, looked for before any closing quotes or brackets. */
    private static final String ENDS = ".?!…:;,—–-";

    private static final String CLOSING = "”’\"')]»";

    private static void endSentence(StringBuilder out) {
        int last = out.length() - 1;
        while (last > 0 && (CLOSING.indexOf(out.charAt(last)) >= 0 || Character.isSpaceChar(out.charAt(last)))) {
            last--;
        }
        if (ENDS.indexOf(out.charAt(last)) < 0) {
            out.append('.');
        }
    }
}
