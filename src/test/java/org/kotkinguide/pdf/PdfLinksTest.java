package org.kotkinguide.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.ContentError;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.FolderSnapshot;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Pdf;

/**
 * A PDF's links go only to a place in it or to an http:, https: or mailto: address: a link that could
 * run script or open the reader's files, wherever in the text it comes from, is refused at the line
 * that wrote it and no PDF is written; one the site allows but a PDF cannot follow stays as words.
 */
@Tag("integration")
class PdfLinksTest {
    @TempDir
    Path work;

    private static final String CHAPTER = """
            = Links Out
            :jbake-type: chapter
            :jbake-order: 3

            == Where to read more

            The https://example.org/rivers[river society] and mailto:teacher@example.org[the teacher] are links.
            A phone number, link:tel:+441234567890[call us], stays as words in the PDF,
            and link:glossary/index.html[the glossary on the site] too.
            """;

    /** A work whose address is a file on the teacher's disk. */
    private static final String LOCAL_FILE = """

            @misc{localfile,
              author = {Local, Some},
              title  = {Notes Kept on a Disk},
              year   = {2023},
              url    = {file:///home/teacher/notes.txt}
            }
            """;

    /** The minimal guide with {@code chapter} as its third chapter. */
    private Path guide(String chapter) throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(guide.resolve("content/chapters/links.adoc"), chapter);
        return guide;
    }

    @Test
    void the_pdf_links_only_to_its_own_places_and_to_web_and_mail_addresses() throws IOException {
        GuideSource source = GuideLoader.load(guide(CHAPTER));
        ContentErrors errors = new ContentErrors();
        Path file = work.resolve("study-guide.pdf");
        new PdfExport(source, errors).book(Edition.STUDENT, file);
        assertEquals(List.of(), errors.all());

        try (PDDocument pdf = Pdf.open(file)) {
            List<String> uris = new ArrayList<>();
            int inside = 0;
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        PDAction action = link.getAction();
                        if (action instanceof PDActionURI uri) {
                            uris.add(uri.getURI());
                        } else if (action == null || action instanceof PDActionGoTo) {
                            inside++;
                        } else {
                            uris.add("an action: " + action.getSubType());
                        }
                    }
                }
            }
            assertTrue(uris.contains("https://example.org/rivers"), uris.toString());
            assertTrue(uris.contains("mailto:teacher@example.org"), uris.toString());
            for (String uri : uris) {
                assertTrue(uri.matches("^(https?|mailto):.*"), "only web and mail addresses: " + uris);
            }
            assertTrue(inside > 0, "terms, citations and the contents link inside the PDF");
            String text = Pdf.text(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("A phone number, call us, stays as words"), "the unlinked words stay");
            assertTrue(text.contains("and the glossary on the site too"), text);
        }
    }

    @Test
    void a_link_that_could_run_script_or_open_a_file_is_refused_at_its_line_and_no_pdf_is_written() throws IOException {
        Path guide = guide(CHAPTER
                + "\nA link:javascript:alert(document.domain)[hostile link] here,\n"
                + "and link:file:///etc/passwd[a file on the disk].\n");
        // a work whose address is a file: Asciidoctor makes a link of it wherever the reference is set
        Files.writeString(guide.resolve("content/references.bib"), LOCAL_FILE, StandardOpenOption.APPEND);
        GuideSource source = GuideLoader.load(guide);
        ContentErrors errors = new ContentErrors();
        Path file = work.resolve("study-guide.pdf");
        new PdfExport(source, errors).book(Edition.STUDENT, file);

        List<String> said = errors.all().stream().map(ContentError::toString).toList();
        assertTrue(
                said.stream().anyMatch(e -> e.matches("^content/chapters/links\\.adoc:11: a javascript: link .*")),
                "the script link at its line: " + said);
        assertTrue(
                said.stream().anyMatch(e -> e.matches("^content/chapters/links\\.adoc:12: a file: link .*")),
                "the file link at its line: " + said);
        List<String> bib = Files.readAllLines(guide.resolve("content/references.bib"));
        int urlLine = bib.indexOf("  url    = {file:///home/teacher/notes.txt}") + 1;
        assertTrue(
                said.stream().anyMatch(e -> e.startsWith("content/references.bib:" + urlLine + ": a file: link")),
                "the work's address at its line of references.bib: " + said);
        assertFalse(Files.exists(file), "no PDF with a refused link is written");
    }

    @Test
    void a_build_whose_bibliography_gives_a_file_address_fails_at_its_line_and_keeps_the_last_site()
            throws IOException {
        // the site shows the address as text; the PDF, where Asciidoctor would make it a link, refuses it
        Path guide = GuideFolders.fixture("minimal", work);
        Path site = work.resolve("out/site");
        BuildRun first = BuildRun.buildAll(guide, site);
        assertEquals(0, first.exitCode(), first.err());
        var before = FolderSnapshot.of(site);
        Files.writeString(guide.resolve("content/references.bib"), LOCAL_FILE, StandardOpenOption.APPEND);
        BuildRun run = BuildRun.buildAll(guide, site);
        int urlLine = Files.readAllLines(guide.resolve("content/references.bib"))
                        .indexOf("  url    = {file:///home/teacher/notes.txt}")
                + 1;
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(
                run.err()
                        .contains("content/references.bib:" + urlLine
                                + ": a file: link ('file:///home/teacher/notes.txt')"),
                run.err());
        assertEquals(before, FolderSnapshot.of(site), "the last site is kept");
    }
}
