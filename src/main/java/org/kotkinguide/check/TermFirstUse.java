package org.kotkinguide.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kotkinguide.content.ContentError;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;
import org.kotkinguide.macros.InlineMacroSyntax;
import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Term;

/**
 * Warns (without failing) where a chapter mentions a glossary term or one of its aliases before it
 * links it: a student meeting the word there should be one tap from its definition. Names match in any
 * case, unless the term's page says {@code :jbake-match-case: true} (an alias "Soviet" that must not
 * match "soviet"); the text of a link or cross reference is not a mention. One instance lives as long
 * as its build (the preview server's), so a rebuild reads only the chapters that changed.
 */
public final class TermFirstUse {
    private static final Pattern SKIPPED = Pattern.compile("^(=+\\s|\\.[^.\\s]|:|//|\\[).*");
    /** A term page's attribute: match its name and aliases only as written. */
    public static final String MATCH_CASE = "jbake-match-case";
    /** Links and cross references: their text names the place linked to, not a first use. */
    private static final Pattern LINK = Pattern.compile(
            "<<[^>]*>>|\\b(?:xref|link|mailto):[^\\s\\[]*\\[[^\\]]*\\]|\\bhttps?://[^\\s\\[]+(?:\\[[^\\]]*\\])?");

    /** One chapter's warnings and what they were worked out from. */
    private record Checked(List<String> lines, String displayName, int bodyLine, List<ContentError> warnings) {}

    /** The names and chapters of this check's last run: a rebuild reads again only chapters whose text changed. */
    private Names lastNames;

    private Map<String, Checked> checked = new HashMap<>();

    public List<ContentError> warnings(GuideSource source) {
        Set<String> matchCase = new HashSet<>();
        source.pages().values().stream()
                .filter(p -> p.header().value(MATCH_CASE).strip().equals("true"))
                .forEach(p -> matchCase.add(p.uri()));
        Names names = names(source.guide().terms(), matchCase);
        Map<String, Checked> before = names.equals(lastNames) ? checked : Map.of();
        Map<String, Page> pagesByUri = source.pagesByUri();
        Map<String, Checked> now = new HashMap<>();
        List<ContentError> warnings = new ArrayList<>();
        for (Chapter chapter : source.guide().chapters()) {
            Page page = pagesByUri.get(chapter.uri());
            Checked last = before.get(page.uri());
            Checked result = last != null
                            && last.lines().equals(page.lines())
                            && last.displayName().equals(page.displayName())
                            && last.bodyLine() == page.header().bodyLine()
                    ? last
                    : new Checked(
                            page.lines(), page.displayName(), page.header().bodyLine(), warnings(page, names));
            now.put(page.uri(), result);
            warnings.addAll(result.warnings());
        }
        lastNames = names;
        checked = now;
        return warnings;
    }

    private static List<ContentError> warnings(Page page, Names names) {
        List<ContentError> warnings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> lines = page.lines();
        // a paragraph at a time, as Asciidoctor finds macros: a macro's bracket text may wrap onto the next line
        int first = page.header().bodyLine();
        for (int i = first; i <= lines.size(); i++) {
            boolean ends = i == lines.size()
                    || lines.get(i).isBlank()
                    || SKIPPED.matcher(lines.get(i)).matches();
            if (ends) {
                if (i > first) {
                    warnParagraph(page, lines.subList(first, i), first, names, seen, warnings);
                }
                first = i + 1;
            }
        }
        return warnings;
    }

    /** The warnings of one paragraph, whose first line is the file's 0-based line {@code firstLine}. */
    private static void warnParagraph(
            Page page, List<String> lines, int firstLine, Names names, Set<String> seen, List<ContentError> warnings) {
        String text = String.join("\n", lines);
        // one pass over the paragraph: macros and mentions in the order they stand
        StringBuilder masked = new StringBuilder(text);
        Map<Integer, String> links = new TreeMap<>();
        Matcher macro = InlineMacroSyntax.GUIDE_MACRO.matcher(text);
        while (macro.find()) {
            if (InlineMacroSyntax.is(macro.group(), "term")) {
                links.put(macro.start(), macro.group(1));
            }
            blank(masked, macro.start(), macro.end());
        }
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            blank(masked, link.start(), link.end());
        }
        Map<Integer, String[]> events = new TreeMap<>();
        links.forEach((at, id) -> events.put(at, new String[] {id, null}));
        names.mentions(
                masked,
                (at, name) -> events.putIfAbsent(at, new String[] {
                    names.ids().get(name), text.substring(at, at + name.length())
                }));
        events.forEach((at, event) -> {
            if (event[0] != null && seen.add(event[0]) && event[1] != null) {
                int line = firstLine
                        + (int) text.substring(0, at)
                                .chars()
                                .filter(c -> c == '\n')
                                .count();
                warnings.add(new ContentError(
                        page.displayName(),
                        line + 1,
                        "'" + event[1] + "' is in the glossary: link its first use here with term:" + event[0] + "["
                                + event[1] + "]"));
            }
        });
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int c = from; c < to; c++) {
            if (text.charAt(c) != '\n') {
                text.setCharAt(c, ' ');
            }
        }
    }

    /**
     * Every name and alias (lower case, or as written for a term that matches case) with the term it names, filed under its first word, longest
     * first. Looking up each word of a line is linear in the line; one regular expression of all the
     * names was measured at over a second a build for 1,000 chapters and 200 terms.
     */
    private record Names(Map<String, String> ids, Map<String, List<String>> byFirstWord, Set<String> exact) {

        /** Reports each whole-word mention in {@code line}, left to right, the longest name where several start. */
        void mentions(CharSequence line, java.util.function.BiConsumer<Integer, String> found) {
            String text = line.toString();
            int i = 0;
            while (i < text.length()) {
                if (!isWordChar(text, i) || (i > 0 && isWordChar(text, i - 1))) {
                    i++;
                    continue;
                }
                int wordEnd = i;
                while (wordEnd < text.length() && isWordChar(text, wordEnd)) {
                    wordEnd++;
                }
                String match = null;
                for (String name :
                        byFirstWord.getOrDefault(text.substring(i, wordEnd).toLowerCase(Locale.ROOT), List.of())) {
                    int end = i + name.length();
                    if (text.regionMatches(!exact.contains(name), i, name, 0, name.length())
                            && (end == text.length() || !isWordChar(text, end))) {
                        match = name;
                        break;
                    }
                }
                if (match != null) {
                    found.accept(i, match);
                    i += match.length();
                } else {
                    i = wordEnd;
                }
            }
        }
    }

    private static boolean isWordChar(String text, int at) {
        return Character.isLetterOrDigit(text.charAt(at));
    }

    private static Names names(List<Term> terms, Set<String> matchCaseUris) {
        Map<String, String> ids = new HashMap<>();
        Set<String> exact = new HashSet<>();
        for (Term term : terms) {
            boolean matchCase = matchCaseUris.contains(term.uri());
            List<String> names = new ArrayList<>(term.aliases());
            names.add(0, term.name().replaceAll("\\s*\\([^)]*\\)$", ""));
            for (String name : names) {
                String key = matchCase ? name.strip() : name.strip().toLowerCase(Locale.ROOT);
                // a name must start with a letter or digit to be found as a whole word
                if (key.length() > 2 && isWordChar(key, 0) && ids.putIfAbsent(key, term.id()) == null && matchCase) {
                    exact.add(key);
                }
            }
        }
        Map<String, List<String>> byFirstWord = new HashMap<>();
        for (String name : ids.keySet()) {
            int end = 0;
            while (end < name.length() && isWordChar(name, end)) {
                end++;
            }
            byFirstWord
                    .computeIfAbsent(name.substring(0, end).toLowerCase(Locale.ROOT), w -> new ArrayList<>())
                    .add(name);
        }
        byFirstWord
                .values()
                .forEach(list -> list.sort(
                        Comparator.comparingInt(String::length).reversed().thenComparing(n -> n)));
        return new Names(ids, byFirstWord, exact);
    }
}
