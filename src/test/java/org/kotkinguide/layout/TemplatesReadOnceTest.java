package org.kotkinguide.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.support.GuideFolders;

/**
 * Freemarker parses the page templates when a build sets them up. A template saved after that, while
 * the build runs, must not be recorded as what the pages were laid out from: the next build would
 * take the pages made from the old text as up to date. The key is what was there when they were read.
 */
class TemplatesReadOnceTest {
    @TempDir
    Path work;

    @Test
    void a_template_saved_during_the_build_is_keyed_as_it_was_when_read() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Path footer =
                Files.createDirectories(guide.resolve("templates/partials")).resolve("footer.ftlh");
        Files.writeString(footer, "<footer><p>First footer</p></footer>\n");

        PageTemplates templates = new PageTemplates(GuideLoader.load(guide), new ContentErrors(), false);
        String whenRead = templates.templateFiles();
        Files.writeString(footer, "<footer><p>Second footer</p></footer>\n");

        assertTrue(whenRead.contains("partials/footer.ftlh"), whenRead);
        assertEquals(whenRead, templates.templateFiles(), "the key stays what the build read");
        PageTemplates next = new PageTemplates(GuideLoader.load(guide), new ContentErrors(), false);
        assertNotEquals(whenRead, next.templateFiles(), "the next build sees the saved footer");
    }
}
