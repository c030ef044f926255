package org.kotkinguide.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.kotkinguide.content.BuildInputs;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;

/**
 * The allowlist every link of a PDF passes, read on the PDF asciidoctor-pdf made (whatever in the
 * text made the link: a {@code link:} macro, a bare URL Asciidoctor linked, a URL in a BibTeX
 * field): a link goes to a place in the PDF, or to an {@code http:}, {@code https:} or
 * {@code mailto:} address. A link whose scheme can run script or open the reader's files
 * ({@code javascript:}, {@code file:}, {@code data:}, any scheme the site refuses too) is an error
 * at the line of the page (or {@code references.bib}) that wrote it; a link the site allows but a
 * PDF cannot follow ({@code tel:}, {@code ftp:}, a path in the site) stays as its words, unlinked.
 * Any other kind of action (launching a file, script, another document) is taken out.
 */
final class PdfLinks {
    /** The schemes a PDF's link may use. */
    static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    /** Schemes the site allows (see check/SafeHtml) that run no script: unlinked in a PDF, not refused. */
    private static final Set<String> HARMLESS = Set.of("tel", "ftp", "irc");

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    private PdfLinks() {}

    /**
     * Takes every link outside the allowlist out of {@code document}; each one that could run script or
     * open a file is an error at the source line that wrote it (else at {@code file}).
     */
    static void check(PDDocument document, GuideSource source, ContentErrors errors, Path file) {
        List<String> refused = new ArrayList<>();
        try {
            for (PDPage page : document.getPages()) {
                List<PDAnnotation> annotations = page.getAnnotations();
                List<PDAnnotation> kept = new ArrayList<>();
                for (PDAnnotation annotation : annotations) {
                    String verdict = verdict(annotation);
                    if (verdict == null) {
                        kept.add(annotation);
                    } else if (!verdict.isEmpty()) {
                        refused.add(verdict);
                    }
                }
                if (kept.size() != annotations.size()) {
                    page.setAnnotations(kept);
                }
            }
            // nothing runs when the PDF opens or closes, and it opens at a place, not an action
            var catalog = document.getDocumentCatalog();
            catalog.getCOSObject().removeItem(COSName.AA);
            if (catalog.getOpenAction() instanceof PDAction action && !(action instanceof PDActionGoTo)) {
                catalog.getCOSObject().removeItem(COSName.OPEN_ACTION);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String uri : refused.stream().distinct().toList()) {
            Place place = placeOf(source, uri);
            errors.add(
                    place == null ? "(pdf) " + file.getFileName() : place.file(),
                    place == null ? 0 : place.line(),
                    article(scheme(uri)) + " " + scheme(uri) + ": link ('" + shorten(uri) + "') in "
                            + file.getFileName() + ": a PDF links only to a place in it or to an http:, https:"
                            + " or mailto: address; write the address as one of those, or leave the link out");
        }
    }

    /**
     * Null to keep the annotation; "" to take it out quietly (its words stay); else the URI of a link
     * to refuse.
     */
    private static String verdict(PDAnnotation annotation) throws IOException {
        if (!(annotation instanceof PDAnnotationLink link)) {
            return null; // not a link: asciidoctor-pdf writes no other kind that acts
        }
        PDAction action = link.getAction();
        if (action == null) {
            return null; // a destination in the PDF
        }
        if (action instanceof PDActionGoTo) {
            return null;
        }
        if (!(action instanceof PDActionURI uri) || uri.getURI() == null) {
            return ""; // launch, script, another file: never a link of the text's
        }
        String scheme = scheme(uri.getURI());
        if (scheme != null && SCHEMES.contains(scheme)) {
            return null;
        }
        return scheme == null || HARMLESS.contains(scheme) ? "" : uri.getURI();
    }

    /** The URL's scheme, lower case, ignoring what a reader would ignore (spaces, tabs, newlines); null without one. */
    static String scheme(String url) {
        Matcher m = SCHEME.matcher(url.replaceAll("[\\s\\u0000-\\u001f]", ""));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private record Place(String file, int line) {}

    /** The first line of a page, or of the bibliography, that holds the URI (or its start, as it was typed). */
    private static Place placeOf(GuideSource source, String uri) {
        List<String> needles = List.of(uri, uri.length() > 24 ? uri.substring(0, 24) : uri);
        for (String needle : needles) {
            for (Page page : source.pages().values().stream()
                    .sorted(Comparator.comparing(Page::displayName))
                    .toList()) {
                int line = lineOf(page.lines(), needle);
                if (line > 0) {
                    return new Place(page.displayName(), line);
                }
            }
            Path bib = source.folder().resolve(source.settings().references());
            if (Files.isRegularFile(bib)) {
                try {
                    int line = lineOf(Files.readAllLines(bib, StandardCharsets.UTF_8), needle);
                    if (line > 0) {
                        return new Place(BuildInputs.place(source.inputs().guide(), bib), line);
                    }
                } catch (IOException e) {
                    // the bibliography was read to make the book; if it cannot be read now, name the PDF
                }
            }
        }
        return null;
    }

    private static int lineOf(List<String> lines, String needle) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String article(String word) {
        return word != null && "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String shorten(String url) {
        return url.length() > 60 ? url.substring(0, 57) + "..." : url;
    }
}
