package org.kotkinguide.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Pdf;

/**
 * A teacher printing a handout never finds a block's label ("Background", "The guide infers") alone
 * at the foot of a page with the block's text on the next, nor a heading left there over such a label:
 * the label starts the page its text starts, and a heading over it goes with it.
 */
@Tag("integration")
class LabelsKeptWithTextTest {
    @TempDir
    Path work;

    private static final int BLOCKS = 30;

    @Test
    void every_label_is_on_the_page_its_text_starts_and_a_heading_over_one_goes_with_it() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        // paragraphs of different lengths between labelled blocks of three shapes, some right under a heading:
        // over several pages, the pages' ends fall just under a label and under a heading
        StringBuilder blocks = new StringBuilder();
        for (int n = 1; n <= BLOCKS; n++) {
            boolean headed = n % 3 == 0;
            if (headed) {
                blocks.append("== Heading ").append(n).append("\n\n");
            } else {
                blocks.append("Words before block ")
                        .append(n)
                        .append(". ")
                        .append("A line of text moves the next block down the page. ".repeat(n % 7))
                        .append("\n\n");
            }
            String start = "Block " + n + " begins here.";
            String more = " Its text runs on over several lines of the page.".repeat(3 + n % 4);
            switch (n % 3) {
                case 0 ->
                    blocks.append("[.background]\n").append(start).append(more).append("\n\n");
                case 1 ->
                    blocks.append("[.guide-infers]\n--\n")
                            .append(start)
                            .append(more)
                            .append("\n\nA second paragraph of the block.\n--\n\n");
                default ->
                    blocks.append("[.guide-infers]\n* ")
                            .append(start)
                            .append(more)
                            .append("\n* Another item.\n\n");
            }
        }
        Path sources = guide.resolve("content/chapters/sources.adoc");
        Files.writeString(sources, Files.readString(sources).replace("[#self-check]\n", blocks + "[#self-check]\n"));
        ContentErrors errors = new ContentErrors();
        Path file = work.resolve("book.pdf");

        new PdfExport(GuideLoader.load(guide), errors).book(Edition.STUDENT, file);

        assertTrue(errors.all().isEmpty(), errors.all().toString());
        try (PDDocument pdf = Pdf.open(file)) {
            int first = Pdf.pageOf(pdf, "Block 1 begins here.");
            int last = Pdf.pageOf(pdf, "Block " + BLOCKS + " begins here.");
            assertTrue(last > first + 3, "the blocks run over several pages: pages " + first + " to " + last);
            for (int n = 1; n <= BLOCKS; n++) {
                int page = Pdf.pageOf(pdf, "Block " + n + " begins here.");
                String text = Pdf.text(pdf, page, page).replace('\u00A0', ' ').replaceAll("\\s+", " ");
                String label = n % 3 == 0 ? "Background" : "The guide infers";
                String start = (n % 3 == 2 ? label + " • " : label + " ") + "Block " + n + " begins here.";
                assertTrue(
                        text.contains(n % 3 == 0 ? "Heading " + n + " " + start : start),
                        "block " + n + " starts on page " + page + " under its label"
                                + (n % 3 == 0 ? " and its heading" : "") + ": " + text);
            }
        }
    }
}
