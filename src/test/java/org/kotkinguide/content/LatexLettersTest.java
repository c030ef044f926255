package org.kotkinguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A teacher's BibTeX, exported by a reference manager, names its authors with LaTeX's accents. */
class LatexLettersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
            C\\^{o}te                 | Côte
            N\\'{u}\\~{n}ez           | Núñez
            \\`{A}lvarez              | Àlvarez
            \\c{C}elik, Ay\\c{s}e     | Çelik, Ayşe
            \\c c                     | ç
            {\\AA}berg                | {Å}berg
            {\\L}ukasz                | {Ł}ukasz
            {\\l}\\'{o}d\\'{z}        | {ł}ódź
            {\\O}ster                 | {Ø}ster
            Gro{\\ss}                 | Gro{ß}
            Gro\\ss e                 | Große
            Dvo\\v{r}\\'{a}k          | Dvořák
            Anton\\'{\\i}n            | Antonín
            Erd\\H{o}s                | Erdős
            Ma\\u{g}ara               | Mağara
            B\\k{a}k                  | Bąk
            \\.{Z}ak                  | Żak
            K\\"{o}nig and M\\"uller  | König and Müller
            {\\oe}uvre                | {œ}uvre
            """)
    void an_accent_or_a_letter_command_is_the_letter_it_stands_for(String latex, String letters) {
        assertEquals(letters, LatexLetters.toUnicode(latex));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
            Bread \\& Butter                         | Bread \\& Butter
            {\\em Emphasis} and {Protected} Case     | {\\em Emphasis} and {Protected} Case
            C:\\users\\bob\\olga.pdf                 | C:\\users\\bob\\olga.pdf
            \\cite{x} \\vr \\lambda                  | \\cite{x} \\vr \\lambda
            """)
    void anything_else_is_left_to_the_bibtex_parser(String latex, String unchanged) {
        assertEquals(unchanged, LatexLetters.toUnicode(latex));
    }

    @org.junit.jupiter.api.Test
    void a_rewrite_never_joins_two_lines() {
        String bib = "author = {Caf\\'\n{e}},\ntitle = {X}";
        assertEquals(bib.lines().count(), LatexLetters.toUnicode(bib).lines().count());
    }
}
