package org.kotkinguide.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;
import org.kotkinguide.content.Suggestions;
import org.kotkinguide.statements.Statement;

/**
 * A block role the guide gives a meaning to, mistyped, is an error at its line. Asciidoctor accepts
 * any role, so "[.answers%collapsible]" built: the site lost the question's number and its buttons,
 * and the student PDF printed the answer under its question. Likewise a role written as a block's
 * style, without its dot ("[answer%collapsible]"). A role far from every known one is the author's own
 * and passes. Also a block's title or attribute line right under a list item's text, with no "+" line
 * between: Asciidoctor reads it as more of the item's text, so ".What a strong answer does" showed as
 * typed under an essay prompt and its marking guide was not marked as one.
 */
public final class BlockRoles {
    /** The roles with a meaning: the kinds of statement, a self-check answer, an essay's marking guide. */
    static final List<String> KNOWN = Stream.concat(
                    Arrays.stream(Statement.values()).map(Statement::role), Stream.of("answer", "marking-guide"))
            .toList();

    /** A block attribute line, its first attribute (style, .roles, %options, #id) apart. */
    private static final Pattern ATTRIBUTES = Pattern.compile("^\\[([^\\[\\],]*)(?:,.*)?\\]$");

    private static final Pattern PART = Pattern.compile("([.%#]?)([^.%#]+)");
    /** Where a line is shown as typed, never read for attributes: a listing, literal, comment or passthrough block. */
    private static final Pattern VERBATIM = Pattern.compile("^(-{4,}|\\.{4,}|/{4,}|\\+{4,})$");

    /** A list item's first line: ". Why...", "* A point", "1. First". */
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\.{1,5}|\\*{1,5}|-|\\d+\\.)\\s+\\S.*");
    /** A block's title (".What a strong answer does") or attribute line ("[.marking-guide]", not "[[id]]"). */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\.[^.\\s].*|\\[[^\\[].*\\])$");

    private BlockRoles() {}

    /** Adds an error to {@code errors} for each mistyped role in the pages of {@code source}. */
    public static void run(GuideSource source, ContentErrors errors) {
        List<Page> pages = new ArrayList<>(source.pages().values());
        pages.sort(Comparator.comparing(Page::displayName));
        for (Page page : pages) {
            String verbatim = null;
            boolean inItemText = false;
            List<String> lines = page.lines();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (verbatim != null) {
                    if (line.equals(verbatim)) {
                        verbatim = null;
                    }
                    continue;
                }
                if (VERBATIM.matcher(line).matches()) {
                    verbatim = line;
                    inItemText = false;
                    continue;
                }
                if (inItemText && BLOCK_START.matcher(line).matches()) {
                    errors.add(
                            page.displayName(),
                            i + 1,
                            "'" + line + "' right under a list item's text is read as more of that text and"
                                    + " shown as typed: put a line with only '+' before it to attach the block to"
                                    + " the item, or a blank line to end the list");
                }
                inItemText = LIST_ITEM.matcher(line).matches()
                        || (inItemText
                                && !line.isEmpty()
                                && !line.equals("+")
                                && !BLOCK_START.matcher(line).matches());
                Matcher attributes = ATTRIBUTES.matcher(line);
                if (attributes.matches()) {
                    check(attributes.group(1), page.displayName(), i + 1, errors);
                }
            }
        }
    }

    private static void check(String first, String file, int line, ContentErrors errors) {
        Matcher part = PART.matcher(first);
        while (part.find()) {
            String kind = part.group(1);
            String name = part.group(2).strip();
            if (kind.isEmpty() && KNOWN.contains(name)) {
                errors.add(
                        file,
                        line,
                        "'" + name + "' is a role, written with a dot: [" + first.replace(name, "." + name) + "] (as ["
                                + first + "] the block is not marked as one)");
            } else if (kind.equals(".") && !KNOWN.contains(name)) {
                String meant = Suggestions.didYouMean(name, KNOWN);
                if (!meant.isEmpty()) {
                    errors.add(
                            file,
                            line,
                            "unknown role '." + name + "'" + meant + " (the guide's roles are ."
                                    + String.join(", .", KNOWN) + ")");
                }
            }
        }
    }
}
