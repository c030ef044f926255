package org.kotkinguide.pdf;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Pdf;

/**
 * A student on paper follows "Answer 1.1, p. 7" to page 7 and finds the answer there, and "Back to
 * question 1.1, p. 3" back to the question. The book is converted once; each number is written in
 * where its link's text ends once the book is laid out, and reads in its place in the page's text.
 */
@Tag("integration")
class PageNumberFormsTest {
    @TempDir
    Path work;

    @Test
    void each_page_a_question_or_an_answer_names_is_the_printed_page_it_is_on() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        // pages of text, a table and a sidebar before the self-check, so its question and its answer in
        // the appendix land pages apart, after blocks asciidoctor-pdf measures before it places them
        LongerChapter.pushDown(
                guide.resolve("content/chapters/sources.adoc"),
                40,
                "|===\n|Year |Event\n|1925 |Locarno\n|1926 |Berlin\n|===\n\n"
                        + ".A sidebar\n****\nKept together where it fits.\n****\n\n");
        // the placeholder's own look, written by an author, with no link: printed as written
        Files.writeString(
                guide.resolve("content/chapters/mouths.adoc"),
                "\nThe old edition's index sends the reader to p.{nbsp}999.\n",
                StandardOpenOption.APPEND);
        ContentErrors errors = new ContentErrors();
        Path file = work.resolve("book.pdf");

        new PdfExport(GuideLoader.load(guide), errors).book(Edition.STUDENT, file);

        assertTrue(errors.all().isEmpty(), errors.all().toString());
        try (PDDocument pdf = Pdf.open(file)) {
            String text = Pdf.text(pdf).replace('\u00A0', ' ').replaceAll("\\s+", " ");
            Matcher answer = Pattern.compile("Where do most rivers begin\\? Answer (\\S+), p\\. (\\d+)")
                    .matcher(text);
            assertTrue(answer.find(), "the question names its answer's page: " + text);
            int answerPage = Pdf.pageLabelled(pdf, answer.group(2));
            assertTrue(
                    Pdf.text(pdf, answerPage, answerPage).contains("In hills, fed by springs"),
                    "page " + answer.group(2) + " holds the answer");

            Matcher back = Pattern.compile("Back to question " + Pattern.quote(answer.group(1)) + ", p\\. (\\d+)")
                    .matcher(text);
            assertTrue(back.find(), "the answer names its question's page: " + text);
            int questionPage = Pdf.pageLabelled(pdf, back.group(1));
            assertTrue(
                    Pdf.text(pdf, questionPage, questionPage).contains("Where do most rivers begin?"),
                    "page " + back.group(1) + " holds the question");
            assertNotEquals(questionPage, answerPage, "pages apart");

            assertTrue(text.contains("index sends the reader to p. 999."), "the author's own words: " + text);
        }
    }
}
