package org.kotkinguide.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** Reads PDFs with PDFBox, as the PDF tests need them. */
public final class Pdf {
    private Pdf() {}

    public static PDDocument open(Path file) {
        try {
            return Loader.loadPDF(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of pages {@code from} to {@code to} (1-based, inclusive). */
    public static String text(PDDocument pdf, int from, int to) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page number printed on the 1-based page {@code page} (its page label), e.g. "ii" or "17". */
    public static String label(PDDocument pdf, int page) {
        try {
            var labels = pdf.getDocumentCatalog().getPageLabels();
            return labels == null ? String.valueOf(page) : labels.getLabelsByPageIndices()[page - 1];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based page whose printed number is {@code label}, or 0. */
    public static int pageLabelled(PDDocument pdf, String label) {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (label(pdf, page).equals(label)) {
                return page;
            }
        }
        return 0;
    }

    /** What a reader sees in the top margin of the 1-based page {@code page}: its running header. */
    public static String header(PDDocument pdf, int page, float marginPoints) {
        try {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            var box = pdf.getPage(page - 1).getMediaBox();
            stripper.addRegion("header", new java.awt.geom.Rectangle2D.Float(0, 0, box.getWidth(), marginPoints));
            stripper.extractRegions(pdf.getPage(page - 1));
            return stripper.getTextForRegion("header").strip().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based page a link or bookmark leads to, or 0 when it leads nowhere in the document. */
    public static int target(PDDocument pdf, PDDestination destination) {
        try {
            if (destination instanceof PDNamedDestination named) {
                destination = pdf.getDocumentCatalog().findNamedDestinationPage(named);
            }
            return destination instanceof PDPageDestination page ? page.retrievePageNumber() + 1 : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based page of each internal link on the 1-based page {@code page}. */
    public static List<Integer> linkTargets(PDDocument pdf, int page) {
        try {
            List<Integer> targets = new ArrayList<>();
            for (PDAnnotation annotation : pdf.getPage(page - 1).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    PDDestination destination = link.getDestination();
                    if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
                        destination = goTo.getDestination();
                    }
                    if (destination != null) {
                        targets.add(target(pdf, destination));
                    }
                }
            }
            return targets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first page (from 1) of each top-level bookmark (chapter or appendix), by title, in order. */
    public static java.util.Map<String, Integer> bookmarks(PDDocument pdf) {
        java.util.Map<String, Integer> starts = new java.util.LinkedHashMap<>();
        try {
            for (var item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                var start = item.findDestinationPage(pdf);
                if (start != null
                        && !item.getTitle().equals(pdf.getDocumentInformation().getTitle())) {
                    starts.put(item.getTitle(), pdf.getPages().indexOf(start) + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return starts;
    }

    /** The 1-based page that holds {@code text} (spaces and line breaks counted as one space), or 0. */
    public static int pageOf(PDDocument pdf, String text) {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (text(pdf, page, page).replaceAll("\\s+", " ").contains(text)) {
                return page;
            }
        }
        return 0;
    }

    /** The first page (from 1) whose text, white space folded, has a match of {@code pattern}; 0 if none. */
    public static int pageMatching(PDDocument pdf, java.util.regex.Pattern pattern) {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (pattern.matcher(text(pdf, page, page).replaceAll("\\s+", " ")).find()) {
                return page;
            }
        }
        return 0;
    }

    public static String text(PDDocument pdf) {
        return text(pdf, 1, pdf.getNumberOfPages());
    }

    public static String text(Path file) {
        try (PDDocument pdf = open(file)) {
            return text(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The 1-based pages whose body (between the running header and the footer, each {@code 0.55in})
     * holds text, but no more than three lines of it: a question or a paragraph's tail left alone. A
     * page with no text at all is a deliberate blank, and a page a chapter or appendix starts on (a
     * bookmark's) may be short: a short appendix is not a leftover.
     */
    public static List<Integer> nearlyEmptyPages(PDDocument pdf) {
        List<Integer> pages = new ArrayList<>();
        try {
            java.util.Set<Integer> starts = new java.util.HashSet<>(List.of(1));
            var outline = pdf.getDocumentCatalog().getDocumentOutline();
            if (outline != null) {
                for (var item : outline.children()) {
                    var start = item.findDestinationPage(pdf);
                    if (start != null) {
                        starts.add(pdf.getPages().indexOf(start) + 1);
                    }
                }
            }
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                if (starts.contains(page)) {
                    continue;
                }
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                var box = pdf.getPage(page - 1).getMediaBox();
                float margin = 0.55f * 72;
                stripper.addRegion(
                        "body",
                        new java.awt.geom.Rectangle2D.Float(0, margin, box.getWidth(), box.getHeight() - 2 * margin));
                stripper.extractRegions(pdf.getPage(page - 1));
                long lines = stripper.getTextForRegion("body")
                        .lines()
                        .filter(l -> !l.isBlank())
                        .count();
                if (lines > 0 && lines <= 3) {
                    pages.add(page);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }
}
