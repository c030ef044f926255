package org.kotkinguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.Browser;
import org.kotkinguide.support.TemporaryFolders;

/**
 * The tests leave nothing in the temporary folder: a run of the suite makes hundreds of guides and
 * Chromium profiles, which would fill a developer's disk run after run.
 */
class TestLeftoversTest {
    @TempDir
    Path work;

    /** Run in a JVM of its own by the test below: makes a folder deleted at exit, fills it, prints it, and ends. */
    public static void main(String[] args) throws IOException {
        Path folder = TemporaryFolders.deletedAtExit("leftover-");
        Files.createDirectories(folder.resolve("site/chapters"));
        Files.writeString(folder.resolve("site/chapters/one.html"), "<p>a page</p>");
        Files.createSymbolicLink(folder.resolve("link-out"), Path.of(args[0]));
        System.out.print(folder);
    }

    @Test
    void a_folder_kept_for_the_whole_run_is_deleted_when_the_test_jvm_ends_and_only_it() throws Exception {
        Path outside = Files.writeString(work.resolve("outside.txt"), "not the test's to delete");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process jvm = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        TestLeftoversTest.class.getName(),
                        outside.toString())
                .redirectErrorStream(true)
                .start();
        String printed = new String(jvm.getInputStream().readAllBytes()).strip();
        assertTrue(jvm.waitFor(60, TimeUnit.SECONDS), "the JVM ends");
        assertEquals(0, jvm.exitValue(), printed);
        Path folder = Path.of(printed);
        assertTrue(folder.getFileName().toString().startsWith("leftover-"), printed);
        assertFalse(Files.exists(folder), folder + " is left behind");
        assertEquals(
                "not the test's to delete",
                Files.readString(outside),
                "a link inside is removed, never what it points to");
    }

    @Test
    @Tag("integration")
    void a_browsers_profile_is_deleted_when_it_closes() {
        Path profile;
        try (Browser browser = Browser.start()) {
            profile = browser.profile();
            browser.driver().get("data:text/html,<p>a page</p>");
            assertTrue(Files.isDirectory(profile), "Chromium keeps its profile in " + profile);
        }
        assertFalse(Files.exists(profile), profile + " is left behind");
    }
}
