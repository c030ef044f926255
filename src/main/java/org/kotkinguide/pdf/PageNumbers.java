package org.kotkinguide.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/**
 * "p. 31" in a PDF: asciidoctor-pdf cannot print the page an id lands on, so the book names each
 * page through a document attribute, is converted once with a placeholder, and again with the
 * pages read from the first PDF's named destinations, as printed in its footers (its page labels).
 */
final class PageNumbers {
    /** Wide enough for any page of a study guide, so the second conversion breaks lines the same way. */
    static final String PLACEHOLDER = "999";

    private PageNumbers() {}

    /** The attribute reference that stands for the page of {@code anchor} in the text. */
    static String reference(String anchor) {
        return "{" + attribute(anchor) + "}";
    }

    static String attribute(String anchor) {
        return "page-of-" + anchor.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** Header lines that set each anchor's page: its printed number, or the placeholder while it is unknown. */
    static String attributes(List<String> anchors, Map<String, String> pages) {
        StringBuilder header = new StringBuilder();
        for (String anchor : anchors) {
            header.append(':')
                    .append(attribute(anchor))
                    .append(": ")
                    .append(pages.getOrDefault(anchor, PLACEHOLDER))
                    .append('\n');
        }
        return header.toString();
    }

    /** The printed page number (footer label) of each anchor in {@code pdf}; an anchor with no destination is left out. */
    static Map<String, String> read(PDDocument pdf, List<String> anchors) {
        try {
            Map<String, String> pages = new HashMap<>();
            var names = pdf.getDocumentCatalog().getNames();
            if (names == null || names.getDests() == null) {
                return pages;
            }
            PDPageLabels labels = pdf.getDocumentCatalog().getPageLabels();
            String[] byIndex = labels == null ? null : labels.getLabelsByPageIndices();
            for (String anchor : anchors) {
                PDPageDestination destination = names.getDests().getValue(anchor);
                if (destination == null) {
                    continue;
                }
                int index = destination.retrievePageNumber();
                pages.put(
                        anchor,
                        byIndex != null && index >= 0 && index < byIndex.length
                                ? byIndex[index]
                                : String.valueOf(index + 1));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
