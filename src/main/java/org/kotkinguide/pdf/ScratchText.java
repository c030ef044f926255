package org.kotkinguide.pdf;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first conversion of a book that names pages only finds where its ids land: its PDF is never
 * kept. So it is converted with {@link #ATTRIBUTE} set, and asciidoctor-pdf's converter, extended
 * here, lays the book out as always but skips what only the written file needs: encoding each line's
 * text into the font's glyphs, and writing the PDF. It writes instead one line per named destination,
 * its id and the printed number of its page. Text that is only measured (a heading kept with its
 * first block, the contents' length) was never written either: asciidoctor-pdf measures in a scratch
 * document that is thrown away, so the same is skipped there in every conversion.
 *
 * <p>Where the words are set does not depend on their glyphs being written: a line's width comes from
 * the font's metrics, read before the text is drawn. A page that holds only text still counts as
 * written on ({@code n}, a path ended without painting, stands for the text), so asciidoctor-pdf starts
 * and drops pages as before. Every PDF kept is still a full conversion, checked to land where it says.
 */
final class LayoutOnly {
    private LayoutOnly() {}

    /** The document attribute that asks for the pages only. */
    static final String ATTRIBUTE = "study-guide-layout-only";

    static final String CONVERTER = """
            require 'asciidoctor/pdf'
            class KotkinGuideLayoutOnly < (Asciidoctor::Converter.for 'pdf')
              register_for 'pdf'

              def convert_document doc
                @layout_only = doc.attr? '%s'
                super
              end

              # the glyphs of a line measured in the scratch document, or laid out for its pages only
              def draw_text! text, options
                return super unless @layout_only || scratch?
                add_content 'n'
              end

              def write pdf_doc, target
                return super unless @layout_only
                labels = {}
                ((catalog.data[:PageLabels]&.data || {})[:Nums] || []).each_slice(2) {|at, label| labels[at] = label[:P].to_s }
                pages = {}
                state.pages.each_with_index {|page, at| pages[page.dictionary.identifier] = at }
                lines = []
                walk = proc do |node|
                  if node.leaf?
                    node.children.each do |value|
                      dest = value.value
                      next unless dest.respond_to?(:data) && ::Array === dest.data && dest.data[0].respond_to?(:identifier)
                      next unless (at = pages[dest.data[0].identifier])
                      lines << %%(#{value.name}\\t#{labels[at] || (at + 1).to_s}\\n)
                    end
                  else
                    node.children.each(&walk)
                  end
                end
                walk.call dests.data
                target.write lines.join
                remove_tmp_files
                clear_scratch
                nil
              end
            end
            """.formatted(ATTRIBUTE);

    /** The printed page of each of {@code anchors} in what the converter wrote; an id with no destination is left out. */
    static Map<String, String> read(byte[] written, List<String> anchors) {
        Map<String, String> pages = new HashMap<>();
        for (String line : new String(written, StandardCharsets.UTF_8).split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                pages.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        pages.keySet().retainAll(anchors);
        return pages;
    }
}
