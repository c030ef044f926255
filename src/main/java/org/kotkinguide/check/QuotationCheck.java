package org.kotkinguide.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;
import org.kotkinguide.model.Term;
import org.kotkinguide.settings.SettingsFile;
import org.kotkinguide.statements.Statement;

/**
 * Words a guide puts in quotation marks and attributes to the text it is written from must be in that
 * text. The text is named in {@code jbake.properties}:
 * <pre>
 * guide.quotation-sources=sources/notes.txt        (one or more files, comma-separated, inside the guide folder)
 * guide.quotation-sources.key=readingnotes         (optional: the BibTeX key that cites them)
 * </pre>
 * A quotation is attributed to the sources when it stands in a {@code [.notes-say]} block, or when the
 * first citation after it in its paragraph cites the sources' key. It must occur in one of the files
 * once both are normalised: case, whitespace and line breaks, quote marks (straight or curly, single or
 * double, which are dropped) and dashes (hyphen, en and em dash) do not count; an ellipsis in the
 * quotation stands for words left out. A miss is an error at the quotation's line, with the nearest
 * passage of the sources as a suggestion. With no setting, nothing is checked.
 */
public final class QuotationCheck {
    /** The settings this check reads; kept here, together, so they can move with it. */
    public static final String SOURCES_SETTING = "guide.quotation-sources";

    public static final String KEY_SETTING = "guide.quotation-sources.key";

    /** A quotation the guide attributes to its sources: where it stands, its words, and the key cited after it ("" if none). */
    public record Quotation(String file, int line, String text, boolean inNotesBlock, String citedKey) {}

    /** One source text, its lines as written and the whole of it normalised. */
    private record SourceText(String name, List<String> lines, String normalised) {}

    private static final Pattern ROLE_LINE =
            Pattern.compile("^\\[[^\\]]*\\." + Statement.NOTES_SAY.role() + "(?:[.%#,\\]].*)?$");
    private static final Pattern ATTRIBUTE_OR_TITLE = Pattern.compile("^(\\[.*\\]|\\.[^.\\s].*)$");
    private static final Pattern DELIMITER = Pattern.compile("^(--|={4,}|\\*{4,}|_{4,}|\\.{4,}|-{4,})$");
    private static final Pattern QUOTATION = Pattern.compile("“([^”]+)”|(?<![=\\w])\"([^\"\\n]+)\"");
    private static final Pattern CITE = Pattern.compile("cite:([^\\s\\[]+)\\[");
    private static final Pattern TERM = Pattern.compile("term:([^\\s\\[]+)\\[([^\\]]*)\\]");
    private static final Pattern OTHER_MACRO = Pattern.compile("cite:[^\\s\\[]+\\[[^\\]]*\\]");
    private static final Pattern XREF = Pattern.compile("<<[^,>]+,([^>]+)>>");
    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.|…");

    private QuotationCheck() {}

    /** Checks every page of {@code source}; adds an error to {@code errors} for each quotation not in the sources. */
    public static void run(GuideSource source, ContentErrors errors) {
        List<String> setting = source.settings().quotationSources();
        if (setting.isEmpty()) {
            return;
        }
        List<SourceText> texts = readSources(source, setting, errors);
        if (texts.isEmpty()) {
            return;
        }
        for (Quotation quotation : quotations(source)) {
            if (!occurs(quotation.text(), texts)) {
                errors.add(
                        quotation.file(),
                        quotation.line(),
                        "“" + oneLine(quotation.text()) + "” is quoted from "
                                + names(texts) + " but is not in it" + nearest(quotation.text(), texts)
                                + " (quote the source word for word, or take the quotation marks off a paraphrase)");
            }
        }
    }

    /** Every quotation in the guide's pages that is attributed to its quotation sources, in page and line order. */
    public static List<Quotation> quotations(GuideSource source) {
        String key = source.settings().quotationSourcesKey();
        Map<String, String> termNames = new HashMap<>();
        for (Term term : source.guide().terms()) {
            termNames.put(term.id(), term.name());
        }
        List<Page> pages = new ArrayList<>(source.pages().values());
        pages.sort(java.util.Comparator.comparing(Page::displayName));
        List<Quotation> found = new ArrayList<>();
        for (Page page : pages) {
            for (Paragraph paragraph : paragraphs(page)) {
                found.addAll(paragraph.quotations(page.displayName(), key, termNames));
            }
        }
        return found;
    }

    /** Consecutive non-blank lines of a page's body, and whether they stand in a notes block. */
    private record Paragraph(int firstLine, List<String> lines, boolean inNotesBlock) {

        List<Quotation> quotations(String file, String key, Map<String, String> termNames) {
            String text = String.join("\n", lines);
            List<Quotation> found = new ArrayList<>();
            Matcher m = QUOTATION.matcher(text);
            while (m.find()) {
                String words = m.group(1) != null ? m.group(1) : m.group(2);
                Matcher cite = CITE.matcher(text);
                String citedKey = cite.find(m.end()) ? cite.group(1) : "";
                if (inNotesBlock || (!key.isEmpty() && citedKey.equals(key))) {
                    int line = firstLine
                            + (int) text.substring(0, m.start())
                                    .chars()
                                    .filter(c -> c == '\n')
                                    .count();
                    found.add(new Quotation(file, line, plain(words, termNames), inNotesBlock, citedKey));
                }
            }
            return found;
        }
    }

    /** Splits a page's body into paragraphs, marking those inside a {@code [.notes-say]} paragraph or delimited block. */
    private static List<Paragraph> paragraphs(Page page) {
        List<String> lines = page.lines();
        List<Paragraph> paragraphs = new ArrayList<>();
        boolean pendingRole = false; // a [.notes-say] line was read; the next block carries it
        String notesDelimiter = null; // inside a delimited notes block, its delimiter
        boolean inNotesParagraph = false;
        boolean inComment = false;
        int start = -1;
        List<String> current = new ArrayList<>();
        for (int i = page.header().bodyLine(); i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            String stripped = line.strip();
            if (stripped.equals("////")) {
                inComment = !inComment;
                continue;
            }
            if (inComment || stripped.startsWith("//") && !stripped.startsWith("///")) {
                continue;
            }
            boolean blank = stripped.isEmpty();
            boolean delimiter = DELIMITER.matcher(stripped).matches();
            if ((blank || delimiter) && !current.isEmpty()) {
                paragraphs.add(
                        new Paragraph(start + 1, List.copyOf(current), notesDelimiter != null || inNotesParagraph));
                current.clear();
                inNotesParagraph = false;
            }
            if (blank) {
                continue;
            }
            if (delimiter) {
                if (notesDelimiter != null && stripped.equals(notesDelimiter)) {
                    notesDelimiter = null;
                } else if (notesDelimiter == null && pendingRole) {
                    notesDelimiter = stripped;
                }
                pendingRole = false;
                continue;
            }
            if (current.isEmpty() && ATTRIBUTE_OR_TITLE.matcher(stripped).matches()) {
                pendingRole |= ROLE_LINE.matcher(stripped).matches();
                continue;
            }
            if (current.isEmpty()) {
                start = i;
                inNotesParagraph = pendingRole;
                pendingRole = false;
            }
            current.add(line);
        }
        return paragraphs;
    }

    /** The quotation's words as a reader sees them: a term's text instead of its macro, no citations or inline marks. */
    private static String plain(String words, Map<String, String> termNames) {
        Matcher term = TERM.matcher(words);
        StringBuilder out = new StringBuilder();
        while (term.find()) {
            String shown =
                    term.group(2).isEmpty() ? termNames.getOrDefault(term.group(1), term.group(1)) : term.group(2);
            term.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        term.appendTail(out);
        String text = OTHER_MACRO.matcher(out.toString()).replaceAll("");
        text = XREF.matcher(text).replaceAll("$1");
        return text.replaceAll("[*_`]", "").replace("{nbsp}", " ").strip();
    }

    private static List<SourceText> readSources(GuideSource source, List<String> setting, ContentErrors errors) {
        int line = source.settingLine(SOURCES_SETTING);
        Path folder;
        try {
            folder = source.folder().toRealPath();
        } catch (IOException e) {
            errors.add(SettingsFile.NAME, line, "cannot read the guide folder: " + e.getMessage());
            return List.of();
        }
        List<SourceText> texts = new ArrayList<>();
        for (String name : setting) {
            name = name.strip();
            if (name.isEmpty()) {
                continue;
            }
            Path file = source.folder().resolve(name).normalize();
            try {
                Path real = Files.exists(file)
                        ? file.toRealPath()
                        : file.toAbsolutePath().normalize();
                if (!real.startsWith(folder) || real.equals(folder)) {
                    errors.add(
                            SettingsFile.NAME,
                            line,
                            SOURCES_SETTING + " names '" + name + "', outside the guide folder:"
                                    + " the texts a guide quotes must be files inside it (e.g. sources/notes.txt)");
                    continue;
                }
                if (!Files.isRegularFile(real)) {
                    errors.add(
                            SettingsFile.NAME,
                            line,
                            SOURCES_SETTING + " names '" + name + "', which is not a file in the guide folder");
                    continue;
                }
                // through the build's inputs: a changed source text is checked against again, never "nothing changed"
                String text = new String(source.inputs().read(file), StandardCharsets.UTF_8);
                texts.add(new SourceText(name, Arrays.asList(text.split("\r?\n", -1)), normalise(text)));
            } catch (IOException e) {
                errors.add(
                        SettingsFile.NAME,
                        line,
                        "cannot read " + name + ", named in " + SOURCES_SETTING + ": " + e.getMessage());
            }
        }
        return texts;
    }

    /** Whether the quotation occurs in one of the texts; the parts around an ellipsis must occur in order. */
    private static boolean occurs(String quotation, List<SourceText> texts) {
        String[] parts = ELLIPSIS.split(quotation);
        for (SourceText text : texts) {
            int from = 0;
            boolean all = true;
            for (String part : parts) {
                String wanted = normalise(part);
                if (wanted.isEmpty()) {
                    continue;
                }
                int at = text.normalised().indexOf(wanted, from);
                if (at < 0) {
                    all = false;
                    break;
                }
                from = at + wanted.length();
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower case, no quote marks, every dash a hyphen with no space around it, one space for any run of
     * whitespace, and no punctuation at either end (a quotation may stop before a source's full stop).
     */
    static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT)
                .replaceAll("[\"'‘’‚‛“”„‟`´]", "")
                .replaceAll("\\s*[-‐‑‒–—―]\\s*", "-")
                .replaceAll("\\s+", " ")
                .strip();
        return s.replaceAll("^[\\s.,;:!?]+|[\\s.,;:!?]+$", "");
    }

    /** " (nearest in notes.txt:12: “…”)": the run of source words most like the quotation's. */
    private static String nearest(String quotation, List<SourceText> texts) {
        List<String> wanted = words(quotation);
        if (wanted.isEmpty()) {
            return "";
        }
        String best = null;
        double bestScore = 0;
        for (SourceText text : texts) {
            for (int i = 0; i < text.lines().size(); i++) {
                // whole words only: a dash standing alone is no place to start or end a suggestion
                String[] raw = Arrays.stream(text.lines().get(i).strip().split("\\s+"))
                        .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                        .toArray(String[]::new);
                int size = Math.min(raw.length, wanted.size());
                for (int start = 0; start + size <= raw.length; start++) {
                    List<String> window = words(String.join(" ", Arrays.copyOfRange(raw, start, start + size)));
                    double score = overlap(wanted, window);
                    if (score > bestScore) {
                        bestScore = score;
                        best = text.name() + ":" + (i + 1) + ": “"
                                + String.join(" ", Arrays.copyOfRange(raw, start, start + size)) + "”";
                    }
                }
            }
        }
        return best == null ? "" : "; nearest passage: " + best;
    }

    private static List<String> words(String text) {
        return Arrays.stream(normalise(text).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** The share of the quotation's words found in the window, each used once. */
    private static double overlap(List<String> wanted, List<String> window) {
        List<String> left = new ArrayList<>(window);
        int hits = 0;
        for (String word : wanted) {
            if (left.remove(word)) {
                hits++;
            }
        }
        return (double) hits / wanted.size();
    }

    private static String names(List<SourceText> texts) {
        return String.join(", ", texts.stream().map(SourceText::name).toList());
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
