package org.kotkinguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.kotkinguide.model.Term;

/**
 * The timeline's chapter tags are checked against the terms a chapter names. A term counts as named
 * where its name or an alias stands as a whole word in any case: "Treaty of Rapallo" in "the treaty of
 * Rapallo", never "Riga" in "Rigas". The scan must find what a case-insensitive Unicode regular
 * expression of the names finds, which it replaced for speed.
 */
class NamesInTextTest {
    private static final Term RAPALLO = term("rapallo", "Treaty of Rapallo", "Rapallo");
    private static final Term RIGA = term("riga", "Treaty of Riga", "Riga");

    @Test
    void a_name_counts_in_any_case_and_only_as_a_whole_word() {
        NamesInText names = new NamesInText(List.of(RIGA, RAPALLO));

        assertEquals(List.of("rapallo", "riga"), namedIn(names, "After the TREATY OF RIGA came rapallo."));
        assertEquals(List.of(), namedIn(names, "Rapallo2 and xRapallo and Rigas"));
        assertEquals(List.of("rapallo"), namedIn(names, "(Rapallo)"));
    }

    @Property(tries = 2000)
    void the_scan_finds_what_the_regular_expression_finds(@ForAll("namesAndText") NamesAndText example) {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < example.names().size(); i++) {
            terms.add(term("t" + i, example.names().get(i)));
        }
        List<String> expected = new ArrayList<>();
        for (Term term : terms) {
            if (asTheExpressionFinds(term.name(), example.text())) {
                expected.add(term.id());
            }
        }

        assertEquals(expected, namedIn(new NamesInText(terms), example.text()), example.toString());
    }

    record NamesAndText(List<String> names, String text) {}

    /** Letters whose case folds oddly (long s, sharp s, dotted and dotless i, sigmas, the Kelvin sign), digits of other scripts, marks. */
    private static final String ALPHABET = "aAbBsS\u017f\u00df\u1e9eiI\u0130\u0131\u03a3\u03c3\u03c2Kk\u212a"
            + "\u00e9\u00c9\u01c5\u01c6\u24b6\u24d0\u2160\u2170\u03451\u0663\u00b2-. '\n";

    /** A few names, and a text that holds one of them with its letters' case changed at random, among other characters. */
    @Provide
    Arbitrary<NamesAndText> namesAndText() {
        // two characters or more: the expression compares a one-character name by another rule
        Arbitrary<List<String>> names = Arbitraries.strings()
                .withChars(ALPHABET)
                .ofMinLength(2)
                .ofMaxLength(5)
                .filter(name -> !name.isBlank())
                .list()
                .ofMinSize(1)
                .ofMaxSize(4);
        Arbitrary<String> filler = Arbitraries.strings().withChars(ALPHABET).ofMaxLength(4);
        return names.flatMap(chosen -> Combinators.combine(
                        filler, Arbitraries.of(chosen), Arbitraries.integers().between(0, 31), filler)
                .as((before, name, cases, after) -> new NamesAndText(chosen, before + recased(name, cases) + after)));
    }

    /** {@code name} with each of its first five characters in upper case where {@code cases} has that bit. */
    private static String recased(String name, int cases) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            String c = name.substring(i, i + 1);
            text.append(
                    (cases >> i & 1) == 1
                            ? c.toUpperCase(java.util.Locale.ROOT)
                            : c.toLowerCase(java.util.Locale.ROOT));
        }
        return text.toString();
    }

    private static boolean asTheExpressionFinds(String name, String text) {
        return Pattern.compile(
                        "(?<![\\p{L}\\p{N}])(?:" + Pattern.quote(name) + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text)
                .find();
    }

    private static List<String> namedIn(NamesInText names, String text) {
        List<String> found = new ArrayList<>();
        names.namedIn(text, found::add);
        return found;
    }

    private static Term term(String id, String name, String... aliases) {
        return new Term(id, name, List.of(aliases), "Treaty", "", List.of(), "glossary/" + id + ".html", name);
    }
}
