package org.kotkinguide.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;

/** A term: or cite: macro printed as typed in any output stops the build at the line that holds it. */
class LeftoverMacrosTest {
    @TempDir
    Path work;

    // makes the PDF and the EPUB, so it belongs to the integration tier
    @Tag("integration")
    @Test
    void a_macro_printed_as_typed_is_an_error_at_its_line_naming_the_page_the_pdf_and_the_epub() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(guide.resolve("content/chapters/shown.adoc"), """
                = Shown
                :jbake-type: chapter
                :jbake-order: 3

                A backslash printed \\term:delta[the delta] as typed.

                A listing shows the macro on purpose:

                ----
                term:estuary[the estuary]
                ----

                And so does a code span: `+cite:author2020[12]+`.
                """);
        BuildRun run = BuildRun.buildAll(guide, work.resolve("out/site"));
        assertNotEquals(0, run.exitCode());
        String error = run.err()
                .lines()
                .filter(l -> l.contains("term:delta["))
                .findFirst()
                .orElse(run.err());
        assertTrue(error.contains("content/chapters/shown.adoc:5: term:delta[the delta] is printed as typed"), error);
        for (String output :
                new String[] {"chapters/shown.html:", "all.html:", "study-guide.pdf page ", "study-guide.epub ("}) {
            assertTrue(error.contains(output), "names " + output + ": " + error);
        }
        assertFalse(run.err().contains("term:estuary["), "a listing shows a macro on purpose: " + run.err());
        assertFalse(run.err().contains("cite:author2020["), "so does a code span: " + run.err());
        assertFalse(Files.exists(work.resolve("out/site")), "a failed build publishes nothing");
    }

    @Test
    void a_macro_in_a_short_definition_is_printed_as_typed_and_named_at_its_front_matter_line() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Path estuary = guide.resolve("content/glossary/estuary.adoc");
        Files.writeString(
                estuary,
                Files.readString(estuary)
                        .replace(
                                ":jbake-short: The tidal mouth of a river.",
                                ":jbake-short: The tidal mouth of a term:delta[river]."));
        BuildRun run = BuildRun.build(guide, work.resolve("site"));
        assertNotEquals(0, run.exitCode());
        assertTrue(
                run.err()
                        .contains(
                                "content/glossary/estuary.adoc:4: term:delta[river] is printed as typed, not converted, in "),
                run.err());
        assertTrue(run.err().contains("glossary/estuary.html:"), run.err());
    }

    @Test
    void a_macro_in_a_chapters_summary_is_named_at_that_line_not_where_another_page_converts_it() throws IOException {
        // the summary is shown on the home page, made from no chapter; mouths.adoc, first by name, converts
        // the same macro in its prose
        Path guide = GuideFolders.fixture("minimal", work);
        Path sources = guide.resolve("content/chapters/sources.adoc");
        Files.writeString(
                sources,
                Files.readString(sources)
                        .replace(
                                ":jbake-summary: Springs, snow and rain.",
                                ":jbake-summary: Springs, snow and rain, down to a term:delta[]."));

        BuildRun run = BuildRun.build(guide, work.resolve("site"));

        assertNotEquals(0, run.exitCode());
        assertTrue(
                run.err()
                        .contains(
                                "content/chapters/sources.adoc:4: term:delta[] is printed as typed, not converted, in index.html:"),
                run.err());
    }

    @Test
    void a_macro_in_a_pictures_alternative_text_is_an_error_at_the_pictures_line() throws IOException {
        // a screen reader reads the alternative text out: "term:delta[]" would be read as typed
        Path guide = GuideFolders.fixture("minimal", work);
        Path mouths = guide.resolve("content/chapters/mouths.adoc");
        Files.writeString(
                mouths,
                Files.readString(mouths) + "\nimage::river.png[\"A term:delta[] at dusk\"]\n",
                StandardCharsets.UTF_8);
        int pictureLine = (int) Files.readString(mouths).lines().count();

        BuildRun run = BuildRun.build(guide, work.resolve("site"));

        assertNotEquals(0, run.exitCode());
        // the page also holds term:delta[] converted, higher up: the error is at the picture
        assertTrue(
                run.err()
                        .contains("content/chapters/mouths.adoc:" + pictureLine
                                + ": term:delta[] is printed as typed, not converted, in "),
                run.err());
    }

    @Test
    void a_macro_typed_so_asciidoctor_leaves_it_as_text_is_an_error_at_the_line_it_starts_on() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(guide.resolve("content/chapters/slips.adoc"), """
                = Slips
                :jbake-type: chapter
                :jbake-order: 3

                Rivers flood in spring. cite:author2020[12]
                A wrapped citation loses its page. cite:author2020
                [14]

                A space after the colon. cite: author2020[15]

                Round brackets. cite:author2020(16)

                No key. cite:[author2020, 17]

                A capital. Cite:author2020[18]

                A term wrapped after its colon, the term:
                delta[] of the river.

                A bracket left open. cite:author2020[19

                A setting written as an attribute: {guide.title}.
                """);
        BuildRun run = BuildRun.build(guide, work.resolve("site"));
        assertNotEquals(0, run.exitCode());
        for (String slip : new String[] {
            "slips.adoc:6: cite:author2020 is printed as typed",
            "slips.adoc:9: cite: author2020[15] is printed as typed",
            "slips.adoc:11: cite:author2020(16) is printed as typed",
            "slips.adoc:13: cite:[author2020, 17] is printed as typed",
            "slips.adoc:15: Cite:author2020[18] is printed as typed",
            "slips.adoc:17: term: delta[] is printed as typed",
            "slips.adoc:20: cite:author2020[ is printed as typed",
            "slips.adoc:22: {guide.title} is printed as typed"
        }) {
            assertTrue(run.err().contains("content/chapters/" + slip), slip + " in:\n" + run.err());
        }
        assertTrue(
                run.err().contains("lower case, no space after the colon, square brackets, all on one line"),
                "says how a macro is written: " + run.err());
        assertFalse(run.err().contains("slips.adoc:5:"), "the citation written right is converted: " + run.err());
    }

    @Test
    void macros_converted_everywhere_pass() {
        BuildRun run = BuildRun.build(GuideFolders.fixture("minimal", work), work.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void a_page_made_anew_after_a_check_passed_it_is_read_again_by_the_next_builds_check() throws IOException {
        // the preview and the warm build server keep what the check passed from one build to the next
        GuideSource source = GuideLoader.load(GuideFolders.fixture("minimal", work));
        Path site = work.resolve("site");
        Files.createDirectories(site.resolve("chapters"));
        Files.writeString(site.resolve("chapters/a.html"), "<p>The delta, converted.</p>");
        Files.writeString(site.resolve("chapters/b.html"), "<p>The estuary, converted.</p>");
        LeftoverMacros.Passed passed = new LeftoverMacros.Passed();
        assertEquals(0, new LeftoverMacros(source, passed).site(site).report(new ContentErrors()));

        // the next build writes one page as a new file beside the kept ones, and one over the old file
        Path made = site.resolve("chapters/a.html.new");
        Files.writeString(made, "<p>A backslash printed term:delta[the delta] as typed.</p>");
        Files.move(made, site.resolve("chapters/a.html"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(site.resolve("chapters/b.html"), "<p>And term:estuary[the estuary] too.</p>");

        ContentErrors errors = new ContentErrors();
        assertEquals(
                2,
                new LeftoverMacros(source, passed).site(site).report(errors),
                errors.all().toString());
        assertTrue(
                errors.all().toString().contains("chapters/a.html"),
                errors.all().toString());
        assertTrue(
                errors.all().toString().contains("chapters/b.html"),
                errors.all().toString());
    }
}
