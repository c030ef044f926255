package org.kotkinguide.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How deep a page nests lists and delimited blocks inside each other. Asciidoctor parses and
 * converts nesting by recursion: with Java's default stack (plain {@code java -jar}) a list about 80
 * levels deep overflows it, and the author got a thousand lines of stack trace and no file; and
 * each level indents, so past about 20 levels (fewer when blocks are among them) the PDF cannot fit
 * a line in what is left of the page. The build refuses a page deeper than {@link #MAX_DEPTH}
 * levels at the line that goes too deep: no study guide comes near it, and a page at the limit
 * makes the site and the PDF with the default stack.
 * Blocks inside blocks have a lower limit of their own, {@link #MAX_BLOCK_DEPTH}: asciidoctor-pdf
 * lays a block's content out once to measure it and again to draw it, inside every block around it,
 * so each level multiplies the PDF's work (measured: ten example blocks one inside the other added
 * 10 s to the book, twelve added 30 s, and sixteen, within the first limit, would have added minutes).
 * The count follows Asciidoctor's rules closely enough for that: a list item whose marker is new in
 * the list it stands in goes one level deeper, a marker seen before goes back to that level; an
 * example, sidebar, quote, open block or table opens a level; verbatim blocks are not looked into.
 */
public final class NestingCheck {
    /** The deepest nesting of lists and blocks a page may have. */
    public static final int MAX_DEPTH = 16;

    /** The deepest nesting of blocks (examples, sidebars, quotes, open blocks, tables) inside each other. */
    public static final int MAX_BLOCK_DEPTH = 6;

    private static final Pattern LIST_ITEM =
            Pattern.compile("^[ \\t]*(-|\\*+|\\.+|\u2022|\\d+\\.|[a-zA-Z]\\.|[IVXivx]+\\))[ \\t]+\\S.*$");
    private static final Pattern DESCRIPTION_ITEM = Pattern.compile("^(?!//)[ \\t]*\\S.*?(:{2,4}|;;)(?:$|[ \\t]+.*$)");
    /** Blocks whose content is parsed again as AsciiDoc, so lists and blocks nest inside them. */
    private static final Pattern COMPOUND = Pattern.compile("^(={4,}|\\*{4,}|_{4,}|--|[|!]={3,})$");
    /** Blocks whose content is text, not AsciiDoc: nothing inside them nests. */
    private static final Pattern VERBATIM = Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|/{4,}|`{3}.*)$");

    private NestingCheck() {}

    /** The error for a page nested too deeply, at the first line past the limit; null for a page within it. */
    public static ContentError check(String file, List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> blockDelimiters = new ArrayList<>();
        blocks.add(new ArrayList<>());
        String verbatim = null;
        boolean afterBlank = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (verbatim != null) {
                if (line.equals(verbatim)) {
                    verbatim = null;
                }
                continue;
            }
            List<String> lists = blocks.get(blocks.size() - 1);
            if (line.isEmpty()) {
                afterBlank = true;
                continue;
            }
            String marker = listMarker(line);
            if (afterBlank
                    && marker == null
                    && !line.equals("+")
                    && !Character.isWhitespace(line.charAt(0))
                    && !line.startsWith("[")
                    && !line.startsWith(".")
                    && !line.startsWith("//")) {
                lists.clear(); // a paragraph or block after a blank line ends the lists before it
            }
            afterBlank = false;
            if (line.startsWith("= ") || line.startsWith("== ") || line.matches("^={3,6} .*")) {
                lists.clear();
            } else if (VERBATIM.matcher(line).matches()) {
                verbatim = line.startsWith("```") ? "```" : line;
            } else if (COMPOUND.matcher(line).matches()) {
                int open = blockDelimiters.lastIndexOf(line);
                if (open >= 0) {
                    while (blockDelimiters.size() > open) {
                        blockDelimiters.remove(blockDelimiters.size() - 1);
                        blocks.remove(blocks.size() - 1);
                    }
                } else {
                    blockDelimiters.add(line);
                    blocks.add(new ArrayList<>());
                }
            } else if (marker != null) {
                int seen = lists.indexOf(marker);
                if (seen >= 0) {
                    lists.subList(seen + 1, lists.size()).clear();
                } else {
                    lists.add(marker);
                }
            }
            int depth = blockDelimiters.size()
                    + blocks.stream().mapToInt(List::size).sum();
            if (depth > MAX_DEPTH) {
                return new ContentError(
                        file,
                        i + 1,
                        "lists and blocks nested " + depth + " levels deep; the most a page may have is " + MAX_DEPTH);
            }
            if (blockDelimiters.size() > MAX_BLOCK_DEPTH) {
                return new ContentError(
                        file,
                        i + 1,
                        "blocks nested " + blockDelimiters.size() + " deep inside each other; the most a page may have"
                                + " is " + MAX_BLOCK_DEPTH + " (the PDF lays out a block's content again for each"
                                + " block around it)");
            }
        }
        return null;
    }

    /** The marker of a list item as Asciidoctor tells lists apart ("**", "1.", "a.", "::"), or null for any other line. */
    private static String listMarker(String line) {
        Matcher item = LIST_ITEM.matcher(line);
        if (item.matches()) {
            String marker = item.group(1);
            if (marker.matches("\\d+\\.")) {
                return "1.";
            } else if (marker.matches("[IVX]+\\)")) {
                return "I)";
            } else if (marker.matches("[ivx]+\\)")) {
                return "i)";
            } else if (marker.matches("[a-z]\\.")) {
                return "a.";
            } else if (marker.matches("[A-Z]\\.")) {
                return "A.";
            }
            return marker;
        }
        // every description item holds "::" or ";;": a line of prose without them is passed before the
        // pattern, whose lazy ".*?" tries each of its characters (a twentieth of a one-chapter rebuild)
        if (!line.contains("::") && !line.contains(";;")) {
            return null;
        }
        Matcher description = DESCRIPTION_ITEM.matcher(line);
        return description.matches() ? description.group(1) : null;
    }
}
