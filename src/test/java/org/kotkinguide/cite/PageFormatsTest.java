package org.kotkinguide.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;

/** The "Cite this page" BibTeX a reference manager reads back as the page's own words. */
class PageFormatsTest {

    @Test
    void a_backslash_in_a_title_downloads_as_one_textbackslash_with_its_braces_whole() throws Exception {
        String bib = PageFormats.bibtex(
                "guide-notes", "Paths like C:\\notes {draft}", "River Guide editors", "A Guide", null, "");

        BibTeXDatabase read = new BibTeXParser().parse(new StringReader(bib));
        String title = read.getEntries()
                .get(new Key("guide-notes"))
                .getField(new Key("title"))
                .toUserString();

        // \textbackslash\{\} (the braces escaped after the backslash) printed "C:\{}notes" in LaTeX
        assertEquals("Paths like C:\\textbackslash{}notes \\{draft\\}", title);
    }

    @Test
    void each_special_character_is_escaped_once() {
        assertEquals("\\textbackslash{}\\{\\}\\&\\%\\$\\#\\_", PageFormats.escapeBibtex("\\{}&%$#_"));
    }
}
