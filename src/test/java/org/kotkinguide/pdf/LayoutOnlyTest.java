package org.kotkinguide.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.support.GuideFolders;

/**
 * A book that names pages ("Answer: A.1.1, p. 7") is first converted only to find where its
 * questions and answers land. That conversion lays the book out without writing a PDF; it must find
 * the very pages a written PDF puts them on, or every book would be converted a third time.
 */
@Tag("integration")
class LayoutOnlyTest {
    @TempDir
    Path work;

    @Test
    void laying_the_book_out_only_finds_the_pages_its_written_pdf_puts_each_question_and_answer_on()
            throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        // pages of text, a table and a sidebar before the self-check, so its questions and answers
        // land pages apart, after blocks asciidoctor-pdf measures before it places them
        LongerChapter.pushDown(
                guide.resolve("content/chapters/sources.adoc"),
                40,
                "|===\n|Year |Event\n|1925 |Locarno\n|1926 |Berlin\n|===\n\n"
                        + ".A sidebar\n****\nKept together where it fits.\n****\n\n");
        GuideSource source = GuideLoader.load(guide);
        ContentErrors errors = new ContentErrors();
        PdfExport export = new PdfExport(source, errors);

        // the student edition: its questions name their answers' pages in an appendix, and back
        Map<String, String> laidOut = export.firstPages(Edition.STUDENT, true, work.resolve("laid-out.pdf"));
        Map<String, String> written = export.firstPages(Edition.STUDENT, false, work.resolve("written.pdf"));
        assertTrue(errors.all().isEmpty(), errors.all().toString());
        assertEquals(written, laidOut);
        assertEquals(2, written.size(), "the question and its answer, each named by page: " + written);
        assertEquals(2, new HashSet<>(written.values()).size(), "pages apart: " + written);
    }
}
