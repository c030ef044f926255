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
    /**
     * A macro as a reader would see it: its opening, then its bracket text when it closes soon (a PDF
     * may break a hyphenated target across lines).
     */
    private static final Pattern SHOWN =
            Pattern.compile("(?<![\\w-])(term|cite):([\\w.-]+(?:-\\s+[\\w.-]+)*)\\[([^\\]\\[]{0,80}\\])?");

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
                if (mayShowMacro(html) && SHOWN.matcher(html).find()) {
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
        return text.contains("term:") || text.contains("cite:");
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
        while (m.find()) {
            add(shown(m), name + ":" + (lineHolding(lines, m.group(1) + ":" + m.group(2) + "[") + 1), name);
        }
    }

    /** The macro as typed, as far as the output shows it: "term:stresemann[Gustav Stresemann]". */
    private static String shown(Matcher m) {
        return m.group(1) + ":" + m.group(2).replaceAll("-\\s+", "-") + "["
                + (m.group(3) == null ? "" : m.group(3).replaceAll("\\s+", " "));
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
     * for its opening: "term:delta[" is in many pages, mostly converted.
     */
    private String sourcePlace(String macro, String uri) {
        List<Page> pages = source.pages().values().stream()
                .sorted(java.util.Comparator.comparing(Page::displayName))
                .toList();
        String opening = macro.substring(0, macro.indexOf('[') + 1);
        List<Page> own = pages.stream().filter(p -> p.uri().equals(uri)).toList();
        for (List<Page> among : List.of(own, pages)) {
            for (String text : List.of(macro, opening)) {
                if (among == pages && text == opening && !macro.equals(opening)) {
                    continue;
                }
                for (Page page : among) {
                    int line = lineHolding(page.lines(), text);
                    if (line >= 0) {
                        return page.displayName() + '\u0000' + (line + 1);
                    }
                }
            }
        }
        return "";
    }

    /**
     * The first line that holds {@code text}, preferring one where it stands in an attribute, which no macro
     * is converted in: a picture's alternative text ({@code image::river.png["A term:delta[] at dusk"]}) or a
     * block's attribute line. A page often holds the same macro converted in its prose, higher up.
     */
    private static int lineHolding(List<String> lines, String text) {
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = line.indexOf(text);
            if (at < 0) {
                continue;
            }
            if (line.startsWith("[") || line.lastIndexOf("image:", at) >= 0) {
                return i;
            }
            if (first < 0) {
                first = i;
            }
        }
        return first;
    }

    /** Adds an error for each macro found; returns how many there were. */
    public int report(ContentErrors errors) {
        found.forEach((key, outputs) -> {
            String[] parts = key.split("\u0000");
            String macro = parts[0];
            String shownIn = String.join(", ", outputs.subList(0, Math.min(outputs.size(), 6)))
                    + (outputs.size() > 6 ? " and " + (outputs.size() - 6) + " more" : "");
            String message = macro + " is printed as typed, not converted, in " + shownIn
                    + " (macros are converted in a page's text, not in front-matter values, passthroughs or templates;"
                    + " to show one as typed, put it in a listing block or a code span: `+" + macro + "+`)";
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
