package org.kotkinguide.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.kotkinguide.model.Term;

/**
 * "did you mean 'limitrophe'?" for a mistyped id: the nearest known one by edit distance, when it is
 * near enough to be a slip of the keys (two edits, or a third of the word for a long one), never a
 * different name that happens to be nearest ('lenin' for 'stalin').
 */
public final class Suggestions {
    private Suggestions() {}

    /** " (did you mean 'x'?)" with the nearest known id, or "" when none is close. */
    public static String didYouMean(String wrong, Collection<String> known) {
        int close = Math.max(2, wrong.length() / 3);
        return known.stream()
                .filter(k -> distance(wrong, k) <= close)
                .min(Comparator.comparingInt((String k) -> distance(wrong, k)).thenComparing(k -> k))
                .map(best -> " (did you mean '" + best + "'?)")
                .orElse("");
    }

    /**
     * The same for a glossary term's id, where a teacher may also write the term's name or one of its
     * aliases as the id ('riverdelta' for "River delta"): that term's id, said as such, before any id
     * a slip of the keys away.
     */
    public static String didYouMeanTerm(String wrong, Collection<Term> terms) {
        String folded = lettersAndDigits(wrong);
        return terms.stream()
                .flatMap(term -> Stream.concat(Stream.of(term.name()), term.aliases().stream())
                        .filter(name ->
                                !folded.isEmpty() && lettersAndDigits(name).equals(folded))
                        .map(name -> " (did you mean '" + term.id() + "'? \"" + name + "\" is a name of that term;"
                                + " a page names a term by its id, the name of its file)"))
                .findFirst()
                .orElseGet(() -> didYouMean(wrong, terms.stream().map(Term::id).toList()));
    }

    /** "riverdelta" for "River delta" and "river-delta". */
    private static String lettersAndDigits(String text) {
        StringBuilder kept = new StringBuilder();
        text.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
