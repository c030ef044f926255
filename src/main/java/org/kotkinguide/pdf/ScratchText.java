package org.kotkinguide.pdf;

/**
 * Text asciidoctor-pdf only measures is not encoded. To keep a heading with its first block, a block
 * together, or to size the contents, it lays text out in a scratch document it then throws away;
 * where the words are set there depends on the fonts' metrics, read before the text is drawn, not on
 * encoding each line into the font's glyphs, which this skips. A page that holds only text still
 * counts as written on ({@code n}, a path ended without painting, stands for the text), so
 * asciidoctor-pdf starts and drops pages as before. Every PDF came out byte for byte as before.
 */
final class ScratchText {
    private ScratchText() {}

    static final String CONVERTER = """
            require 'asciidoctor/pdf'
            class KotkinGuideScratchText < (Asciidoctor::Converter.for 'pdf')
              register_for 'pdf'

              def draw_text! text, options
                return super unless scratch?
                add_content 'n'
              end
            end
            """;
}
