package org.kotkinguide.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.kotkinguide.model.Term;

/**
 * The terms whose name or alias a text holds as a whole word, in any case: what the expression
 * {@code (?<![\p{L}\p{N}])(?:name|alias…)(?![\p{L}\p{N}])}, case-insensitive and Unicode-aware, finds,
 * without one. One such expression per term over every chapter was the largest step of the tool's own
 * in a profile of this guide's cold build (46 terms, four chapters; about 0.1 s under the quick
 * compiler); folding the text once and searching it for each folded name is a plain scan.
 */
final class NamesInText {
    /** Each term's id (in order) with its names and aliases, folded. */
    private final Map<String, List<String>> foldedNames = new TreeMap<>();

    NamesInText(List<Term> terms) {
        for (Term term : terms) {
            List<String> names = new ArrayList<>();
            for (String name : term.aliases()) {
                if (!name.isBlank()) {
                    names.add(fold(name));
                }
            }
            if (!term.name().isBlank()) {
                names.add(fold(term.name()));
            }
            foldedNames.put(term.id(), names);
        }
    }

    /** Hands {@code found} the id of each term named in {@code text}, in the order of their ids. */
    void namedIn(String text, Consumer<String> found) {
        String folded = fold(text);
        foldedNames.forEach((id, names) -> {
            if (names.stream().anyMatch(name -> holdsAsWord(text, folded, name))) {
                found.accept(id);
            }
        });
    }

    /** Whether {@code name} stands in {@code folded} (the fold of {@code text}) with no letter or digit either side. */
    private static boolean holdsAsWord(String text, String folded, String name) {
        for (int at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
            int end = at + name.length();
            // a whole code point: the expression's look-behind saw half of a letter beyond the BMP, never a letter
            boolean wordBefore = at > 0 && isWordChar(Character.codePointBefore(text, at));
            boolean wordAfter = end < text.length() && isWordChar(Character.codePointAt(text, end));
            if (!wordBefore && !wordAfter) {
                return true;
            }
        }
        return false;
    }

    /** {@code \p{L}} or {@code \p{N}}. */
    private static boolean isWordChar(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * Each code point as case-insensitive Unicode matching compares it: lower case of its upper case. The
     * fold keeps every code point's length in chars, so a place in the fold is the same place in the text.
     */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return folded.toString();
    }
}
