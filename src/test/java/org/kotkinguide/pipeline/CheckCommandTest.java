package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.FolderSnapshot;
import org.kotkinguide.support.GuideFolders;

/**
 * An author (or a pre-commit hook, or CI) runs {@code check}: every mistake a build would find, as
 * {@code file:line:col: error: message} lines that editors and CI annotate, and nothing written. A
 * check that finds no error before it goes on to make the PDFs and the EPUB starts the PDF converter,
 * so those tests are in the integration tier; the mistakes found before that stay in the fast one.
 */
class CheckCommandTest {
    @TempDir
    Path work;

    @Test
    @Tag("integration")
    void a_clean_guide_passes_and_nothing_is_written_into_it() {
        Path guide = GuideFolders.fixture("minimal", work);
        Map<String, String> before = FolderSnapshot.of(guide);

        BuildRun run = BuildRun.run("check", "--source", guide.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("0 errors, 0 warnings"), run.err());
        assertEquals(before, FolderSnapshot.of(guide), "check writes no site, PDF or cache into the guide");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-term           | content/chapters/mouths.adoc:8:1: error: unknown glossary term 'deltta' (did you mean 'delta'?)
            page-out-of-range      | content/chapters/mouths.adoc:8:1: error: page 25 is outside the pages of author2020
            broken-cross-reference | content/chapters/mouths.adoc:10:1: error: cross reference to 'the-source'
            missing-image          | content/chapters/mouths.adoc:10:1: error: image 'delta-map.png' not found: there is no content/chapters/delta-map.png
            image-outside-content  | content/chapters/mouths.adoc:10:1: error: image '../../delta-map.png' is outside the content folder
            pdf-theme-not-yaml     | templates/pdf/study-guide-theme.yml:13:1: error: the PDF theme is not valid YAML:
            missing-front-matter   | content/chapters/mouths.adoc:1:1: error: no title: a page starts with its header
            """)
    void each_mistake_is_one_line_an_editor_can_jump_to_and_the_exit_code_is_1(String mistake, String line) {
        Path guide = GuideFolders.minimalWith("bad/" + mistake, work);

        BuildRun run = BuildRun.run("check", "--source", guide.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(
                run.out().lines().anyMatch(l -> l.startsWith(line)),
                "expected a line starting «" + line + "» in:\n" + run.out());
    }

    @Test
    void the_warnings_are_listed_beside_the_errors_of_a_guide_that_fails() throws java.io.IOException {
        Path guide = GuideFolders.minimalWith("unlinked-term", work);
        // and a mistake the conversion finds, after the warnings were worked out
        java.nio.file.Files.writeString(
                guide.resolve("content/chapters/mouths.adoc"),
                "\nSee term:deltta[].\n",
                java.nio.file.StandardOpenOption.APPEND);

        BuildRun run = BuildRun.run("check", "--source", guide.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(
                run.out().contains("content/chapters/mouths.adoc:8:1: warning: 'delta' is in the glossary"), run.out());
        assertTrue(run.out().contains("error: unknown glossary term 'deltta'"), run.out());
    }

    @Test
    // found by the PDF converter, which the first check that reaches it starts (half a minute)
    @Tag("integration")
    void an_image_only_the_pdf_converter_cannot_read_is_one_line_too() {
        each_mistake_is_one_line_an_editor_can_jump_to_and_the_exit_code_is_1(
                "image-the-pdf-cannot-read", "content/chapters/mouths.adoc:10:1: error:");
    }

    @Test
    @Tag("integration")
    void a_comma_in_an_image_s_alt_text_is_a_warning_that_says_to_quote_it() {
        Path guide = GuideFolders.minimalWith("image-alt-with-a-comma", work);

        BuildRun run = BuildRun.run("check", "--source", guide.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(
                run.out()
                        .contains(
                                "content/chapters/mouths.adoc:10:1: warning: image 'river.png': its width is 'and Italy',"
                                        + " not a number: a comma in the alt text starts a new attribute; put the alt text in"
                                        + " quotes, e.g. image::river.png[\"The rivers of Hungary, and Italy\"]"),
                run.out());
    }

    @Test
    @Tag("integration")
    void a_warning_is_listed_and_fails_only_with_warnings_as_errors() {
        Path guide = GuideFolders.minimalWith("unlinked-term", work);
        String warning = "content/chapters/mouths.adoc:8:1: warning: 'delta' is in the glossary";

        BuildRun lenient = BuildRun.run("check", "--source", guide.toString());
        BuildRun strict = BuildRun.run("check", "--source", guide.toString(), "--warnings-as-errors");

        assertEquals(0, lenient.exitCode(), lenient.err());
        assertTrue(lenient.out().startsWith(warning), lenient.out());
        assertEquals(1, strict.exitCode(), strict.err());
        assertTrue(strict.out().startsWith(warning), strict.out());
    }
}
