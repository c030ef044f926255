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
import org.kotkinguide.model.FoldedBlockLines;
import org.kotkinguide.statements.Statement;

/**
 * A block role the guide gives a meaning to, mistyped, is an error at its line. Asciidoctor accepts
 * any role, so "[.answers%collapsible]" built: the site lost the question's number and its buttons,
 * and the student PDF printed the answer under its question. Likewise a role written as a block's
 * style, without its dot ("[answer%collapsible]"). A role far from every known one is the author's own
 * and passes. Also a block's title or attribute line right under a list item's text, with no "+" line
 * between: Asciidoctor reads it as more of the item's text, so ".What a strong answer does" showed as
 * typed under an essay prompt and its marking guide was not marked as one.
 *
 * <p>A self-check answer or a marking guide must be an example block right under its role's line,
 * between "====" lines: that is all the book ({@code pdf.ChapterText}) moves to its Answers appendix.
 * As a paragraph the site showed the answer open and the student PDF printed it under its question,
 * unnumbered; a role's line with no block after it lost its question from the site; an empty answer
 * showed an empty box in the Answers appendix. All built without a word. Read from the page's lines,
 * not Asciidoctor's model of it, since those lines are what the book reads.
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

    /** The lines an answer or a marking guide is written between, as the book reads them. */
    private static final String EXAMPLE = "====";
    /** A blank line or a comment ("// to write"): no block, and nothing in one. */
    private static final Pattern NOTHING = Pattern.compile("^(//(?!//).*)?$");

    private static final Pattern HEADING = Pattern.compile("^=+\\s+\\S.*");

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
                    checkBlock(attributes.group(1), lines, i, page.displayName(), errors);
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

    /**
     * The block under an answer's or a marking guide's role line {@code at}: an example block right
     * under it, between "====" lines, with something in it.
     */
    private static void checkBlock(String first, List<String> lines, int at, String file, ContentErrors errors) {
        Matcher part = PART.matcher(first);
        String role = null;
        while (part.find()) {
            if (part.group(1).equals(".")
                    && List.of("answer", "marking-guide").contains(part.group(2).strip())) {
                role = part.group(2).strip();
            }
        }
        if (role == null) {
            return;
        }
        String what = role.equals("answer") ? "answer" : "marking guide";
        String typed = lines.get(at).strip();
        Pattern asTheBookReadsIt = role.equals("answer") ? FoldedBlockLines.ANSWER : FoldedBlockLines.MARKING_GUIDE;
        if (!asTheBookReadsIt.matcher(typed).matches()) {
            // "[.answer]", "[.answer%collapsible#why]": the site may fold it, but the book prints it in place
            String line = role.equals("answer") ? "[.answer%collapsible]" : "[.marking-guide%collapsible]";
            errors.add(
                    file,
                    at + 1,
                    "write " + typed + " as " + line + ", alone on its line: the student PDF moves only such a"
                            + " block out of the text, and would print this " + what + " under its "
                            + (role.equals("answer") ? "question" : "prompt"));
            return;
        }
        String form = (role.equals("answer") ? ".Question?" : ".What a strong answer does") + " / " + typed + " / "
                + EXAMPLE + " / the " + what + " / " + EXAMPLE;
        int next = at + 1;
        while (next < lines.size() && NOTHING.matcher(lines.get(next).strip()).matches()) {
            next++;
        }
        if (next == lines.size() || HEADING.matcher(lines.get(next).strip()).matches()) {
            errors.add(
                    file,
                    at + 1,
                    typed + " has no " + what + " under it: write the " + what + " right under it between two '"
                            + EXAMPLE + "' lines (" + form + ")"
                            + (role.equals("answer") ? "; as it is, the site does not show its question there" : ""));
            return;
        }
        // as the book reads it: "==== " is not the line it looks for
        String under = lines.get(at + 1);
        if (!under.equals(EXAMPLE)) {
            errors.add(
                    file,
                    at + 1,
                    "the " + what + " under " + typed + " must be an example block right under it, between two '"
                            + EXAMPLE + "' lines (" + form + "); found "
                            + (under.isBlank() ? "a blank line" : "'" + shortened(under) + "'")
                            + ", so the student PDF would print it under its "
                            + (role.equals("answer") ? "question, unnumbered" : "prompt"));
            return;
        }
        int inside = at + 2;
        while (inside < lines.size()
                && NOTHING.matcher(lines.get(inside).strip()).matches()) {
            inside++;
        }
        if (inside < lines.size() && lines.get(inside).strip().equals(EXAMPLE)) {
            errors.add(
                    file,
                    at + 1,
                    "the " + what + " under " + typed + " is empty: write the " + what + " between its '" + EXAMPLE
                            + "' lines");
        }
    }

    /** An author's line, cut short enough to quote in one line of an error. */
    private static String shortened(String line) {
        return line.length() <= 40 ? line : line.substring(0, 39) + "…";
    }
}
