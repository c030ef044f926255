package org.kotkinguide.pdf;

/**
 * "p. 31" in one conversion. The book names a page through a link to the id on it, its text ending in
 * {@link PageNumbers#PLACEHOLDER} (as wide as any page number of a study guide). Where asciidoctor-pdf
 * draws such a link's text, this extension draws the words before the placeholder as usual and, in the
 * placeholder's place, a form (a PDF XObject) that is empty while the book is laid out. Once every page
 * is laid out and the ids have their pages, each form gets the printed number (the page label) of the
 * page its link leads to, in the font, size and colour the placeholder had. The number stays at its
 * place in the page's text, so a reader copying it or a text extractor finds it where it is shown.
 *
 * <p>Before this, the book was converted twice: once only to find where its ids land, then again with
 * the numbers. A placeholder that is not a page link (a "999" in the text) is drawn back as it was.
 */
final class PageNumberForms {
    private PageNumberForms() {}

    /** The document attribute that turns the forms on: set on books that name pages. */
    static final String ATTRIBUTE = "study-guide-page-forms";

    static final String CONVERTER = """
            require 'asciidoctor/pdf'
            class KotkinGuidePageNumberForms < (Asciidoctor::Converter.for 'pdf')
              register_for 'pdf'
              # the placeholder after the no-break space BookText writes: "p. 999"
              PLACEHOLDER = %%(\u00a0%s)

              def convert_document doc
                @page_forms = (doc.attr? '%s') ? [] : nil
                @page_form_waiting = nil
                super
              end

              def draw_text! text, options
                @page_form_waiting = nil
                return super unless @page_forms && !scratch? && (text.end_with? PLACEHOLDER)
                words = text.slice 0, text.length - PLACEHOLDER.length + 1
                x, y = options[:at]
                super words, options unless words.empty?
                left = x + (words.empty? ? 0 : (width_of words, kerning: options[:kerning]))
                name = %%(KotkinPage#{@page_forms.size})
                create_stamp(name) {}
                stamp_at name, (map_to_absolute [left, y])
                @page_form_waiting = { name: name, font: font, size: font_size, colour: fill_color,
                  kerning: options[:kerning], spacing: character_spacing, anchor: nil }
                @page_forms << @page_form_waiting
                nil
              end

              # Prawn lays a link over the text it just drew: the link a placeholder ends names its page
              def link_annotation rect, options = {}
                if @page_form_waiting && (dest = options[:Dest])
                  @page_form_waiting[:anchor] = dest.to_s
                end
                @page_form_waiting = nil
                super
              end

              def write pdf_doc, target
                fill_page_forms if @page_forms && !@page_forms.empty?
                super
              end

              private

              def fill_page_forms
                labels = {}
                ((catalog.data[:PageLabels]&.data || {})[:Nums] || []).each_slice(2) {|at, label| labels[at] = label[:P].to_s }
                pages = {}
                state.pages.each_with_index {|page, at| pages[page.dictionary.identifier] = at }
                landed = {}
                walk = proc do |node|
                  if node.leaf?
                    node.children.each do |value|
                      dest = value.value
                      next unless dest.respond_to?(:data) && ::Array === dest.data && dest.data[0].respond_to?(:identifier)
                      next unless (at = pages[dest.data[0].identifier])
                      landed[value.name.to_s] = labels[at] || (at + 1).to_s
                    end
                  else
                    node.children.each(&walk)
                  end
                end
                walk.call dests.data
                @page_forms.each do |form|
                  number = (form[:anchor] && landed[form[:anchor]]) || (PLACEHOLDER.slice 1..)
                  _, dictionary = stamp_dictionary form[:name]
                  state.page.stamp_stream dictionary do
                    save_font do
                      set_font form[:font], form[:size]
                      fill_color form[:colour]
                      character_spacing(form[:spacing]) { add_text_content number, 0, 0, kerning: form[:kerning] }
                    end
                  end
                end
              end
            end
            """.formatted(PageNumbers.PLACEHOLDER, ATTRIBUTE);
}
