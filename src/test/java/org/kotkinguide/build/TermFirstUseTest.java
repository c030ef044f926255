package org.kotkinguide.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.RealGuide;

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
    void the_real_guide_links_every_term_where_a_student_first_meets_it() {
        assertFalse(RealGuide.run().out().contains("warning:"), RealGuide.run().out());
    }
}
