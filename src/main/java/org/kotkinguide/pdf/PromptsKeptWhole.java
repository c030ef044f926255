package org.kotkinguide.pdf;

/**
 * On paper, an essay prompt is kept on one page with its "What a strong answer does, p. 10" line
 * (the link {@link ChapterText} leaves where the marking guide was). asciidoctor-pdf breaks a list
 * item wherever the page ends, so that line could start a page alone, under no prompt. Before such an
 * item is drawn, its text and link are laid out in the scratch document; when they fit on a page but
 * not in what is left of this one, the item starts the next page, with its section's heading when it
 * is the section's first (else the heading would end the page alone). An item too long for any page
 * breaks as before, and items without the link are left alone.
 */
final class PromptsKeptWhole {
    private PromptsKeptWhole() {}

    static final String CONVERTER = """
            require 'asciidoctor/pdf'
            class KotkinGuidePromptsKeptWhole < (Asciidoctor::Converter.for 'pdf')
              register_for 'pdf'

              def convert_list_item node, list, opts = {}
                if !scratch? && !at_page_top? && (kept_whole? node, list)
                  # the item's own text and blocks only: the marker and the numbering are drawn by super
                  extent = dry_run keep_together: true, single_page: true do
                    traverse_list_item node, list.context, (opts.merge normalize_line_height: true)
                  end
                  # the margin under the link counted too: mid-page, the item takes a little more than at a page's top
                  advance_page if extent.single_page? && extent.single_page_height > cursor
                end
                super
              end

              # a heading whose section opens with such an item goes with it: left behind, it would end its page alone
              def arrange_heading node, title, opts
                if !scratch? && !opts[:part] && !opts[:chapterlike] && (first_kept_whole node)
                  list = node.blocks[0]
                  extent = dry_run keep_together: true, single_page: true do
                    theme_font(:heading, level: opts[:level]) { ink_general_heading node, title, opts }
                    indent @theme.list_indent do
                      traverse_list_item list.items[0], list.context, normalize_line_height: true
                    end
                  end
                  return advance_page if extent.single_page? && extent.single_page_height > cursor
                end
                super
              end

              private

              def first_kept_whole section
                return false unless section.context == :section && (list = section.blocks[0])
                (list.context == :olist || list.context == :ulist) && (kept_whole? list.items[0], list)
              end

              def kept_whole? node, list
                list.context != :dlist && node.blocks? && (node.blocks.all? {|block| block.role? 'marking-guide-link' })
              end
            end
            """;
}
