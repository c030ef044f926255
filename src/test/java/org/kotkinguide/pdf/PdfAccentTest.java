package org.kotkinguide.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.settings.Accent;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Pdf;

/** The guide's one accent colour reaches the PDF, darkened for paper, whichever theme file it uses. */
@Tag("integration")
class PdfAccentTest {
    @TempDir
    Path work;

    @Test
    void the_accent_colours_the_pdf_s_headings_and_links_with_the_tool_s_theme() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        // no theme of its own: the tool's, out of the jar
        org.kotkinguide.pipeline.OutputFolder.delete(guide.resolve("templates"));
        org.kotkinguide.pipeline.OutputFolder.delete(guide.resolve("assets"));
        String plain = String.format(java.util.Locale.ROOT, "%.3f %.3f %.3f", 0x7A / 255.0, 0x24 / 255.0, 0x17 / 255.0);
        Files.writeString(
                guide.resolve("jbake.properties"),
                Files.readString(guide.resolve("jbake.properties")) + "\nguide.accent=#1f5fa8\n");

        BuildRun built = BuildRun.buildAll(guide, guide.resolve("target/site"));

        assertEquals(0, built.exitCode(), built.err());
        Accent paper = Accent.parse("#1f5fa8").forPaper();
        Set<String> colours = fillColours(guide.resolve("target/site/downloads/study-guide.pdf"));
        assertTrue(colours.contains(rg(paper)), rg(paper) + " among " + colours);
        assertFalse(colours.contains(plain), "the theme's own accent is gone: " + colours);
    }

    private static String rg(Accent colour) {
        return String.format(
                java.util.Locale.ROOT,
                "%.3f %.3f %.3f",
                colour.red() / 255.0,
                colour.green() / 255.0,
                colour.blue() / 255.0);
    }

    /** Every fill colour ({@code r g b rg}, or {@code scn} as Prawn writes it) the PDF's pages set, rounded to three places. */
    private static Set<String> fillColours(Path file) throws IOException {
        Set<String> colours = new HashSet<>();
        try (PDDocument pdf = Pdf.open(file)) {
            for (PDPage page : pdf.getPages()) {
                List<Object> operands = new ArrayList<>();
                PDFStreamParser parser = new PDFStreamParser(page);
                for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                    if (token instanceof Operator op) {
                        if (List.of("rg", "sc", "scn").contains(op.getName())
                                && operands.size() == 3
                                && operands.stream().allMatch(o -> o instanceof COSNumber)) {
                            colours.add(String.format(
                                    java.util.Locale.ROOT,
                                    "%.3f %.3f %.3f",
                                    ((COSNumber) operands.get(0)).floatValue(),
                                    ((COSNumber) operands.get(1)).floatValue(),
                                    ((COSNumber) operands.get(2)).floatValue()));
                        }
                        operands.clear();
                    } else {
                        operands.add(token);
                    }
                }
            }
        }
        return colours;
    }
}
