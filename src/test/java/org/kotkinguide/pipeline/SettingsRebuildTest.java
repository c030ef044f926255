package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;

/** A command-line build after an edit: the settings, as read once, decide what is up to date. */
class SettingsRebuildTest {
    @TempDir
    Path work;

    /**
     * A teacher names the content folder in their own language ({@code content.folder=inhalt-für-kurs}):
     * an edit there is published by the next build, which once read the setting as ISO-8859-1, found no
     * such folder, and said "nothing changed".
     */
    @Test
    void an_edit_in_a_content_folder_with_a_non_ascii_name_is_published_by_the_next_build() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.move(guide.resolve("content"), guide.resolve("inhalt-für-kurs"));
        Path settings = guide.resolve("jbake.properties");
        Files.writeString(
                settings,
                Files.readString(settings).replace("content.folder=content", "content.folder=inhalt-für-kurs")
                        + "\nguide.references=inhalt-für-kurs/references.bib\n");
        Path site = work.resolve("out/site");
        BuildRun first = BuildRun.build(guide, site);
        assertEquals(0, first.exitCode(), first.out() + first.err());

        Files.writeString(
                guide.resolve("inhalt-für-kurs/chapters/mouths.adoc"),
                "\nEin Satz, zwischen zwei Builds geschrieben.\n",
                StandardOpenOption.APPEND);
        BuildRun second = BuildRun.build(guide, site);

        assertEquals(0, second.exitCode(), second.out() + second.err());
        assertFalse(second.out().contains("nothing changed"), second.out());
        assertTrue(Files.readString(site.resolve("chapters/mouths.html"))
                .contains("Ein Satz, zwischen zwei Builds geschrieben."));
    }

    @Test
    void a_changed_setting_is_built_again() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Path settings = guide.resolve("jbake.properties");
        Path site = work.resolve("out/site");
        assertEquals(0, BuildRun.build(guide, site).exitCode());

        Files.writeString(
                settings,
                Files.readString(settings).replaceFirst("(?m)^guide.subtitle=.*$", "guide.subtitle=A new subtitle"));
        BuildRun changed = BuildRun.build(guide, site);
        assertFalse(changed.out().contains("nothing changed"), changed.out());
        assertTrue(Files.readString(site.resolve("index.html")).contains("A new subtitle"));
    }
}
