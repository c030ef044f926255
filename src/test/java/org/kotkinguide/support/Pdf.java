package org.kotkinguide.support;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads PDFs with PDFBox, as the PDF tests need them. */
public final class Pdf {
    private Pdf() {
    }

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
}
