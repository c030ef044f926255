package org.kotkinguide.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kotkinguide.settings.SettingsFile;

/**
 * The AsciiDoc header of a page: the {@code = Title} line and the {@code :jbake-name: value}
 * attribute lines under it, each with the line it stands on, so that a later check can point at the
 * exact line.
 */
public record FrontMatter(
        String file,
        String title,
        int titleLine,
        Map<String, Entry> attributes,
        int bodyLine,
        Map<String, Entry> afterBlankLine) {

    /** An attribute's value and line number (1-based). */
    public record Entry(String value, int line) {}

    private static final Pattern TITLE = Pattern.compile("^=\\s+(\\S.*)$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^:([A-Za-z0-9_][A-Za-z0-9_-]*):(?:\\s+(.*))?$");

    /** Reads the header; throws with file and line when it is missing or malformed. */
    public static FrontMatter parse(String file, List<String> lines) {
        int i = 0;
        while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).startsWith("//"))) {
            i++;
        }
        if (i == lines.size()) {
            throw new GuideBuildException(file, 1, "empty page: expected a '= Title' line and a ':jbake-type:' line");
        }
        checkSeparators(file, i + 1, lines.get(i));
        Matcher title = TITLE.matcher(lines.get(i));
        if (!title.matches()) {
            throw new GuideBuildException(
                    file,
                    i + 1,
                    "no title: a page starts with its header, a '= Title' line and under it lines like"
                            + " ':jbake-type: chapter'; found '"
                            + abbreviate(lines.get(i)) + "'");
        }
        int titleLine = i + 1;
        Map<String, Entry> attributes = new LinkedHashMap<>();
        for (i++; i < lines.size(); i++) {
            String line = lines.get(i);
            // before the blank test: a line of a separator alone is blank to Java, and would end the header
            checkSeparators(file, i + 1, line);
            if (line.isBlank()) {
                break;
            }
            if (line.startsWith("//")) {
                continue;
            }
            Matcher attribute = ATTRIBUTE.matcher(line);
            if (!attribute.matches()) {
                throw new GuideBuildException(
                        file,
                        i + 1,
                        "not a header line: each line under the title is ':name: value', and a blank line ends"
                                + " the header; found '"
                                + abbreviate(line) + "'");
            }
            String value = attribute.group(2) == null ? "" : attribute.group(2).strip();
            checkName(file, i + 1, attribute.group(1));
            checkStatus(file, i + 1, attribute.group(1), value);
            attributes.put(attribute.group(1), new Entry(value, i + 1));
        }
        // attribute lines just after a blank line: the author meant them for the header, which the blank line ended
        Map<String, Entry> afterBlankLine = new LinkedHashMap<>();
        for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank(); j++) {
            Matcher attribute = ATTRIBUTE.matcher(lines.get(j));
            if (!attribute.matches()) {
                break;
            }
            afterBlankLine.put(
                    attribute.group(1),
                    new Entry(
                            attribute.group(2) == null ? "" : attribute.group(2).strip(), j + 1));
        }
        FrontMatter header = new FrontMatter(
                file, title.group(1).strip(), titleLine, Map.copyOf(attributes), i + 1, Map.copyOf(afterBlankLine));
        header.require("jbake-type");
        return header;
    }

    /** The header names the build reads; a template may read others of its own (any "jbake-" name reaches it). */
    static final java.util.List<String> KNOWN = java.util.List.of(
            "jbake-type",
            "jbake-order",
            "jbake-summary",
            "jbake-category",
            "jbake-short",
            "jbake-aliases",
            "jbake-related",
            "jbake-match-case",
            "jbake-sort-as",
            "jbake-status",
            "jbake-date",
            "jbake-tags");

    /**
     * A name a slip of the keys away from one the build reads (":jbake-sumary:") is an error: it would
     * pass as a template's own, and the home page lose the chapter's summary with no word said.
     */
    private static void checkName(String file, int number, String name) {
        if (!name.startsWith("jbake-") || KNOWN.contains(name)) {
            return;
        }
        // by the words after "jbake-", and closer than Suggestions allows: ":jbake-title:" or ":jbake-data:"
        // may well be a template's own, ":jbake-sumary:" hardly
        String words = name.substring("jbake-".length());
        int close = Math.max(1, words.length() / 3);
        for (String known : KNOWN) {
            if (Suggestions.distance(words, known.substring("jbake-".length())) <= close) {
                throw new GuideBuildException(
                        file,
                        number,
                        "unknown header line ':" + name + ":' (did you mean ':" + known + ":'? the build reads "
                                + String.join(", ", KNOWN) + ")");
            }
        }
    }

    /**
     * A page that is not "published" is left out by JBake while the chapter list, the glossary and
     * the links still name it: a tester's draft chapter gave a pile of broken-link errors blamed on
     * templates, none naming the line. Said at that line, with the way to keep a page out.
     */
    private static void checkStatus(String file, int number, String name, String value) {
        if (name.equals("jbake-status") && !value.equals(SettingsFile.PUBLISHED)) {
            throw new GuideBuildException(file, number, SettingsFile.statusRefused("':jbake-status: " + value + "'"));
        }
    }

    /**
     * A Unicode line or paragraph separator (U+2028, U+2029, or NEL, U+0085), which text pasted from a
     * PDF or a word processor may hold: an editor may show a line break there, AsciiDoc reads one line,
     * and the line's pattern fails on it. Said as what it is, at its line.
     */
    static void checkSeparators(String file, int number, String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                throw new GuideBuildException(
                        file,
                        number,
                        String.format(
                                java.util.Locale.ROOT,
                                "an invisible line separator (U+%04X) after '%s': AsciiDoc reads one line"
                                        + " here, whatever the editor shows; replace it with a line break",
                                (int) c,
                                abbreviate(line.substring(0, i))));
            }
        }
    }

    public String type() {
        return value("jbake-type");
    }

    /** The value of {@code name}, or "" when absent. */
    public String value(String name) {
        Entry entry = attributes.get(name);
        return entry == null ? "" : entry.value();
    }

    /** The line of {@code name}, or the title's line when absent (where the author should add it). */
    public int line(String name) {
        Entry entry = attributes.get(name);
        return entry == null ? titleLine : entry.line();
    }

    public String require(String name) {
        String value = value(name);
        Entry stray = afterBlankLine.get(name);
        if (value.isEmpty() && stray != null) {
            throw new GuideBuildException(
                    file,
                    // the body starts after the blank line: its 0-based index is the blank line's number
                    bodyLine,
                    "a blank line inside the header: it ends the header, so ':" + name + ":' (line " + stray.line()
                            + ") and the lines after it are read as text; remove the blank line");
        }
        if (value.isEmpty()) {
            throw new GuideBuildException(
                    file, titleLine, "the header has no ':" + name + ":' line: add one under the title");
        }
        return value;
    }

    /** A comma-separated attribute as a list, blanks dropped. */
    public List<String> list(String name) {
        return java.util.Arrays.stream(value(name).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String abbreviate(String line) {
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
