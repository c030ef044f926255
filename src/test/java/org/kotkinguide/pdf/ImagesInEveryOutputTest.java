package org.kotkinguide.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Pdf;

/**
 * An image's path is relative to the page that shows it, as on the site, and the same path works in
 * the PDF and the EPUB: one beside its chapter ({@code image::river.png[]}) and one in a shared
 * {@code images/} folder ({@code image::../images/map.png[]}). And the PDF keeps a table's column
 * widths ({@code [cols="1,2"]}), as the site does (look/BlockStylesTest).
 */
@Tag("integration")
class ImagesInEveryOutputTest {
    @TempDir
    static Path work;

    static Path site;
    static BuildRun run;

    @BeforeAll
    static void build() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.createDirectories(guide.resolve("content/images"));
        Files.copy(guide.resolve("content/chapters/river.png"), guide.resolve("content/images/map.png"));
        Path chapter = guide.resolve("content/chapters/mouths.adoc");
        Files.writeString(chapter, Files.readString(chapter) + "\nimage::../images/map.png[A map of the delta]\n");
        site = work.resolve("out/site");
        run = BuildRun.buildAll(guide, site);
    }

    @Test
    void an_image_beside_its_chapter_and_one_in_an_images_folder_are_in_the_site_the_pdf_and_the_epub()
            throws IOException {
        assertEquals(0, run.exitCode(), run.err());
        for (String page : List.of("chapters/sources.html", "chapters/mouths.html")) {
            for (String src : Jsoup.parse(Files.readString(site.resolve(page)))
                    .select("main img")
                    .eachAttr("src")) {
                assertTrue(
                        Files.isRegularFile(site.resolve(page).resolveSibling(src)),
                        page + " shows " + src + ", which the site lacks");
            }
        }
        try (PDDocument pdf = Pdf.open(site.resolve("downloads/study-guide.pdf"))) {
            assertEquals(2, images(pdf), "the PDF shows both images");
        }
        List<String> entries = new ArrayList<>();
        try (ZipFile epub =
                new ZipFile(site.resolve("downloads/study-guide.epub").toFile())) {
            for (ZipEntry entry : java.util.Collections.list(epub.entries())) {
                entries.add(entry.getName());
            }
        }
        assertTrue(entries.stream().anyMatch(e -> e.endsWith("chapters/river.png")), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.endsWith("images/map.png")), entries.toString());
    }

    @Test
    void the_pdf_gives_a_table_s_columns_the_widths_the_author_asked_for() throws IOException {
        assertEquals(0, run.exitCode(), run.err());
        // the header row of [cols="1,2"] "River | Where it begins": the second column starts a third of the way across
        Map<String, Float> x = new HashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                boolean first = text.strip().equals("River");
                if ((first || text.strip().startsWith("Where it begins")) && !positions.isEmpty()) {
                    x.putIfAbsent(first ? "first" : "second", positions.get(0).getXDirAdj());
                }
            }
        };
        try (PDDocument pdf = Pdf.open(site.resolve("downloads/study-guide.pdf"))) {
            stripper.getText(pdf);
            float width = pdf.getPage(0).getMediaBox().getWidth();
            assertTrue(x.containsKey("first") && x.containsKey("second"), x.toString());
            // the text area: the page less the theme's side margins (0.8in each)
            float text = width - 2 * 0.8f * 72;
            assertEquals(1 / 3.0, (x.get("second") - x.get("first")) / text, 0.04, x + " of " + text);
        }
    }

    private static int images(PDDocument pdf) throws IOException {
        int images = 0;
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }
}
