package org.kotkinguide.check;

import org.kotkinguide.content.ContentError;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;
import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns (without failing) where a chapter mentions a glossary term or one of its aliases before it
 * links it: a student meeting the word there should be one tap from its definition.
 */
public final class TermFirstUse {
    private static final Pattern MACRO = Pattern.compile("(term|cite):(\\S+?)\\[([^\\]]*)\\]");
    private static final Pattern SKIPPED = Pattern.compile("^(=+\\s|\\.[^.\\s]|:|//|\\[).*");

    private TermFirstUse() {
    }

    public static List<ContentError> warnings(GuideSource source) {
        List<ContentError> warnings = new ArrayList<>();
        Names names = names(source.guide().terms());
        for (Chapter chapter : source.guide().chapters()) {
            Page page = source.pages().values().stream().filter(p -> p.uri().equals(chapter.uri())).findFirst().orElseThrow();
            Set<String> seen = new HashSet<>();
            List<String> lines = page.lines();
            for (int i = page.header().bodyLine(); i < lines.size(); i++) {
                String line = lines.get(i);
                if (SKIPPED.matcher(line).matches()) {
                    continue;
                }
                // one pass over the line: macros and mentions in the order they stand
                StringBuilder masked = new StringBuilder(line);
                Map<Integer, String> links = new TreeMap<>();
                Matcher macro = MACRO.matcher(line);
                while (macro.find()) {
                    if (macro.group(1).equals("term")) {
                        links.put(macro.start(), macro.group(2));
                    }
                    for (int c = macro.start(); c < macro.end(); c++) {
                        masked.setCharAt(c, ' ');
                    }
                }
                Map<Integer, String[]> events = new TreeMap<>();
                links.forEach((at, id) -> events.put(at, new String[] {id, null}));
                Matcher mention = names.pattern().matcher(masked);
                while (mention.find()) {
                    String id = names.ids().get(mention.group().toLowerCase(Locale.ROOT));
                    events.putIfAbsent(mention.start(), new String[] {id, mention.group()});
                }
                for (String[] event : events.values()) {
                    if (event[0] != null && seen.add(event[0]) && event[1] != null) {
                        warnings.add(new ContentError(page.displayName(), i + 1, "'" + event[1]
                                + "' is in the glossary: link its first use here with term:" + event[0] + "[" + event[1] + "]"));
                    }
                }
            }
        }
        return warnings;
    }

    /** Every name and alias in one pattern (longest first, whole words), and the term each one names. */
    private record Names(Pattern pattern, Map<String, String> ids) {
    }

    private static Names names(List<Term> terms) {
        Map<String, String> ids = new HashMap<>();
        for (Term term : terms) {
            List<String> names = new ArrayList<>(term.aliases());
            names.add(0, term.name().replaceAll("\\s*\\([^)]*\\)$", ""));
            for (String name : names) {
                if (name.length() > 2) {
                    ids.putIfAbsent(name.toLowerCase(Locale.ROOT), term.id());
                }
            }
        }
        String alternatives = String.join("|", ids.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(n -> n)).map(Pattern::quote).toList());
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + (alternatives.isEmpty() ? "(?!)" : alternatives) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new Names(pattern, ids);
    }
}
