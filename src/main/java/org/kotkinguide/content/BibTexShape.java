package org.kotkinguide.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a references file's shape before the BibTeX parser does, so that a mistake is said in words at
 * its entry, with how to fix it: a field without its '=' or the comma before it, a brace left open
 * (said at the entry that lacks it, not at the next one, where the parser notices). The parser's own
 * messages ("Encountered unexpected token: "note" &lt;NAME&gt;") name its grammar, not the mistake.
 */
final class BibTexShape {
    private final String text;
    private final String file;
    private final List<ContentError> problems = new ArrayList<>();
    private int at;

    private BibTexShape(String text, String file) {
        this.text = text;
        this.file = file;
    }

    /** The mistakes in {@code bib}, at most one an entry, in file order. */
    static List<ContentError> problems(String bib, String file) {
        BibTexShape shape = new BibTexShape(bib, file);
        shape.entries();
        return shape.problems;
    }

    private void entries() {
        while (true) {
            int entry = nextEntry(at);
            if (entry < 0) {
                return;
            }
            at = entry + 1;
            String type = word();
            skipSpace();
            if (at >= text.length() || (text.charAt(at) != '{' && text.charAt(at) != '(')) {
                problem(entry, "'@" + type + "' must be followed by '{', then the key, e.g. @book{smith2020,");
                continue;
            }
            char close = text.charAt(at) == '{' ? '}' : ')';
            at++;
            String kind = type.toLowerCase(Locale.ROOT);
            if (kind.equals("comment") || kind.equals("preamble") || kind.equals("string")) {
                skipBalanced(entry, close);
                continue;
            }
            entry(entry, close);
        }
    }

    /** One entry, from after its opening brace: the key, then "name = value" fields separated by commas. */
    private void entry(int entry, char close) {
        int keyStart = at;
        while (at < text.length() && ",}\n".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        String key = text.substring(keyStart, at).strip();
        String named = "entry '" + key + "' (line " + lineOf(entry) + ")";
        if (at >= text.length() || text.charAt(at) != ',') {
            skipSpace();
            if (at < text.length() && text.charAt(at) == close) {
                at++;
                return;
            }
            problem(entry, "the key '" + key + "' must be followed by a comma, e.g. @book{" + key + ",");
            skipToNextEntry();
            return;
        }
        at++;
        while (true) {
            skipSpace();
            if (at >= text.length() || startsEntry(at)) {
                problem(entry, named + " is missing its closing '" + close + "': add it after its last field");
                return;
            }
            if (text.charAt(at) == close) {
                at++;
                return;
            }
            int fieldStart = at;
            String name = word();
            if (name.isEmpty()) {
                problem(
                        fieldStart,
                        "unexpected '" + text.charAt(at) + "' in " + named
                                + ": write each field as name = {value}, with a comma after each");
                skipToNextEntry();
                return;
            }
            skipSpace();
            if (at >= text.length() || text.charAt(at) != '=') {
                problem(
                        fieldStart,
                        "a field is missing its '=' or the previous field its ',' (" + named
                                + "): write each field as name = {value}, with a comma after each");
                skipToNextEntry();
                return;
            }
            at++;
            int valueStart = at;
            if (!value(entry, named, name)) {
                return;
            }
            if (name.equalsIgnoreCase("pages")) {
                checkPages(fieldStart, named, text.substring(valueStart, at).strip());
            } else if (name.equalsIgnoreCase("doi") || name.equalsIgnoreCase("url")) {
                checkAddress(
                        fieldStart, named, name, text.substring(valueStart, at).strip());
            }
            skipSpace();
            if (at < text.length() && text.charAt(at) == ',') {
                at++;
            } else if (at < text.length() && text.charAt(at) != close && !startsEntry(at)) {
                problem(
                        at,
                        "a field is missing its '=' or the previous field its ',' (" + named
                                + "): write each field as name = {value}, with a comma after each");
                skipToNextEntry();
                return;
            }
        }
    }

    /** A field's value: {braced}, "quoted", a number or a @string name, joined by '#'. False after a problem. */
    private boolean value(int entry, String named, String field) {
        while (true) {
            skipSpace();
            if (at >= text.length()) {
                problem(entry, named + " ends in the middle of a field: add the value and the closing '}'");
                return false;
            }
            char c = text.charAt(at);
            if (c == '{' || c == '"') {
                int open = at;
                int depth = 0;
                for (; at < text.length(); at++) {
                    char d = text.charAt(at);
                    if (d == '\\') {
                        at++;
                    } else if (d == '{') {
                        depth++;
                    } else if (d == '}') {
                        depth--;
                        if (c == '{' && depth == 0) {
                            break;
                        }
                    } else if (d == '"' && c == '"' && at > open && depth == 0) {
                        break;
                    }
                    // a line that starts the next field, or the next entry, while this value is still open
                    if (d == '\n'
                            && (startsEntry(at + 1)
                                    || (depth == 1
                                            && NEXT_FIELD
                                                    .matcher(text.substring(at + 1, lineEnd(at + 1)))
                                                    .find()))) {
                        problem(
                                open,
                                "the value of '" + field + "' in " + named + " opens a '" + c
                                        + "' it does not close: add the closing '" + (c == '{' ? '}' : '"') + "'");
                        skipToNextEntry();
                        return false;
                    }
                }
                if (at >= text.length()) {
                    problem(
                            open,
                            "the value of '" + field + "' in " + named + " opens a '" + c
                                    + "' it does not close: add the closing '" + (c == '{' ? '}' : '"') + "'");
                    return false;
                }
                at++;
            } else if (Character.isLetterOrDigit(c)) {
                word();
            } else {
                problem(at, "a field in " + named + " has no value after its '=': write name = {value}");
                skipToNextEntry();
                return false;
            }
            skipSpace();
            if (at < text.length() && text.charAt(at) == '#') {
                at++;
                continue;
            }
            return true;
        }
    }

    private static final java.util.regex.Pattern PAGE_RANGE =
            java.util.regex.Pattern.compile("^\\s*(\\d+)\\s*[-–—]+\\s*(\\d+)\\s*$");

    /**
     * A work's pages bound the pages its citations may name: a range that runs backwards, or a number
     * too long to be a page, would leave them unbounded (or stop the build without saying where).
     */
    private void checkPages(int field, String named, String value) {
        String pages = value.replaceAll("^[{\"]+|[}\"]+$", "");
        if (ReferenceLibrary.pageNumberTooLong(pages)) {
            problem(
                    field,
                    "the pages of " + named + " ('" + pages + "') hold a number too long to be a page (at most "
                            + ReferenceLibrary.MOST_PAGE_DIGITS + " digits)");
            return;
        }
        java.util.regex.Matcher range = PAGE_RANGE.matcher(pages);
        if (range.matches() && Integer.parseInt(range.group(2)) < Integer.parseInt(range.group(1))) {
            problem(
                    field,
                    "the pages of " + named + " ('" + pages + "') run backwards: write the first page, then the"
                            + " last in full (553--555, not 553--55)");
        }
    }

    /**
     * A DOI or URL becomes a link in every output: a quote or an angle bracket in it is no address (the
     * PDF converter fails on the link it makes, without naming this file).
     */
    private void checkAddress(int field, String named, String name, String value) {
        String address = value.replaceAll("^[{\"]+|[}\"]+$", "");
        for (char c : new char[] {'"', '<', '>', '`'}) {
            if (address.indexOf(c) >= 0) {
                problem(
                        field,
                        "the " + name.toLowerCase(Locale.ROOT) + " of " + named + " holds a '" + c
                                + "', which no address has: write the address alone, e.g. "
                                + (name.equalsIgnoreCase("doi")
                                        ? "doi = {10.1000/182}"
                                        : "url = {https://example.org/}"));
                return;
            }
        }
    }

    private void skipBalanced(int entry, char close) {
        int depth = 1;
        for (; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '{' || (close == ')' && c == '(')) {
                depth++;
            } else if (c == '}' || c == ')') {
                depth--;
                if (depth == 0) {
                    at++;
                    return;
                }
            }
        }
        problem(entry, "this '@' block is missing its closing '" + close + "'");
    }

    private static final java.util.regex.Pattern NEXT_FIELD =
            java.util.regex.Pattern.compile("^\\s*[A-Za-z][\\w-]*\\s*=\\s*[{\"0-9]");

    private int lineEnd(int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private String word() {
        int start = at;
        while (at < text.length()
                && (Character.isLetterOrDigit(text.charAt(at)) || "_-:.+/".indexOf(text.charAt(at)) >= 0)) {
            at++;
        }
        return text.substring(start, at);
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    /** An '@' that starts a line (after spaces): BibTeX text outside entries is a comment. */
    private int nextEntry(int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '@' && startsEntry(i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean startsEntry(int i) {
        int j = i;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        if (j >= text.length() || text.charAt(j) != '@') {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', i - 1) + 1;
        return text.substring(lineStart, j).isBlank();
    }

    private void skipToNextEntry() {
        int next = text.indexOf('\n', at);
        while (next >= 0 && !startsEntry(next + 1)) {
            next = text.indexOf('\n', next + 1);
        }
        at = next < 0 ? text.length() : next + 1;
    }

    private void problem(int offset, String message) {
        problems.add(new ContentError(file, lineOf(offset), message));
    }

    private int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
