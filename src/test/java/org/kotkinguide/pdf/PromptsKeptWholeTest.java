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
 * p. N" line on the same page, never that line alone at the top of the next, and the prompts' heading
 * above the first of them, not alone at the foot of the page before.
 */
@Tag("integration")
class PromptsKeptWholeTest {
    @TempDir
    Path work;

    private static final int SETS = 16;

    @Test
    void each_essay_prompt_and_the_line_naming_its_marking_guide_share_a_page_and_a_heading_goes_with_its_first()
            throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        // sets of prompts of 3-9 lines under headings of their own, paragraphs between: over several pages,
        // the pages' ends fall inside prompts and between a heading and its first prompt
        StringBuilder prompts = new StringBuilder();
        for (int set = 1; set <= SETS; set++) {
            prompts.append("== Set ").append(set).append(" of prompts\n\n");
            for (int n = 1; n <= 1 + set % 2; n++) {
                String prompt = set + "." + n;
                prompts.append(". Prompt ").append(prompt).append(" begins here.");
                prompts.append(" Weigh the evidence of the reading and of the background with care."
                        .repeat(2 + (set * 3 + n) % 7));
                prompts.append(" End of prompt ")
                        .append(prompt)
                        .append("?\n+\n.What a strong answer does\n[.marking-guide%collapsible]\n====\n")
                        .append("It answers prompt ")
                        .append(prompt)
                        .append(" from the reading.\n====\n\n");
            }
            prompts.append("A paragraph after set ")
                    .append(set)
                    .append(". ")
                    .append("More words move the next set down the page. ".repeat(set % 5))
                    .append("\n\n");
        }
        Path sources = guide.resolve("content/chapters/sources.adoc");
        Files.writeString(sources, Files.readString(sources).replace("[#self-check]\n", prompts + "[#self-check]\n"));
        ContentErrors errors = new ContentErrors();
        Path file = work.resolve("book.pdf");

        new PdfExport(GuideLoader.load(guide), errors).book(Edition.STUDENT, file);

        assertTrue(errors.all().isEmpty(), errors.all().toString());
        try (PDDocument pdf = Pdf.open(file)) {
            int first = Pdf.pageOf(pdf, "Prompt 1.1 begins here.");
            int last = Pdf.pageOf(pdf, "Prompt " + SETS + ".1 begins here.");
            assertTrue(last > first + 2, "the prompts run over several pages: pages " + first + " to " + last);
            for (int set = 1; set <= SETS; set++) {
                for (int n = 1; n <= 1 + set % 2; n++) {
                    String prompt = set + "." + n;
                    int page = Pdf.pageOf(pdf, "Prompt " + prompt + " begins here.");
                    String text =
                            Pdf.text(pdf, page, page).replace('\u00A0', ' ').replaceAll("\\s+", " ");
                    assertTrue(
                            text.contains("End of prompt " + prompt + "? What a strong answer does, p. "),
                            "prompt " + prompt + " starts on page " + page + " and ends with its link there: " + text);
                    if (n == 1) {
                        assertTrue(
                                text.contains("Set " + set + " of prompts 1. Prompt " + prompt + " begins"),
                                "the heading of set " + set + " is on page " + page + " above its first prompt: "
                                        + text);
                    }
                }
            }
        }
    }
}
