package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.FolderSnapshot;
import org.kotkinguide.support.GuideFolders;

/**
 * Small mistakes a teacher makes, each said at its file and line, never as a Java error or a
 * message that names the wrong place, with a non-zero exit and the last good site kept. Each case
 * is the minimal guide with one file written here.
 */
class SmallMistakesTest {
    @TempDir
    static Path work;

    static Path lastGoodSite;

    /** The minimal guide's chapter, with {@code line8} as its eighth line (and {@code more} after it). */
    private static String chapter(String line8, String more) {
        return """
                = Where Rivers End
                :jbake-type: chapter
                :jbake-order: 2

                [#ends]
                == Ends

                %s
                %s""".formatted(line8, more);
    }

    private static final String BIB = """
            @book{author2020,
              author    = {Author, Example},
              title     = {A Short Book About Rivers},
              publisher = {Example Press},
              address   = {Oxford},
              year      = {2020},
              pages     = {%s}
            }
            @article{critic2021,
              author  = {Critic, Some},
              title   = {A Review of a Short Book},
              journal = {Journal of Examples},
              volume  = {3},
              year    = {2021},
              pages   = {1--5}%s
            }
            """;

    @BeforeAll
    static void buildAGoodSiteFirst() {
        lastGoodSite = work.resolve("good-site");
        BuildRun good = BuildRun.build(GuideFolders.fixture("minimal", work), lastGoodSite);
        assertEquals(0, good.exitCode(), good.err());
    }

    @Test
    void a_page_number_too_long_for_a_book_is_said_at_the_citation() {
        refused(
                "cite-huge-page",
                Map.of(
                        "content/chapters/mouths.adoc",
                        chapter("Rivers end. cite:author2020[99999999999999999999]", "")),
                "content/chapters/mouths.adoc:8: page '99999999999999999999' is too long to be a page number");
    }

    @Test
    void a_work_whose_pages_hold_a_number_too_long_is_said_at_its_pages_field() {
        refused(
                "bib-huge-pages",
                Map.of("content/references.bib", BIB.formatted("1--99999999999", "")),
                "content/references.bib:7: the pages of entry 'author2020' (line 1) ('1--99999999999') hold a number"
                        + " too long to be a page");
    }

    @Test
    void a_work_whose_pages_run_backwards_is_said_at_its_pages_field() {
        refused(
                "bib-reversed-pages",
                Map.of("content/references.bib", BIB.formatted("20--1", "")),
                "content/references.bib:7: the pages of entry 'author2020' (line 1) ('20--1') run backwards");
    }

    @Test
    void a_quote_in_a_doi_is_said_at_its_field_of_the_references() {
        refused(
                "bib-doi-quote",
                Map.of("content/references.bib", BIB.formatted("10--20", ",\n  doi     = {10.1000/x\"onmouseover\"}")),
                "content/references.bib:16: the doi of entry 'critic2021' (line 9) holds a '\"'");
    }

    @Test
    void a_template_macro_that_calls_itself_for_ever_is_said_at_the_call() throws IOException {
        Path guide = guide("endless-macro", Map.of());
        Path template = guide.resolve("templates/partials/footer.ftlh");
        Files.writeString(
                template,
                "<#macro forever depth>\n  <@forever depth + 1/>\n</#macro>\n<@forever 0/>\n"
                        + Files.readString(template));
        refusedAt(guide, "templates/partials/footer.ftlh:2: the macro 'forever' calls itself");
    }

    @Test
    void a_template_include_written_with_a_backslash_says_why_it_is_not_found() throws IOException {
        Path guide = guide("missing-include", Map.of());
        Path template = guide.resolve("templates/partials/footer.ftlh");
        Files.writeString(template, "<#include \"partials\\\\toc.ftlh\">\n" + Files.readString(template));
        refusedAt(
                guide,
                "templates/partials/footer.ftlh:1: Template inclusion failed (for parameter value"
                        + " \"partials\\\\toc.ftlh\"): Template not found for name \"partials/partials\\\\toc.ftlh\"."
                        + " Warning: The name contains backslash (\"\\\") instead of slash (\"/\")");
    }

    @Test
    void a_line_separator_pasted_into_the_header_is_named_at_its_line() {
        refused(
                "separator-in-header",
                Map.of(
                        "content/chapters/mouths.adoc",
                        chapter("Rivers end.", "").replace(":jbake-order: 2", ":jbake-order: 2\u2028")),
                "content/chapters/mouths.adoc:3: an invisible line separator (U+2028) after ':jbake-order: 2'");
    }

    @Test
    void a_line_separator_in_a_timeline_event_is_named_at_its_line() {
        refused(
                "separator-in-timeline",
                Map.of(
                        "content/timeline.adoc",
                        "= River dates\n:jbake-type: timeline\n\n1850:: The survey begins.\n\n"
                                + "1851:: The estuary is charted.\u20281852:: The delta is mapped.\n"),
                "content/timeline.adoc:6: an invisible line separator (U+2028)");
    }

    @Test
    void an_attribute_no_one_defined_is_said_at_its_line_not_published_in_braces() {
        refused(
                "missing-attribute",
                Map.of("content/chapters/mouths.adoc", chapter("Rivers end in the {river-nmae} delta.", "")),
                "content/chapters/mouths.adoc:8: unknown attribute {river-nmae}");
    }

    @Test
    void a_term_linked_by_its_other_name_is_told_the_terms_id() {
        refused(
                "term-by-alias",
                Map.of("content/chapters/mouths.adoc", chapter("Rivers end in a term:riverdelta[].", "")),
                "content/chapters/mouths.adoc:8: unknown glossary term 'riverdelta' (did you mean 'delta'?"
                        + " \"River delta\" is a name of that term");
    }

    @Test
    void an_answer_left_open_is_said_at_the_line_that_opens_it() {
        refused(
                "answer-left-open",
                Map.of(
                        "content/chapters/mouths.adoc",
                        chapter(
                                ".Where do rivers end?\n[.answer%collapsible]\n====",
                                "At the sea.\n\n== Deltas\n\nSilt.\n")),
                "content/chapters/mouths.adoc:10: the block that opens here with '====' never closes");
    }

    @Test
    void a_heading_that_skips_a_level_is_said_in_equals_signs_as_typed() {
        // Asciidoctor's own words count levels from 0: "expected level 2, got level 3"
        refused(
                "heading-skips-a-level",
                Map.of(
                        "content/chapters/mouths.adoc",
                        chapter("Most rivers end at a delta.", "\n==== Silt\n\nSilt.\n")),
                "content/chapters/mouths.adoc:10: a heading skips a level: '====' where the headings above call for"
                        + " '===' at most");
    }

    @Test
    void brackets_inside_a_terms_text_are_said_at_their_line_not_printed_half_as_typed() {
        refused(
                "brackets-in-a-terms-text",
                Map.of(
                        "content/chapters/mouths.adoc",
                        chapter("Most rivers end at a term:delta[the [river] delta].", "")),
                "content/chapters/mouths.adoc:8: term:delta[the [river] ends at its first ']', so what follows it is"
                        + " printed as typed: write a ']' inside a term's text as '\\]'");
    }

    @Test
    void the_last_answer_closed_one_equals_sign_short_is_said_at_that_line() {
        // no later block's opening ends it: Asciidoctor says only that the answer's block never closes
        refused(
                "last-answer-closed-short",
                Map.of(
                        "content/chapters/mouths.adoc",
                        chapter(".Where do rivers end?\n[.answer%collapsible]\n====", "At the sea.\n===\n")),
                "content/chapters/mouths.adoc:12: '===' does not end a block: a block ends only with the very line"
                        + " that opened it, here '===='");
    }

    @Test
    void a_table_left_open_is_one_error_not_also_a_link_to_the_section_it_swallowed() {
        // the table runs to the page's end, and the section below it, which line 8 links, with it
        BuildRun run = refused(
                "table-left-open",
                Map.of(
                        "content/chapters/mouths.adoc",
                        chapter(
                                "Most rivers end at a delta. See <<later>>.",
                                "\n|===\n| River | Mouth\n| Nile | Delta\n\n[#later]\n== Later\n\nMore text.\n")),
                "content/chapters/mouths.adoc:10: the block that opens here with '|===' never closes");
        assertFalse(run.err().contains("cross reference to 'later'"), run.err());
    }

    @Test
    void a_sidebar_left_open_before_a_heading_is_said_at_its_own_line_not_at_the_next_sidebars() {
        // the next sidebar's opening closes it, and that sidebar's closing line opens a block never closed
        refused(
                "sidebar-runs-over-heading",
                Map.of(
                        "content/chapters/mouths.adoc",
                        chapter(
                                "[.background]\n****\nDeltas were mapped early.",
                                "\n== Mouths\n\nMouths move.\n\n[.background]\n****\nSilt.\n****\n")),
                "content/chapters/mouths.adoc:9: the block that opens here with '****' runs over the heading at"
                        + " line 12 and ends only at line 17, so the '****' at line 19 opens a block that never"
                        + " closes");
    }

    @Test
    void an_answer_left_open_inside_a_question_left_open_is_said_at_both_openings() {
        // "====" before "=====" is the question's own opening, not a slip for "====="
        BuildRun run = refused(
                "question-and-answer-left-open",
                Map.of(
                        "content/chapters/mouths.adoc",
                        chapter(
                                ".Why do deltas form?\n====\nThink of speed.\n\n[.answer]\n=====\nThe river slows.",
                                "")),
                "content/chapters/mouths.adoc:9: the block that opens here with '====' never closes");
        assertTrue(
                run.err()
                        .contains(
                                "content/chapters/mouths.adoc:13: the block that opens here with '=====' never closes"),
                run.err());
        assertFalse(run.err().contains("does not end a block"), run.err());
    }

    @Test
    void an_answer_closed_with_a_line_one_short_is_said_at_that_line() {
        // the next answer's opening then closes it, and the next answer's closing opens a block never closed
        refused(
                "answer-closed-one-short",
                Map.of(
                        "content/chapters/mouths.adoc",
                        chapter(
                                ".Where do rivers end?\n[.answer%collapsible]\n====\nAt the sea.\n===",
                                "\n.And begin?\n[.answer%collapsible]\n====\nIn hills.\n====\n")),
                "content/chapters/mouths.adoc:12: '===' does not end a block: a block ends only with the very line"
                        + " that opened it, here '===='");
    }

    @Test
    void a_sidebar_left_open_in_a_partial_is_said_at_the_partials_line() {
        refused(
                "sidebar-left-open-in-partial",
                Map.of(
                        "content/chapters/mouths.adoc",
                        chapter("Rivers end.", "\ninclude::content/chapters/_box.adoc[]\n"),
                        "content/chapters/_box.adoc",
                        "A box follows.\n\n****\nSilt builds deltas.\n"),
                "content/chapters/_box.adoc:3: the block that opens here with '****' never closes");
    }

    @Test
    void the_builders_folders_are_not_published() {
        refused(
                "docdir",
                Map.of("content/chapters/mouths.adoc", chapter("Written in {docdir}.", "")),
                "content/chapters/mouths.adoc:8: {docdir} would publish a folder of the computer that builds the site");
        refused(
                "user-home",
                Map.of("content/chapters/mouths.adoc", chapter("Rivers end.", "\nAt {user-home}.")),
                "content/chapters/mouths.adoc:10: {user-home} would publish a folder");
    }

    @Test
    void the_build_clock_is_not_published() {
        refused(
                "localdate",
                Map.of("content/chapters/mouths.adoc", chapter("Built on {localdate} at {localtime}.", "")),
                "content/chapters/mouths.adoc:8: {localdate} would publish when the site was built");
    }

    @Test
    void an_include_from_the_web_is_refused_at_its_line_not_made_a_link() {
        refused(
                "include-from-the-web",
                Map.of(
                        "content/chapters/mouths.adoc",
                        chapter("Rivers end.", "\ninclude::https://example.org/notes.adoc[]\n")),
                "content/chapters/mouths.adoc:10: include::https://example.org/notes.adoc[] includes from the web");
    }

    @Test
    void an_attribute_no_one_defined_inside_a_partial_is_said_at_the_partials_line() {
        BuildRun run = refused(
                "missing-attribute-in-partial",
                Map.of(
                        "content/chapters/mouths.adoc",
                        chapter("Rivers end.", "\ninclude::content/chapters/_note.adoc[]\n"),
                        "content/chapters/_note.adoc",
                        "A shared note.\n\nThe {river-nmae} delta.\n"),
                "content/chapters/_note.adoc:3: unknown attribute {river-nmae}");
        assertFalse(run.err().contains("mouths.adoc: unknown attribute"), "said with no line: " + run.err());
    }

    @Test
    void an_unknown_term_or_key_inside_a_partial_is_said_at_the_partials_line() {
        BuildRun run = refused(
                "unknown-term-in-partial",
                Map.of(
                        "content/chapters/mouths.adoc",
                        chapter("Rivers end.", "\ninclude::content/chapters/_note.adoc[]\n"),
                        "content/chapters/_note.adoc",
                        "A shared note.\n\nOn the term:lagoon[lagoon], cite:nobody2020[3].\n"),
                "content/chapters/_note.adoc:3: unknown glossary term 'lagoon'");
        assertTrue(run.err().contains("content/chapters/_note.adoc:3: unknown citation key 'nobody2020'"), run.err());
        assertFalse(run.err().contains("mouths.adoc:10"), "said at the include, not the partial: " + run.err());
    }

    @Test
    void an_include_written_from_the_page_says_the_path_to_write() {
        refused(
                "include-from-the-page",
                Map.of(
                        "content/chapters/mouths.adoc",
                        chapter("Rivers end.", "\ninclude::_note.adoc[]\n"),
                        "content/chapters/_note.adoc",
                        "A shared note.\n"),
                "(an include's path starts at the guide's folder, not at the page: write"
                        + " include::content/chapters/_note.adoc[])");
    }

    @Test
    void a_bad_include_inside_a_partial_is_said_at_the_partials_line() {
        refused(
                "include-in-partial",
                Map.of(
                        "content/chapters/mouths.adoc",
                        chapter("Rivers end.", "\ninclude::content/chapters/_shared.adoc[]\n"),
                        "content/chapters/_shared.adoc",
                        "A shared paragraph.\n\ninclude::no-such-file.adoc[]\n"),
                "content/chapters/_shared.adoc:3: include file not found");
    }

    @Test
    void an_include_that_leaves_the_guide_is_said_at_its_line() {
        // written from the page, as an image's path is: one error, which says where an include's path starts
        BuildRun run = refused(
                "include-jail",
                Map.of("content/chapters/mouths.adoc", chapter("Rivers end.", "\ninclude::../shared/_note.adoc[]\n")),
                "content/chapters/mouths.adoc:10: this include's path leaves the guide's folder: an include's path"
                        + " starts at the guide's folder, not at the page");
        assertFalse(run.err().contains("include file not found"), run.err());
        assertTrue(run.err().contains("build failed: 1 error"), run.err());
    }

    @Test
    void an_image_or_svg_read_from_outside_the_guide_is_said_at_its_line() {
        String header =
                "= Where Rivers End\n:jbake-type: chapter\n:jbake-order: 2\n:data-uri:\n:imagesdir: ../../../../..\n\n";
        BuildRun embedded = refused(
                "embedded-image-jail",
                Map.of(
                        "content/chapters/mouths.adoc",
                        header + "== Ends\n\nRivers end.\n\nimage::etc/hostname.png[A]\n"),
                "content/chapters/mouths.adoc:11: image has illegal reference to ancestor of jail");
        assertTrue(
                embedded.err().contains("content/chapters/mouths.adoc:11: image to embed not found or not readable"),
                embedded.err());
        refused(
                "inline-svg-jail",
                Map.of(
                        "content/chapters/mouths.adoc",
                        header + "== Ends\n\nRivers end.\n\nimage::etc/x.svg[A,opts=inline]\n"),
                "content/chapters/mouths.adoc:11: SVG does not exist or cannot be read");
    }

    @Test
    void a_line_break_in_a_file_name_cannot_print_an_error_line_of_its_own() throws IOException {
        Path guide = guide("newline-in-name", Map.of());
        Files.writeString(
                guide.resolve("content/chapters/x\nforged.adoc:1: error.adoc"), "no header, so an error here\n");
        BuildRun run = refusedAt(guide, "content/chapters/x\\nforged.adoc:1: error.adoc:1: no title");
        assertFalse(run.err().lines().anyMatch(l -> l.startsWith("forged.adoc")), run.err());
    }

    /** The minimal guide with {@code files} written over it. */
    private static Path guide(String name, Map<String, String> files) {
        Path guide = GuideFolders.fixture("minimal", work.resolve(name));
        files.forEach((file, text) -> {
            try {
                Files.writeString(guide.resolve(file), text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return guide;
    }

    private static BuildRun refused(String name, Map<String, String> files, String message) {
        return refusedAt(guide(name, files), message);
    }

    /** The guide fails to build with {@code message}, no Java error, and the last good site left as it was. */
    private static BuildRun refusedAt(Path guide, String message) {
        Path site = guide.resolveSibling(guide.getFileName() + "-output").resolve("site");
        GuideFolders.copyTree(lastGoodSite, site);
        Map<String, String> before = FolderSnapshot.of(site);

        BuildRun run = BuildRun.build(guide, site);

        assertNotEquals(0, run.exitCode(), "a broken guide must not build:\n" + run.err());
        assertTrue(run.err().contains(message), "expected «" + message + "» in:\n" + run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("Error:"), "no Java error:\n" + run.err());
        assertEquals(before, FolderSnapshot.of(site), "the last good site must be left exactly as it was");
        return run;
    }
}
