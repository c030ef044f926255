package org.kotkinguide.content;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LaTeX's accented and special letters in BibTeX text, written as the Unicode letters they stand for,
 * before the BibTeX parser reads the text. A reference manager's export writes most names that way
 * ({@code C\^{o}te}, {@code {\L}ukasz}, {@code Erd\H{o}s}), and jbibtex, which citeproc-java reads
 * BibTeX with, printed several of them without their accent or dropped the letter ("Cote", "ukasz").
 * Only accents and letters are rewritten, each within its line (so errors keep their line numbers);
 * braces, {@code \&} and the rest are the parser's as before.
 */
public final class LatexLetters {
    /** Each accent command and the combining mark it puts over (or under) its letter. */
    private static final Map<String, Character> ACCENTS = Map.ofEntries(
            Map.entry("`", '\u0300'),
            Map.entry("'", '\u0301'),
            Map.entry("^", '\u0302'),
            Map.entry("~", '\u0303'),
            Map.entry("=", '\u0304'),
            Map.entry("u", '\u0306'),
            Map.entry(".", '\u0307'),
            Map.entry("\"", '\u0308'),
            Map.entry("r", '\u030A'),
            Map.entry("H", '\u030B'),
            Map.entry("v", '\u030C'),
            Map.entry("d", '\u0323'),
            Map.entry("c", '\u0327'),
            Map.entry("k", '\u0328'),
            Map.entry("b", '\u0331'));

    /** Letters LaTeX writes as a command of their own. */
    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("ss", "ß"),
            Map.entry("aa", "å"),
            Map.entry("AA", "Å"),
            Map.entry("o", "ø"),
            Map.entry("O", "Ø"),
            Map.entry("l", "ł"),
            Map.entry("L", "Ł"),
            Map.entry("ae", "æ"),
            Map.entry("AE", "Æ"),
            Map.entry("oe", "œ"),
            Map.entry("OE", "Œ"));

    /**
     * An accent and its letter: {@code \'e}, {@code \'{e}}, {@code \v{r}}, {@code \c c}, {@code \'{\i}}. A
     * symbol accent takes its letter straight after it; a letter accent ({@code \v}, {@code \c}...) needs
     * braces or a space, as in LaTeX ({@code \vr} would be another command).
     */
    private static final Pattern ACCENTED = Pattern.compile(
            "\\\\(?:([`'^~=.\"])[ \\t]*(?:\\{[ \\t]*(\\\\[ij](?![A-Za-z])|[A-Za-z])[ \\t]*}|(\\\\[ij](?![A-Za-z])|[A-Za-z]))"
                    + "|([uvHrdckb])(?:[ \\t]*\\{[ \\t]*(\\\\[ij](?![A-Za-z])|[A-Za-z])[ \\t]*}|[ \\t]+([A-Za-z])))");

    /** A letter command, ended by anything but a letter (LaTeX drops the spaces after it). */
    private static final Pattern LETTER = Pattern.compile("\\\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L)(?![A-Za-z])[ \\t]*");

    private LatexLetters() {}

    /** {@code bib} with every LaTeX accent and letter command it knows as the Unicode letter. */
    public static String toUnicode(String bib) {
        if (bib.indexOf('\\') < 0) {
            return bib;
        }
        Matcher accent = ACCENTED.matcher(bib);
        StringBuilder out = new StringBuilder();
        while (accent.find()) {
            String command = accent.group(1) != null ? accent.group(1) : accent.group(4);
            String letter = firstNonNull(accent.group(2), accent.group(3), accent.group(5), accent.group(6));
            // \i and \j are the dotless letters LaTeX puts an accent on; the accented letter has its own dot rule
            String base = letter.equals("\\i") ? "i" : letter.equals("\\j") ? "j" : letter;
            String written = Normalizer.normalize(base + ACCENTS.get(command), Normalizer.Form.NFC);
            accent.appendReplacement(out, Matcher.quoteReplacement(written));
        }
        accent.appendTail(out);
        Matcher special = LETTER.matcher(out.toString());
        StringBuilder letters = new StringBuilder();
        while (special.find()) {
            special.appendReplacement(letters, Matcher.quoteReplacement(LETTERS.get(special.group(1))));
        }
        special.appendTail(letters);
        return letters.toString();
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        throw new IllegalStateException("an accent without its letter");
    }
}
