package org.kotkinguide.check;

import org.kotkinguide.content.ContentError;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;
import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Term;

import java.util.ArrayList;
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
        List<Mention> mentions = mentions(source.guide().terms());
        for (Chapter chapter : source.guide().chapters()) {
            Page page = source.pages().values().stream().filter(p -> p.uri().equals(chapter.uri())).findFirst().orElseThrow();
            Set<String> seen = new HashSet<>();
            List<String> lines = page.lines();
            for (int i = page.header().bodyLine(); i < lines.size(); i++) {
                String line = lines.get(i);
                if (SKIPPED.matcher(line).matches()) {
                    continue;
                }
                List<int[]> links = new ArrayList<>();
                List<String> linked = new ArrayList<>();
                StringBuilder masked = new StringBuilder(line);
                Matcher macro = MACRO.matcher(line);
                while (macro.find()) {
                    if (macro.group(1).equals("term")) {
                        links.add(new int[] {macro.start()});
                        linked.add(macro.group(2));
                    }
                    for (int c = macro.start(); c < macro.end(); c++) {
                        masked.setCharAt(c, ' ');
                    }
                }
                for (Mention mention : mentions) {
                    if (seen.contains(mention.id())) {
                        continue;
                    }
                    Matcher found = mention.pattern().matcher(masked);
                    int at = found.find() ? found.start() : Integer.MAX_VALUE;
                    int link = Integer.MAX_VALUE;
                    for (int l = 0; l < linked.size(); l++) {
                        if (linked.get(l).equals(mention.id())) {
                            link = Math.min(link, links.get(l)[0]);
                        }
                    }
                    if (link < at) {
                        seen.add(mention.id());
                    } else if (at != Integer.MAX_VALUE) {
                        seen.add(mention.id());
                        warnings.add(new ContentError(page.displayName(), i + 1, "'" + found.group() + "' is in the glossary: link its first use here with term:"
                                + mention.id() + "[" + found.group() + "]"));
                    }
                }
                seen.addAll(linked);
            }
        }
        return warnings;
    }

    private record Mention(String id, Pattern pattern) {
    }

    /** One pattern per term, matching its name (without a trailing "(1925)") or any alias as whole words. */
    private static List<Mention> mentions(List<Term> terms) {
        List<Mention> mentions = new ArrayList<>();
        for (Term term : terms) {
            List<String> names = new ArrayList<>(term.aliases());
            names.add(0, term.name().replaceAll("\\s*\\([^)]*\\)$", ""));
            String alternatives = String.join("|", names.stream().filter(n -> n.length() > 2).map(Pattern::quote).toList());
            mentions.add(new Mention(term.id(), Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        return mentions;
    }
}
