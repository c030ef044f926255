package org.kotkinguide.pdf;

/**
 * In the PDF, each block marked as a kind of statement ({@code [.notes-say]}, {@code [.guide-infers]},
 * {@code [.background]}) is set in from the left with a bar of its kind's colour from its label to its
 * last line, across pages, so a reader sees where it starts and ends; the site does the same with CSS.
 * asciidoctor-pdf's theme styles blocks by kind (example, sidebar...), not by role, so this extends
 * its converter: each such block is drawn as before, indented, and the bar is painted beside it.
 *
 * <p>A block's label also goes to the next page with the block's first two lines when they do not fit
 * under it: asciidoctor-pdf keeps a heading with what follows, but a block's title could end a page
 * alone, over text that starts on the next. The same measure runs in the scratch document, where
 * asciidoctor-pdf tries out a heading with its section's start, so a heading over such a block goes
 * to the next page with it.
 */
final class StatementBars {
    private StatementBars() {}

    // the colours are the PDF accent's family, dark enough to see on any printer
    static final String CONVERTER = """
            require 'asciidoctor/pdf'
            class KotkinGuideStatementBars < (Asciidoctor::Converter.for 'pdf')
              register_for 'pdf'
              BARS = { 'notes-say' => '2F5D8A', 'guide-infers' => 'A35A12', 'background' => '6B6B6B' }.freeze
              BAR_WIDTH = 3
              BAR_GAP = 9

              def convert node, name = nil, opts = {}
                colour = statement_colour node
                return super unless colour
                keep_label_with_text node
                (@statement_starts ||= {}).delete node
                x = bounds.absolute_left
                result = nil
                indent(BAR_WIDTH + BAR_GAP) { result = super(node, name, opts) }
                unless scratch?
                  # the label's place once the block is laid out (it may have moved to the next page)
                  start = @statement_starts.delete(node) || [page_number, y]
                  paint_bar colour, x, start, [page_number, y]
                end
                result
              end

              def ink_caption subject, opts = {}
                if !scratch? && !(opts.key? :dry_run) && (statement_colour subject)
                  (@statement_starts ||= {})[subject] ||= [page_number, y]
                end
                super
              end

              private

              def keep_label_with_text node
                return if at_page_top? || !node.title?
                label = ink_caption node, labeled: false, dry_run: true
                advance_page if label + (height_of_typeset_text %(x\\nx)) > cursor
              end

              def statement_colour node
                return unless ::Asciidoctor::AbstractBlock === node && node.block?
                return if node.context == :section || node.context == :document
                BARS.each {|role, colour| return colour if node.role? role }
                nil
              end

              def paint_bar colour, x, (from_page, from_y), (to_page, to_y)
                (from_page..to_page).each do |page|
                  go_to_page page
                  top = page == from_page ? from_y : margin_box.absolute_top
                  bottom = page == to_page ? to_y : margin_box.absolute_bottom
                  next unless top > bottom
                  canvas do
                    save_graphics_state do
                      fill_color colour
                      fill_rectangle [x, top], BAR_WIDTH, top - bottom
                    end
                  end
                end
                go_to_page to_page
                self.y = to_y
              end
            end
            """;
}
