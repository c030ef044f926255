package org.kotkinguide.pdf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.kotkinguide.model.Reference;

/**
 * The whole-guide PDF's title page reads as a book's: the guide's title, subtitle and author, then
 * "A study guide to" over the reading's reference as a reference of its own (the book's title in
 * italics, as the bibliography sets it, and the pages read), then the edition and date.
 * asciidoctor-pdf's title page has no place for a reference: its revision line would run it into
 * "First edition, 25 November 2026: ..." as plain text. So its converter is extended: the title,
 * subtitle and author are inked as asciidoctor-pdf inks them, then the reference, then the revision.
 * The reference comes from the guide's bibliography through the header attribute {@link #ATTRIBUTE}.
 */
final class TitlePage {
    private TitlePage() {}

    /** The header attribute holding the reference in asciidoctor-pdf's inline markup. */
    static final String ATTRIBUTE = "study-guide-reading";

    // the reference is set like the revision line (the theme's title_page.revision keys), in the
    // title page's own colour; the space around it is the revision line's height
    static final String CONVERTER = """
            require 'asciidoctor/pdf'
            class KotkinGuideTitlePage < (Asciidoctor::Converter.for 'pdf')
              register_for 'pdf'

              def ink_title_page doc
                reading = doc.attr '%s'
                return super unless reading
                # asciidoctor-pdf inks the revision last: held back while it inks the rest, inked after the reference
                revision = %%w(revnumber revdate revremark).map {|name| [name, (doc.attributes.delete name)] }
                begin
                  super
                ensure
                  revision.each {|name, value| doc.attributes[name] = value if value }
                end
                align = (@theme.title_page_text_align || @base_text_align).to_sym
                theme_font :title_page do
                  theme_font :title_page_revision do
                    move_down font_size * 2
                    ink_prose reading, align: align, margin: 0, normalize: false
                  end
                end
                info = [(doc.attr? 'revnumber') ? %%(#{doc.attr 'version-label'} #{doc.attr 'revnumber'}).strip : nil, (doc.attr 'revdate')].compact
                return if info.empty? || @theme.title_page_revision_display == 'none'
                theme_font :title_page do
                  theme_font :title_page_revision do
                    move_down font_size * 2
                    ink_prose (info.join @theme.title_page_revision_delimiter), align: align, margin: 0, normalize: false
                  end
                end
              end
            end
            """.formatted(ATTRIBUTE);

    /**
     * The header line giving the title page its reference: "A study guide to", then on lines of their
     * own the reading's entry as the bibliography has it (italics kept) and the pages read. Passed
     * through with no substitutions, so the value is asciidoctor-pdf's inline markup as written here:
     * every character of the entry is escaped, and the only tags are {@code <em>}, {@code <strong>}
     * and {@code <br>}.
     */
    static String headerLine(Reference reading) {
        StringBuilder markup = new StringBuilder("A study guide to<br>");
        for (Node node : Jsoup.parseBodyFragment(reading.entryHtml()).body().childNodes()) {
            if (node instanceof TextNode t) {
                markup.append(escape(t.text()));
            } else if (node instanceof Element e) {
                String tag = e.tagName().equals("i") || e.tagName().equals("em")
                        ? "em"
                        : e.tagName().equals("b") || e.tagName().equals("strong") ? "strong" : null;
                markup.append(tag == null ? escape(e.text()) : "<" + tag + ">" + escape(e.text()) + "</" + tag + ">");
            }
        }
        if (reading.hasPageRange()) {
            markup.append("<br>Pages ").append(reading.pageRange());
        }
        // one line, and no trailing backslash that would continue the header entry onto the next line
        String value =
                markup.toString().replaceAll("[\\r\\n\\u2028\\u2029]+", " ").replaceAll("\\\\+$", "");
        return ":" + ATTRIBUTE + ": pass:[" + value + "]\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
