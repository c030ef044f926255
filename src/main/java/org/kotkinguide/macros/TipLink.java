package org.kotkinguide.macros;

import java.util.HashMap;
import java.util.Map;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.extension.InlineMacroProcessor;

/**
 * The markup shared by glossary links and citations: in HTML a link followed by a tooltip that shows
 * on hover, keyboard focus and tap (see {@code assets/js/tips.js}); in other backends (the PDF) a
 * plain internal link, since paper has no hover.
 */
public final class TipLink {
    private TipLink() {}

    /**
     * @param linkText already-escaped HTML for the link
     * @param tipHtml  already-escaped HTML for the tooltip
     */
    public static Object create(
            InlineMacroProcessor macro,
            ContentNode parent,
            MacroSite site,
            String cssClass,
            String href,
            String pdfTarget,
            String linkText,
            String tipHtml) {
        if (site.inTitle()) {
            // a title shows the words only (MacroSite.inTitle). Its parentheses are character references: in
            // "(cite:x[15])" the citation's own would meet the author's as "((...))", which Asciidoctor reads
            // as an index term, dropping both
            String words = escape(org.jsoup.Jsoup.parse(linkText).text());
            return macro.createPhraseNode(
                    parent, "quoted", words.replace("(", "&#40;").replace(")", "&#41;"));
        }
        if (!site.html()) {
            // an internal cross reference: the PDF converter turns it into a link to the appendix entry
            // Asciidoctor adds to these maps, so they must be mutable
            Map<String, Object> attributes = new HashMap<>(Map.of("refid", pdfTarget));
            Map<String, Object> options = new HashMap<>(Map.of("type", ":xref", "target", "#" + pdfTarget));
            return macro.createPhraseNode(parent, "anchor", linkText, attributes, options);
        }
        String tipId = "tip-" + site.nextTipNumber();
        String html = "<span class=\"ref " + escape(cssClass) + "-ref\">"
                + "<a class=\"" + escape(cssClass) + "\" href=\"" + escape(href) + "\" aria-describedby=\"" + tipId
                + "\">"
                + linkText + "</a>"
                + "<span class=\"tip\" role=\"tooltip\" id=\"" + tipId + "\">" + tipHtml + "</span></span>";
        return macro.createPhraseNode(parent, "quoted", inert(html));
    }

    /** The macro's bracket text: {@code term:id[this text]}; "" when empty. */
    public static String text(Map<String, Object> attributes) {
        Object text = attributes.getOrDefault("text", attributes.get("1"));
        return text == null ? "" : String.valueOf(text).strip();
    }

    /** Macro targets arrive HTML-escaped by Asciidoctor; messages for the console want them as typed. */
    public static String plain(String text) {
        return org.jsoup.parser.Parser.unescapeEntities(text, false);
    }

    /**
     * A macro's HTML goes back into the paragraph, where Asciidoctor's later substitutions still run
     * on it: a URL in a reference's text (a BibTeX {@code doi} or {@code url}) became a link whose
     * {@code href} ended at the first quote, and what followed the quote ({@code "onfocus="...})
     * an attribute. Every colon is written as its character reference, which a browser reads as a
     * colon and Asciidoctor's link, mailto and macro patterns never match.
     */
    static String inert(String html) {
        return html.replace(":", "&#58;");
    }

    /** Escapes text for HTML content and for a double-quoted attribute value. */
    public static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
