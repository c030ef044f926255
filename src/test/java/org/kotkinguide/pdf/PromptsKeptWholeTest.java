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
 * A student reading the essay prompts on paper finds each prompt and its "What a strong answer does,
 * p. N" line on the same page, never that line alone at the top of the next.
 */
@Tag("integration")
class PromptsKeptWholeTest {
    @TempDir
    Path work;

    private static final int PROMPTS = 14;

    @Test
    void each_essay_prompt_and_the_line_naming_its_marking_guide_share_a_page() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        // prompts of 4-10 lines: over several pages, the pages' ends fall inside some of them
        StringBuilder prompts = new StringBuilder("[#essays]\n== Essay prompts\n\n");
        for (int n = 1; n <= PROMPTS; n++) {
            prompts.append(". Prompt ").append(n).append(" begins here.");
            prompts.append(" Weigh the evidence of the reading and of the background with care.".repeat(3 + n % 7));
            prompts.append(" End of prompt ")
                    .append(n)
                    .append("?\n+\n.What a strong answer does\n")
                    .append("[.marking-guide%collapsible]\n====\nIt answers prompt ")
                    .append(n)
                    .append(" from the reading.\n====\n\n");
        }
        Path sources = guide.resolve("content/chapters/sources.adoc");
        Files.writeString(sources, Files.readString(sources).replace("[#self-check]\n", prompts + "[#self-check]\n"));
        ContentErrors errors = new ContentErrors();
        Path file = work.resolve("book.pdf");

        new PdfExport(GuideLoader.load(guide), errors).book(Edition.STUDENT, file);

        assertTrue(errors.all().isEmpty(), errors.all().toString());
        try (PDDocument pdf = Pdf.open(file)) {
            int first = Pdf.pageOf(pdf, "Prompt 1 begins here.");
            int last = Pdf.pageOf(pdf, "End of prompt " + PROMPTS + "?");
            assertTrue(last > first, "the prompts run over more than one page: pages " + first + " to " + last);
            for (int n = 1; n <= PROMPTS; n++) {
                int page = Pdf.pageOf(pdf, "Prompt " + n + " begins here.");
                String text = Pdf.text(pdf, page, page).replace('\u00A0', ' ').replaceAll("\\s+", " ");
                assertTrue(
                        text.contains("End of prompt " + n + "? What a strong answer does, p. "),
                        "prompt " + n + " starts on page " + page + " and ends with its link there: " + text);
            }
        }
    }
}
