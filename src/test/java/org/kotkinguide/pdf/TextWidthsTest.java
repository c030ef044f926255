package org.kotkinguide.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.jruby.Ruby;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kotkinguide.convert.AsciidoctorRuntime;

/**
 * The PDF's words are measured with cheaper lookups than Prawn's ({@link TextWidths}); a width one
 * hair off would move a line break, and with it a page. So every width and every kerned run is
 * checked against Prawn's own method, to the bit (same value, same Ruby class).
 */
@Tag("integration")
class TextWidthsTest {
    private static final String FONTS = """
            fonts = Asciidoctor::PDF::ThemeLoader::FontsDir
            doc = Prawn::Document.new
            doc.font_families.update 'Serif' => {
              normal: %(#{fonts}/notoserif-regular-subset.ttf), bold: %(#{fonts}/notoserif-bold-subset.ttf),
              italic: %(#{fonts}/notoserif-italic-subset.ttf) }
            # a font that kerns nothing
            doc.font_families.update 'Mono' => { normal: %(#{fonts}/mplus1mn-regular-subset.ttf) }
            doc.font 'Serif'
            """;

    /** Letter pairs the font kerns (AV, To, Wa), dashes, quotes, Cyrillic, letters past the arrays, a line break, nothing. */
    private static final String TEXTS = """
            texts = ['AVATAR Tower', 'Wa, To, Yo. LT', 'Locarno — 1925–1926', '“Pax Anglo-America”',
              'Сталин и Троцкий', '日本 ✓', %(two\\nlines), '', 'x', 'AV' * 40]
            """;

    @Test
    void every_width_and_every_kerned_run_is_the_one_prawn_measures() {
        Ruby ruby = patched();
        String differences = ruby.evalScriptlet(FONTS + TEXTS + """
                        differences = []
                        cache = doc.send :font_metric_cache
                        [['Serif', nil], ['Serif', :bold], ['Serif', :italic], ['Mono', nil]].each do |family, style|
                          doc.font family
                          font = style ? (doc.find_font family, style: style) : doc.font
                          [true, false].each do |kerning|
                            [8.5, 11, 14.25, nil].each do |size|
                              texts.each do |text|
                                options = { kerning: kerning }
                                options[:size] = size if size
                                options[:style] = style if style
                                ours = font.compute_width_of text, options
                                prawns = (font.method :compute_width_of).super_method.call text, options
                                differences << %(compute_width_of #{text.inspect} #{options}: #{ours.inspect}, Prawn #{prawns.inspect}) unless ours.eql? prawns
                                ours = cache.width_of text, options
                                prawns = (cache.method :width_of).super_method.call text, options
                                differences << %(width_of #{text.inspect} #{options}: #{ours.inspect}, Prawn #{prawns.inspect}) unless ours.eql? prawns
                              end
                            end
                          end
                          texts.each do |text|
                            ours = font.send :kern, text
                            prawns = (font.method :kern).super_method.call text
                            differences << %(kern #{text.inspect}: #{ours.inspect}, Prawn #{prawns.inspect}) unless ours.eql? prawns
                          end
                        end
                        differences.join %(\\n)
                        """).toString();
        assertEquals("", differences);
    }

    @Test
    void the_fonts_measured_kern_their_letters_so_the_kerning_is_checked_too() {
        Ruby ruby = patched();
        String kerned = ruby.evalScriptlet(FONTS + """
                        [doc.font.has_kerning_data?, (doc.font.send :kern, 'AVATAR Tower').size > 1].inspect
                        """).toString();
        assertEquals("[true, true]", kerned);
    }

    @Test
    void the_kerning_pairs_a_font_file_holds_are_read_once_for_every_document() {
        Ruby ruby = patched();
        String same = ruby.evalScriptlet(FONTS + """
                        other = Prawn::Document.new
                        other.font_families.update doc.font_families
                        other.font 'Serif'
                        [(doc.font.send :kern_pairs_table).equal?(other.font.send :kern_pairs_table),
                         (doc.font.send :kern_pairs_table).size].inspect
                        """).toString();
        assertTrue(same.startsWith("[true, "), same);
        assertTrue(!same.equals("[true, 0]"), "the font has kerning pairs: " + same);
    }

    @Test
    void documents_set_in_a_font_that_kerns_nothing_leave_no_table_behind_in_a_server() {
        Ruby ruby = patched();
        String kept = ruby.evalScriptlet(FONTS + """
                        doc.font 'Mono'
                        doc.font.compute_width_of 'AVATAR', kerning: true
                        before = KotkinGuideTextWidths::BY_PAIR.size
                        3.times do
                          other = Prawn::Document.new
                          other.font_families.update doc.font_families
                          other.font 'Mono'
                          other.font.compute_width_of 'AVATAR', kerning: true
                        end
                        [doc.font.has_kerning_data?, KotkinGuideTextWidths::BY_PAIR.size - before].inspect
                        """).toString();
        assertEquals("[false, 0]", kept, "[kerns, tables added by three more documents]");
    }

    private static Ruby patched() {
        Asciidoctor asciidoctor = AsciidoctorRuntime.get();
        AsciidoctorRuntime.activateBookGems();
        AsciidoctorRuntime.loadRuby(asciidoctor, TextWidths.PATCH);
        return JRubyRuntimeContext.get(asciidoctor);
    }
}
