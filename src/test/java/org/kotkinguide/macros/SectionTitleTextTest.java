package org.kotkinguide.macros;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "Appears in" names a section by its title's text, the same however the title is written. */
class SectionTitleTextTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Rapallo",
                "The <em>Locarno</em> pact",
                "Stalin &amp; Bukharin",
                "Lenin&#8217;s heirs",
                "Lenin’s heirs",
                " padded ",
                "two  spaces",
                "a\ttab",
                "a\nnew line",
                "1 < 2",
                "<code>term:x[]</code>"
            })
    void a_title_reads_as_its_text(String titleHtml) {
        assertEquals(Jsoup.parse(titleHtml).text(), MacroSite.text(titleHtml));
    }
}
