package org.kotkinguide.macros;

import java.nio.file.Path;
import java.util.List;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;
import org.kotkinguide.model.Usage;

/**
 * Where a macro stands: the page (from attributes our engine sets on the document), the file line
 * (the enclosing block's line, then the first line from there that holds the macro), and the
 * enclosing section, for "Appears in" and bibliography back-links.
 */
public record MacroSite(Document document, String file, int line, Usage usage, String rootPath, boolean inTitle) {

    public static final String SOURCE_ATTRIBUTE = "guide-source";
    public static final String PAGE_ATTRIBUTE = "guide-page";
    public static final String ROOT_ATTRIBUTE = "guide-root";

    public static MacroSite of(ContentNode parent, String macroText, GuideSource source) {
        return of(parent, macroText, macroText, source);
    }

    /**
     * As {@link #of(ContentNode, String, GuideSource)}, at the first line from the block's start that holds
     * {@code wholeMacro} (the macro with its bracket text, so that of two citations of one key in a
     * paragraph each is found at its own line), else {@code macroText}.
     */
    public static MacroSite of(ContentNode parent, String wholeMacro, String macroText, GuideSource source) {
        Document document = parent.getDocument();
        String file = String.valueOf(document.getAttribute(SOURCE_ATTRIBUTE, "(unknown file)"));
        Page page = source.page(source.folder().resolve(file));
        List<String> lines = page == null ? null : page.lines();
        int line = lineOf(parent, wholeMacro, lines);
        if (lines != null && (line == 0 || !lines.get(line - 1).contains(wholeMacro))) {
            line = lineOf(parent, macroText, lines);
        }
        if (lines != null && (line == 0 || !lines.get(line - 1).contains(macroText))) {
            // not in the page: in a partial it includes, whose own line it is said at (Asciidoctor places an
            // included block at the include's line, in the page)
            Place inPartial = partialHolding(lines, wholeMacro, macroText, source);
            if (inPartial != null) {
                file = inPartial.file();
                line = inPartial.line();
            }
        }
        Section section = enclosingSection(parent);
        // a macro in a title is converted while the title is: reading the title here would convert it again
        // and call the macro again, without end (see inTitle)
        boolean inTitle = inTitle(parent);
        Usage usage = new Usage(
                String.valueOf(document.getAttribute(PAGE_ATTRIBUTE, "")),
                inTitle ? "" : String.valueOf(document.getDoctitle()),
                section == null ? "" : section.getId(),
                section == null || inTitle ? "" : text(section.getTitle()));
        return new MacroSite(
                document, file, line, usage, String.valueOf(document.getAttribute(ROOT_ATTRIBUTE, "")), inTitle);
    }

    /**
     * A section title's text. Most titles are already plain (no markup, no character reference, no
     * run of spaces) and are used as they are: parsing one per macro was a twentieth of converting.
     */
    static String text(String titleHtml) {
        boolean plain = titleHtml.equals(titleHtml.strip())
                && titleHtml
                        .chars()
                        .noneMatch(c -> c == '<' || c == '&' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
                && !titleHtml.contains("  ");
        return plain ? titleHtml : org.jsoup.Jsoup.parse(titleHtml).text();
    }

    /**
     * Whether the macro stands in a section's or the page's title, not in a block: Asciidoctor hands it the
     * section or the document itself. A title shows its words only, no link or tooltip: a heading is no
     * place for them, and its text is also the contents', the outline's and the search results'.
     */
    private static boolean inTitle(ContentNode parent) {
        return parent instanceof Section || parent instanceof Document;
    }

    /**
     * Whether the macro's use is noted for "Appears in" and the bibliography's back-links: on the site
     * (the PDF's pass would note each again), and not in a title, which shows the macro's words only.
     */
    public boolean notesUse() {
        return html() && !inTitle;
    }

    /** True when converting to HTML (the site), false for other backends (the PDF). */
    public boolean html() {
        return String.valueOf(document.getAttribute("backend", "html5")).startsWith("html");
    }

    /** A page-unique number for a tooltip's id. */
    public int nextTipNumber() {
        int next = Integer.parseInt(String.valueOf(document.getAttribute("guide-tip-count", "0"))) + 1;
        document.setAttribute("guide-tip-count", String.valueOf(next), true);
        return next;
    }

    private static final java.util.regex.Pattern INCLUDE = java.util.regex.Pattern.compile("^include::([^\\[]+)\\[");

    /** A line of a partial: its file, relative to the guide's folder, and its number. */
    public record Place(String file, int line) {}

    /**
     * The first line of a partial the page's {@code lines} include that holds {@code text}, or null:
     * where a mistake Asciidoctor reports without a line (an unknown attribute) was written.
     */
    public static Place partialHolding(List<String> lines, String text, GuideSource source) {
        return partialHolding(lines, text, text, source);
    }

    /** The first line of a partial the page includes that holds the macro, or null. */
    private static Place partialHolding(List<String> lines, String wholeMacro, String macroText, GuideSource source) {
        Path guide = source.folder().toAbsolutePath().normalize();
        for (String include : includes(lines)) {
            Path partial = guide.resolve(include).normalize();
            List<String> partialLines = readLines(partial);
            for (int i = 0; i < partialLines.size(); i++) {
                if (partialLines.get(i).contains(wholeMacro)
                        || partialLines.get(i).contains(macroText)) {
                    return new Place(guide.relativize(partial).toString().replace('\\', '/'), i + 1);
                }
            }
        }
        return null;
    }

    /** The files a page's lines include, as written (an include's path starts at the guide's folder). */
    private static List<String> includes(List<String> lines) {
        List<String> found = new java.util.ArrayList<>();
        for (String line : lines) {
            java.util.regex.Matcher m = INCLUDE.matcher(line.strip());
            if (m.find() && !m.group(1).contains("://")) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static List<String> readLines(Path file) {
        try {
            return java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
            return List.of();
        }
    }

    private static int lineOf(ContentNode node, String macroText, List<String> fileLines) {
        int start = 0;
        for (ContentNode n = node; n != null; n = n.getParent()) {
            if (n instanceof StructuralNode block) {
                Cursor cursor = block.getSourceLocation();
                if (cursor != null && cursor.getLineNumber() > 0) {
                    start = cursor.getLineNumber();
                    break;
                }
            }
        }
        if (fileLines != null) {
            for (int i = Math.max(start - 1, 0); i < fileLines.size(); i++) {
                if (fileLines.get(i).contains(macroText)) {
                    return i + 1;
                }
            }
        }
        return start;
    }

    private static Section enclosingSection(ContentNode node) {
        for (ContentNode n = node; n != null; n = n.getParent()) {
            if (n instanceof Section section) {
                return section;
            }
        }
        return null;
    }
}
