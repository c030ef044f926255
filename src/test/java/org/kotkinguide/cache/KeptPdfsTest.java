package org.kotkinguide.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.support.GuideFolders;

/**
 * What a kept PDF is keyed on. A teacher saves a picture while the book is being made (asciidoctor-pdf
 * reads pictures late), and puts the old one back after: the PDF that holds the new picture must not
 * come back under the old picture's key. A setting no book reads remakes none.
 */
class KeptPdfsTest {
    @TempDir
    Path work;

    @Test
    void a_pdf_whose_picture_changed_while_it_was_made_is_not_kept() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        GuideSource source = GuideLoader.load(guide);
        DiskCache disk = DiskCache.in(work.resolve(DiskCache.FOLDER), true);
        Path pdf = Files.writeString(work.resolve("book.pdf"), "%PDF- the book");
        String text = "= The book\n\nimage::chapters/river.png[]\n";

        KeptPdfs first = new KeptPdfs(disk, source);
        assertNull(first.restore(text, "student", pdf), "nothing kept yet");
        Path picture = guide.resolve("content/chapters/river.png");
        byte[] before = Files.readAllBytes(picture);
        Files.write(picture, new byte[] {1, 2, 3});
        first.keep(text, "student", pdf, 1);
        Files.write(picture, before);
        disk.flush();

        assertNull(new KeptPdfs(reopened(), source).restore(text, "student", pdf), "made again, not from the cache");

        // and one made while nothing changed is kept
        KeptPdfs second = new KeptPdfs(disk, source);
        assertNull(second.restore(text, "student", pdf));
        second.keep(text, "student", pdf, 1);
        disk.flush();
        assertEquals(1, new KeptPdfs(reopened(), source).restore(text, "student", pdf));
    }

    /**
     * A teacher switches {@code guide.pdf.edition} to the teacher edition: it only chooses which edition
     * is made beside the site, so the website's student book and handouts are kept.
     */
    @Test
    void choosing_the_teacher_edition_keeps_the_student_pdfs() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        DiskCache disk = DiskCache.in(work.resolve(DiskCache.FOLDER), true);
        Path pdf = Files.writeString(work.resolve("book.pdf"), "%PDF- the book");
        String text = "= The book\n\nRivers begin in hills.\n";
        new KeptPdfs(disk, GuideLoader.load(guide)).keep(text, "student", pdf, 1);
        disk.flush();

        Files.writeString(
                guide.resolve("jbake.properties"),
                "\nguide.pdf.edition=teacher\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertEquals(1, new KeptPdfs(reopened(), GuideLoader.load(guide)).restore(text, "student", pdf));

        // a setting a book reads still makes it again
        Files.writeString(
                guide.resolve("jbake.properties"),
                "\nguide.pdf.page-size=Letter\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertNull(new KeptPdfs(reopened(), GuideLoader.load(guide)).restore(text, "student", pdf));
    }

    /** The cache as the next build opens it. */
    private DiskCache reopened() {
        return DiskCache.in(work.resolve(DiskCache.FOLDER), true);
    }
}
