package org.kotkinguide.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.RealGuide;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Authors are warned, not stopped, when a chapter names a glossary term before linking it. */
class TermFirstUseTest {
    @TempDir
    Path work;

    @Test
    void a_term_named_before_its_link_is_a_warning_with_file_and_line() {
        BuildRun run = BuildRun.build(GuideFolders.minimalWith("unlinked-term", work), work.resolve("site"));
        assertEquals(0, run.exitCode(), "a warning does not stop the build");
        assertTrue(run.out().contains("warning: content/chapters/mouths.adoc:8: 'delta' is in the glossary: link its first use here with term:delta[delta]"), run.out());
        assertFalse(run.out().contains("'estuary' is in the glossary"), "a term linked before it is named again is fine");
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
    void while_previewing_the_warnings_follow_the_edits_to_chapters_and_glossary() throws IOException {
        Path guide = GuideFolders.minimalWith("unlinked-term", work);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        GuideBuild preview = new GuideBuild(BuildOptions.of(guide, work.resolve("site")).withoutPdf(),
                new PrintStream(console, true, StandardCharsets.UTF_8));
        Path chapter = guide.resolve("content/chapters/mouths.adoc");
        Path delta = guide.resolve("content/glossary/delta.adoc");

        preview.run();
        assertTrue(lastBuild(console).contains("mouths.adoc:8: 'delta' is in the glossary"), lastBuild(console));

        Files.writeString(chapter, Files.readString(chapter).replace("end at a delta", "end at a term:delta[]"));
        preview.run();
        assertFalse(lastBuild(console).contains("'delta' is in the glossary"), "the author linked it: " + lastBuild(console));

        // a new alias is a new name to look for, in chapters that did not change
        Files.writeString(delta, Files.readString(delta).replace(":jbake-aliases: River delta", ":jbake-aliases: River delta, rivers"));
        preview.run();
        assertTrue(lastBuild(console).contains("mouths.adoc:8: 'rivers' is in the glossary"), lastBuild(console));
    }

    /** What the console says since the last "read" line, where a build starts. */
    private static String lastBuild(ByteArrayOutputStream console) {
        String all = console.toString(StandardCharsets.UTF_8);
        return all.substring(all.lastIndexOf("read "));
    }

    @Test
    void the_real_guide_links_every_term_where_a_student_first_meets_it() {
        assertFalse(RealGuide.run().out().contains("warning:"), RealGuide.run().out());
    }
}
