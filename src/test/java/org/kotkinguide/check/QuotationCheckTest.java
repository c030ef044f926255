package org.kotkinguide.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.ContentError;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;

/**
 * A guide written from a reader's notes must quote the notes exactly: a student will repeat the words
 * as the source's. The check reads the source named in jbake.properties and finds every quotation the
 * guide attributes to it, in a notes block or before a citation of the notes.
 */
class QuotationCheckTest {
    private static final String NOTES = """
            Notes on a short book about rivers
            ## WHERE RIVERS BEGIN
            Rivers begin in hills - springs, snow and 'mountain rain' feed them.
            The delta is the river's last word ... its mouth is wide.
            """;

    @TempDir
    Path work;

    /** The minimal guide, written from NOTES, with one more chapter whose body is {@code body}. */
    private Path guideQuoting(String body) throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.createDirectories(guide.resolve("sources"));
        Files.writeString(guide.resolve("sources/notes.txt"), NOTES);
        Files.writeString(
                guide.resolve("jbake.properties"),
                "\nguide.quotation-sources=sources/notes.txt\nguide.quotation-sources.key=notes\n",
                StandardOpenOption.APPEND);
        Files.writeString(
                guide.resolve("content/references.bib"),
                "\n@unpublished{notes,\n  title = {Notes on a Short Book},\n  note = {Unpublished notes}\n}\n",
                StandardOpenOption.APPEND);
        Files.writeString(guide.resolve("content/chapters/quoting.adoc"), """
                = Quoting
                :jbake-type: chapter
                :jbake-order: 9
                :jbake-summary: Quotations.

                """ + body);
        return guide;
    }

    private static List<ContentError> errors(Path guide) {
        ContentErrors errors = new ContentErrors();
        try {
            QuotationCheck.run(GuideLoader.load(guide), errors);
        } catch (org.kotkinguide.content.GuideBuildException refused) {
            // a setting the loader refuses (a source outside the guide) stops the build before any page is read
            return refused.errors();
        }
        return errors.all();
    }

    @Test
    void a_misquotation_in_a_notes_block_is_an_error_at_its_line_with_the_nearest_passage() throws IOException {
        Path guide = guideQuoting("""
                [.notes-say]
                The notes begin plainly. Then they say
                “Rivers start in hills” cite:notes[]
                """);

        List<ContentError> errors = errors(guide);

        assertEquals(1, errors.size(), errors.toString());
        ContentError error = errors.get(0);
        assertEquals("content/chapters/quoting.adoc", error.file());
        assertEquals(8, error.line());
        assertTrue(
                error.message().contains("“Rivers start in hills” is quoted from sources/notes.txt but is not in it"),
                error.message());
        assertTrue(
                error.message().contains("nearest passage: sources/notes.txt:3: “Rivers begin in hills”"),
                error.message());
    }

    @Test
    void exact_quotations_pass_whatever_their_quote_marks_dashes_case_and_line_breaks() throws IOException {
        Path guide = guideQuoting("""
                [.notes-say]
                --
                The notes say “rivers begin in hills — springs, snow and
                ‘mountain rain’ feed them.” They call the delta "the river’s last word".

                * Its mouth: “The delta is the river's last word … its mouth is wide”. cite:notes[]
                --

                The notes’ heading, “Where Rivers Begin”, is quoted too. cite:notes[]
                """);

        assertEquals(List.of(), errors(guide));
        assertEquals(4, QuotationCheck.quotations(GuideLoader.load(guide)).size(), "every quotation was checked");
    }

    @Test
    void a_quotation_outside_the_notes_block_is_checked_when_it_cites_the_notes_and_not_otherwise() throws IOException {
        Path guide = guideQuoting("""
                [.guide-infers]
                The guide reads “rivers begin in valleys” as a slip. cite:notes[]

                [.background]
                A geographer wrote “rivers begin in valleys”. cite:critic2021[2]
                """);

        List<ContentError> errors = errors(guide);

        assertEquals(1, errors.size(), errors.toString());
        assertEquals(7, errors.get(0).line());
    }

    @Test
    void an_ellipsis_may_leave_words_out_but_not_change_their_order() throws IOException {
        Path guide = guideQuoting("""
                [.notes-say]
                “its mouth is wide ... The delta is”
                """);

        assertEquals(1, errors(guide).size());
    }

    @Test
    void a_source_outside_the_guide_folder_is_refused_at_its_setting() throws IOException {
        Path guide = guideQuoting("Nothing quoted.\n");
        Files.writeString(work.resolve("outside.txt"), NOTES);
        Files.writeString(
                guide.resolve("jbake.properties"),
                "guide.quotation-sources=../outside.txt\n",
                StandardOpenOption.APPEND);
        int line = Files.readAllLines(guide.resolve("jbake.properties")).size();

        List<ContentError> errors = errors(guide);

        assertEquals(1, errors.size(), errors.toString());
        assertEquals("jbake.properties", errors.get(0).file());
        assertEquals(line, errors.get(0).line());
        assertTrue(
                errors.get(0).message().contains("'../outside.txt', outside the guide folder"),
                errors.get(0).message());
    }

    @Test
    void a_build_after_only_the_source_text_changed_checks_the_quotations_again() throws IOException {
        Path guide = guideQuoting("""
                [.notes-say]
                “Rivers begin in hills”
                """);
        Path site = work.resolve("again/site");
        assertEquals(0, BuildRun.build(guide, site).exitCode());

        Files.writeString(
                guide.resolve("sources/notes.txt"), NOTES.replace("Rivers begin in hills", "Rivers rise in hills"));
        BuildRun again = BuildRun.build(guide, site);

        assertEquals(1, again.exitCode(), "the build must not call the site up to date: " + again.err());
        assertTrue(again.err().contains("content/chapters/quoting.adoc:7"), again.err());
    }

    @Test
    void the_check_command_and_the_build_stop_at_a_misquotation() throws IOException {
        Path guide = guideQuoting("""
                [.notes-say]
                “Snow and rain feed every river.”
                """);

        BuildRun check = BuildRun.run("check", "--source", guide.toString());
        BuildRun build = BuildRun.build(guide, work.resolve("site"));

        assertEquals(1, check.exitCode(), check.err());
        assertTrue(
                check.out()
                        .contains(
                                "content/chapters/quoting.adoc:7:1: error: “Snow and rain feed every river.” is quoted"),
                check.out());
        assertEquals(1, build.exitCode(), build.err());
        assertTrue(build.err().contains("content/chapters/quoting.adoc:7"), build.err());
        assertTrue(Files.notExists(work.resolve("site")), "a failed build publishes nothing");
    }
}
