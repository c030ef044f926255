package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;

/** Authors are warned, not stopped, when a chapter names a glossary term before linking it. */
class TermFirstUseTest {
    @TempDir
    Path work;

    @Test
    void a_term_named_before_its_link_is_a_warning_with_file_and_line() {
        BuildRun run = BuildRun.build(GuideFolders.minimalWith("unlinked-term", work), work.resolve("site"));
        assertEquals(0, run.exitCode(), "a warning does not stop the build");
        assertTrue(
                run.out()
                        .contains(
                                "content/chapters/mouths.adoc:8: warning: 'delta' is in the glossary: link its first use here with term:delta[delta]"),
                run.out());
        assertFalse(
                run.out().contains("'estuary' is in the glossary"), "a term linked before it is named again is fine");
    }

    @Test
    void a_build_that_finds_nothing_changed_repeats_the_last_builds_warnings() {
        Path guide = GuideFolders.minimalWith("unlinked-term", work);
        String warning =
                "content/chapters/mouths.adoc:8: warning: 'delta' is in the glossary: link its first use here with term:delta[delta]";
        BuildRun first = BuildRun.build(guide, work.resolve("site"));
        assertTrue(first.out().contains(warning), first.out());

        BuildRun again = BuildRun.build(guide, work.resolve("site"));
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("nothing changed since the last build"), again.out());
        assertTrue(again.out().contains(warning), "the warning is not lost to the cache:\n" + again.out());
    }

    @Test
    void a_link_whose_brackets_wrap_onto_the_next_line_counts_as_the_first_use() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(guide.resolve("content/chapters/wrapped.adoc"), """
                = Wrapped
                :jbake-type: chapter
                :jbake-order: 3

                Rivers reach the sea through a term:delta[wide
                river delta], and every delta is flat.
                """);
        BuildRun run = BuildRun.build(guide, work.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("wrapped.adoc"), run.out());
    }

    @Test
    void a_term_that_matches_case_is_not_found_in_other_case_nor_in_a_link_s_text() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Path delta = guide.resolve("content/glossary/delta.adoc");
        Files.writeString(
                delta,
                Files.readString(delta)
                        .replace(
                                ":jbake-aliases: River delta",
                                ":jbake-aliases: River delta, Fan\n:jbake-match-case: true"));
        Files.writeString(guide.resolve("content/chapters/fans.adoc"), """
                = Fans
                :jbake-type: chapter
                :jbake-order: 3

                [#fan-shape]
                == A fan of silt

                The silt spreads like a fan. See <<fan-shape,the Fan shape>> and xref:sources.adoc[Fan and delta].

                The Fan is a delta.
                """);
        BuildRun run = BuildRun.build(guide, work.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(
                run.out().contains("fans.adoc:8:"),
                "'fan' in another case, and link text, are not mentions: " + run.out());
        assertTrue(run.out().contains("fans.adoc:10: warning: 'Fan' is in the glossary"), run.out());
    }

    @Test
    void while_previewing_the_warnings_follow_the_edits_to_chapters_and_glossary() throws IOException {
        Path guide = GuideFolders.minimalWith("unlinked-term", work);
        GuideBuild preview = new GuideBuild(
                BuildOptions.of(guide, work.resolve("site")).withoutPdf(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Path chapter = guide.resolve("content/chapters/mouths.adoc");
        Path delta = guide.resolve("content/glossary/delta.adoc");

        String warnings = warnings(preview.run());
        assertTrue(warnings.contains("mouths.adoc:8: 'delta' is in the glossary"), warnings);

        Files.writeString(chapter, Files.readString(chapter).replace("end at a delta", "end at a term:delta[]"));
        warnings = warnings(preview.run());
        assertFalse(warnings.contains("'delta' is in the glossary"), "the author linked it: " + warnings);

        // a new alias is a new name to look for, in chapters that did not change
        Files.writeString(
                delta,
                Files.readString(delta).replace(":jbake-aliases: River delta", ":jbake-aliases: River delta, rivers"));
        warnings = warnings(preview.run());
        assertTrue(warnings.contains("mouths.adoc:8: 'rivers' is in the glossary"), warnings);
    }

    /** A build's warnings, one a line, as the console shows them. */
    private static String warnings(BuildResult built) {
        return String.join("\n", built.warnings().stream().map(String::valueOf).toList());
    }
}
