package org.kotkinguide.pdf;

/**
 * How wide a run of text is, as Prawn measures it for every word it sets, found with cheaper
 * lookups. Measuring was a sixth of a clean build's samples with PDFs, most of it in lookups rather
 * than in the arithmetic:
 *
 * <ul>
 *   <li>Prawn's width cache keys each width on a struct of the font, the options hash and the string,
 *       so every lookup hashes all three again through Ruby methods (the font's hash builds an array).
 *       Here the widths are kept by font object, then kerned or not and size, then string: the same
 *       width for the same font, size and text.
 *   <li>Kerning looks up each pair of letters by an array of their two glyph ids, made and hashed anew
 *       for every letter. Here each pair is one integer (both ids are 16-bit), in a table made once per
 *       font file from the same pairs, and each letter's glyph and advance are kept in arrays.
 *   <li>Every document read each font's kerning pairs from its bytes again (eleven conversions of this
 *       guide, each with a scratch document). Here they are read once per font file; they are only
 *       ever read after, so every document and thread shares them.
 * </ul>
 *
 * <p>The arithmetic is Prawn's own, step for step (the same sums in the same order, integer until a
 * kerning amount makes them fractional), so every width, and every PDF, is as before to the bit.
 */
final class TextWidths {
    private TextWidths() {}

    static final String PATCH = """
            require 'asciidoctor/pdf'
            module KotkinGuideTextWidths
              # tables made once per font file, shared by every document and thread, and only read after
              PAIRS_BY_BYTES = {}
              BY_PAIR = {}.compare_by_identity
              NO_PAIRS = {}.freeze
              LOCK = Mutex.new
              # letters kept in arrays by their code: Latin, Cyrillic, punctuation, dashes and quotes
              BY_CODE_BELOW = 0x3000

              module Cache
                def width_of string, options
                  f = options[:style] ? (@document.find_font @document.font.family, style: options[:style]) : @document.font
                  encoded = f.normalize_encoding string
                  # what the width depends on: the font, kerning or not, the size, the text
                  by_font = options[:kerning] ? (@kerned_widths ||= {}.compare_by_identity) : (@plain_widths ||= {}.compare_by_identity)
                  by_size = (by_font[f] ||= {})
                  widths = (by_size[options[:size] || @document.font_size] ||= {})
                  length = (widths[encoded] ||= (f.compute_width_of encoded, options))
                  character_count = @document.font.character_count encoded
                  length += @document.character_spacing * (character_count - 1) if character_count.positive?
                  length
                end
              end

              module Kerning
                def compute_width_of string, options = {}
                  return super unless options[:kerning] && !string.empty?
                  scale = (options[:size] || size) / 1000.0
                  pairs = kerning_by_pair
                  glyphs = (@glyph_by_code ||= [])
                  advances = (@advance_by_code ||= [])
                  width = 0
                  left = nil
                  string.each_codepoint do |code|
                    if code < BY_CODE_BELOW
                      glyph = (glyphs[code] ||= cmap[code])
                      advance = (advances[code] ||= (character_width_by_code code))
                    else
                      glyph = cmap[code]
                      advance = character_width_by_code code
                    end
                    if left && (kern = pairs[(left << 16) | glyph])
                      width -= -(kern * scale_factor)
                    end
                    width += advance
                    left = glyph
                  end
                  width * scale
                end

                def kern string
                  pairs = kerning_by_pair
                  result = []
                  string.each_codepoint do |code|
                    if result.empty?
                      result << [code]
                    elsif (kern = pairs[(cmap[result.last.last] << 16) | cmap[code]])
                      result << -(kern * scale_factor) << [code]
                    else
                      result.last << code
                    end
                  end
                  result
                end

                private

                # each pair of glyph ids (16 bits each) as one integer
                def kerning_by_pair
                  @kerning_by_pair ||= begin
                    pairs = kern_pairs_table
                    # a font that kerns nothing gets a new empty table per document: not kept, or a
                    # server would keep one for every build
                    if pairs.empty?
                      NO_PAIRS
                    else
                      LOCK.synchronize { BY_PAIR[pairs] } || begin
                        by_pair = pairs.each_with_object({}) {|((left, right), amount), all| all[(left << 16) | right] = amount }
                        LOCK.synchronize { BY_PAIR[pairs] ||= by_pair }
                      end
                    end
                  end
                end
              end

              # a font's kerning pairs, read from its bytes once rather than by every document that loads the font
              module KerningPairs
                def initialize attributes = {}
                  data = attributes[:data]
                  if (pairs = LOCK.synchronize { PAIRS_BY_BYTES[data] })
                    @attributes = attributes
                    attributes.delete :data
                    @pairs = pairs
                  else
                    super
                    LOCK.synchronize { PAIRS_BY_BYTES[data] ||= @pairs }
                  end
                end
              end
            end
            Prawn::FontMetricCache.prepend KotkinGuideTextWidths::Cache
            Prawn::Fonts::TTF.prepend KotkinGuideTextWidths::Kerning
            TTFunk::Table::Kern::Format0.prepend KotkinGuideTextWidths::KerningPairs
            """;
}
