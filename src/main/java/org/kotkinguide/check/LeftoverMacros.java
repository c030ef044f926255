package org.kotkinguide.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;

/**
 * No output may show a {@code term:} or {@code cite:} macro as it was typed: a student reading
 * "term:stresemann[Gustav Stresemann]" in a page, the PDF or the EPUB sees markup, not a link. Each
 * one left is an error at the source line that holds it (where the build can find it), naming the
 * outputs it shows in. A macro shown as code (in a listing or a {@code `code span`}) is meant to be
 * read as typed and is left alone.
 */
public final class LeftoverMacros {
    /** A macro's target, which a PDF may break at a hyphen across lines; and its bracket, which may not close soon. */
    private static final String TARGET = "[\\w.-]+(?:-\\s+[\\w.-]+)*";

    private static final String BRACKET = "\\[(?:[^\\]\\[]{0,80}\\])?";

    /**
     * A macro as a reader would see it: its opening, then its bracket text when it closes soon (a PDF
     * may break a hyphenated target across lines). Also what an author meant as a macro but typed so
     * that Asciidoctor left it as text: wrapped onto the next line before its bracket or after its colon
     * ("cite:smith2020" then "[12]"), with a space after the colon, round brackets, no target
     * ("cite:[smith2020, 12]") or a capital ("Cite:").
     */
    /** A header attribute's entry, {@code :jbake-summary: }, before a macro on its line: its value is never converted. */
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:[\\w-]+:\\s");

    private static final Pattern SHOWN = Pattern.compile("(?<![\\w/-])(?i:term|cite):(?:" + TARGET + "(?:\\s*" + BRACKET
            + "|\\([^()]{0,80}\\))?" + "|\\s+" + TARGET + BRACKET + "|" + BRACKET + ")");

    /**
     * An attribute reference with a dot in its name ("{guide.title}"), which Asciidoctor prints as typed
     * without a warning (no attribute name has a dot): a setting of jbake.properties is not an attribute.
     */
    private static final Pattern ATTRIBUTE_SHOWN = Pattern.compile("\\{[A-Za-z_][\\w-]*(?:\\.[\\w-]+)+\\}");

    /** A macro as the build converts it: lower case, its target, then its bracket, on one line. */
    private static final Pattern WELL_FORMED = Pattern.compile("(term|cite):[\\w.-]+\\[[^\\]]*\\]");

    /**
     * The site's pages a check read and found no macro in, kept from one build to the next (the
     * preview's, the warm build server's): a page that is still the same file ({@link FileIdentity}) is
     * passed unread. An edit makes a handful of the site's files anew, and reading every page again was a
     * tenth of a one-chapter rebuild at 200 chapters.
     */
    public static final class Passed {
        /** By the page's place in the site. */
        private Map<String, FileIdentity> pages = Map.of();
    }

    private final GuideSource source;
    private final Passed passed;
    /** Each macro left, by the source place it comes from, with the outputs it shows in. */
    private final Map<String, List<String>> found = new LinkedHashMap<>();
    /** Macros that some output shows as code: the PDF's text cannot tell code from prose, so these pass there. */
    private final java.util.Set<String> asCode = new java.util.HashSet<>();

    /** A check that passes unread the pages {@code passed} holds, and keeps there the ones it passes. */
    public LeftoverMacros(GuideSource source, Passed passed) {
        this.source = source;
        this.passed = passed;
    }

    /** Every HTML page of the site in {@code site} (the search index is made from them). */
    public LeftoverMacros site(Path site) {
        Map<String, FileIdentity> passedNow = new java.util.HashMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file :
                    walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String name = site.relativize(file).toString().replace('\\', '/');
                FileIdentity identity = FileIdentity.of(file);
                FileIdentity before = passed.pages.get(name);
                if (before != null && identity.sameFileAs(before)) {
                    passedNow.put(name, identity);
                    continue;
                }
                String html = Files.readString(file, StandardCharsets.UTF_8);
                // converted macros hold no colon (see TipLink.inert): most pages are passed without parsing,
                // and without the pattern, whose look-behind at every character was a tenth of an edit's rebuild
                if ((mayShowMacro(html) && SHOWN.matcher(html).find())
                        || (html.indexOf('{') >= 0
                                && ATTRIBUTE_SHOWN.matcher(html).find())) {
                    readHtml(html, name);
                } else {
                    passedNow.put(name, identity);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        passed.pages = passedNow;
        return this;
    }

    /** Whether {@code text} holds what every macro {@link #SHOWN} starts with: a plain search, much quicker than the pattern. */
    private static boolean mayShowMacro(String text) {
        // one pass over the colons, few in a page, in any case: a search for each spelling took five times as long
        for (int at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
            if (at >= 4
                    && (text.regionMatches(true, at - 4, "term", 0, 4)
                            || text.regionMatches(true, at - 4, "cite", 0, 4))) {
                return true;
            }
        }
        return false;
    }

    /** Every XHTML file of the EPUB {@code epub}. */
    public LeftoverMacros epub(Path epub) {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xhtml")) {
                    String xhtml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    if (SHOWN.matcher(xhtml).find()) {
                        readHtml(xhtml, epub.getFileName() + " (" + entry.getName() + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Every page of the PDF {@code pdf}; read after the site and the EPUB, which tell macros shown as code. */
    public LeftoverMacros pdf(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                Matcher m = SHOWN.matcher(stripper.getText(document));
                while (m.find()) {
                    String macro = shown(m);
                    if (!asCode.contains(macro)) {
                        add(macro, pdf.getFileName() + " page " + page, null);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void readHtml(String html, String name) {
        Document page = Jsoup.parse(html);
        page.select("pre, code").forEach(code -> {
            Matcher m = SHOWN.matcher(code.text());
            while (m.find()) {
                asCode.add(shown(m));
            }
            code.remove();
        });
        List<String> lines = html.lines().toList();
        // what a reader is also shown or read out: a picture's alternative text, a tooltip's title, a label
        String shown = page.text() + " "
                + String.join(" ", page.select("meta[content]").eachAttr("content")) + " "
                + String.join(" ", page.select("[alt]").eachAttr("alt")) + " "
                + String.join(" ", page.select("[title]").eachAttr("title")) + " "
                + String.join(" ", page.select("[aria-label]").eachAttr("aria-label"));
        Matcher m = SHOWN.matcher(shown);
        String joined = String.join("\n", lines);
        while (m.find()) {
            add(shown(m), name + ":" + (lineHolding(joined, typed(shown(m)), false) + 1), name);
        }
        Matcher attribute = ATTRIBUTE_SHOWN.matcher(shown);
        while (attribute.find()) {
            add(attribute.group(), name + ":" + (lineHolding(joined, typed(attribute.group()), false) + 1), name);
        }
    }

    /** The macro as far as the output shows it, white space as one space: "term:stresemann[Gustav Stresemann]". */
    private static String shown(Matcher m) {
        return m.group().replaceAll("-\\s+", "-").replaceAll("\\s+", " ");
    }

    /**
     * Where {@code macro} may stand in a page's text: a space in it was any white space there (a line
     * break, where an author wrapped it), and a hyphen may have been broken from the next line; a macro
     * shown without its bracket was followed by no bracket.
     */
    private static Pattern typed(String macro) {
        StringBuilder regex = new StringBuilder();
        for (String part : macro.split(" ", -1)) {
            if (regex.length() > 0) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(part).replace("-", "-\\E\\s*\\Q"));
        }
        if (!macro.contains("[") && !macro.contains("(") && !macro.endsWith("}")) {
            // not the same macro written right, nor one with round brackets; its bracket may be on the next
            // line, where Asciidoctor takes it for the next block's attributes
            regex.append("(?![\\w.(\\[-])");
        } else if (macro.endsWith("[")) {
            // its bracket does not close: not one that does, on the same line, written right
            regex.append("(?![^\\]\\n]*\\])");
        }
        return Pattern.compile(regex.toString());
    }

    /** Records {@code macro} as shown in output {@code where}, made from the page at {@code uri} (null for a PDF page). */
    private void add(String macro, String where, String uri) {
        List<String> outputs =
                found.computeIfAbsent(macro + '\u0000' + sourcePlace(macro, uri), k -> new ArrayList<>());
        if (!outputs.contains(where)) {
            outputs.add(where);
        }
    }

    /**
     * "content/glossary/locarno.adoc\u000018": where the macro is typed, or "" when no source line holds it.
     * The page the output was made from is searched first, then every page for the whole macro, then
     * for its opening: "term:delta[" is in many pages, mostly converted. Among many pages, a place where
     * no macro is converted (see {@link #lineHolding}) wins over prose: a chapter's summary is shown on
     * the home page, and another page, first by name, may convert the same macro in its text.
     */
    private String sourcePlace(String macro, String uri) {
        List<Page> pages = source.pages().values().stream()
                .sorted(java.util.Comparator.comparing(Page::displayName))
                .toList();
        boolean whole = macro.endsWith("]") || !macro.contains("[");
        String opening = whole ? macro : macro.substring(0, macro.lastIndexOf('[') + 1);
        List<Page> own = pages.stream().filter(p -> p.uri().equals(uri)).toList();
        for (List<Page> among : List.of(own, pages)) {
            for (String text : List.of(macro, opening)) {
                if (among == pages && text == opening && !macro.equals(opening)) {
                    continue;
                }
                for (boolean unconvertedOnly : new boolean[] {true, false}) {
                    for (Page page : among) {
                        int line = lineHolding(String.join("\n", page.lines()), typed(text), unconvertedOnly);
                        if (line >= 0) {
                            return page.displayName() + '\u0000' + (line + 1);
                        }
                    }
                }
            }
        }
        return "";
    }

    /**
     * The line (from 0) where {@code typed} first starts in {@code text}, preferring one where it stands
     * in an attribute, which no macro is converted in: a picture's alternative text
     * ({@code image::river.png["A term:delta[] at dusk"]}), a block's attribute line or a header
     * attribute ({@code :jbake-summary: ...}). A page often holds the same macro converted in its prose,
     * higher up. -1 when it is nowhere, or, with {@code unconvertedOnly}, in no such place.
     */
    private static int lineHolding(String text, Pattern typed, boolean unconvertedOnly) {
        int first = -1;
        Matcher m = typed.matcher(text);
        while (m.find()) {
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            int line = (int)
                    text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            String before = text.substring(lineStart, m.start());
            if (text.startsWith("[", lineStart)
                    || before.contains("image:")
                    || ATTRIBUTE_ENTRY.matcher(before).find()) {
                return line;
            }
            if (first < 0) {
                first = line;
            }
        }
        return unconvertedOnly ? -1 : first;
    }

    /** What to do about {@code macro}, as the message's last words, in brackets. */
    private static String advice(String macro) {
        if (macro.startsWith("{")) {
            return " (an attribute's name has no dot: a page's own are set in its header, ':name: value', and the"
                    + " settings of jbake.properties are not attributes)";
        }
        if (WELL_FORMED.matcher(macro).matches()) {
            return " (macros are converted in a page's text, not in front-matter values, passthroughs or templates;"
                    + " to show one as typed, put it in a listing block or a code span: `+" + macro + "+`)";
        }
        return " (a macro is written term:ID[text] or cite:KEY[pages]: lower case, no space after the colon, square"
                + " brackets, all on one line; to show one as typed, put it in a code span: `+" + macro + "+`)";
    }

    /** Adds an error for each macro found; returns how many there were. */
    public int report(ContentErrors errors) {
        found.forEach((key, outputs) -> {
            String[] parts = key.split("\u0000");
            String macro = parts[0];
            String shownIn = String.join(", ", outputs.subList(0, Math.min(outputs.size(), 6)))
                    + (outputs.size() > 6 ? " and " + (outputs.size() - 6) + " more" : "");
            String message = macro + " is printed as typed, not converted, in " + shownIn + advice(macro);
            if (parts.length == 3) {
                errors.add(parts[1], Integer.parseInt(parts[2]), message);
            } else {
                String first = outputs.get(0);
                int colon = first.lastIndexOf(':');
                boolean numbered = colon > 0 && first.substring(colon + 1).matches("\\d+");
                errors.add(
                        numbered ? first.substring(0, colon) : first,
                        numbered ? Integer.parseInt(first.substring(colon + 1)) : 0,
                        message);
            }
        });
        return found.size();
    }
}
