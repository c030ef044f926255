package org.kotkinguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.settings.Settings;
import org.kotkinguide.support.GuideFolders;

/**
 * A teacher saves a new title while a build runs (the settings are read before any stage, the guide
 * a moment later): the build records the settings it used, so the next build sees the new title as a
 * change instead of saying "nothing changed" over pages with the old one.
 */
class SettingsSavedDuringABuildTest {
    @TempDir
    Path work;

    @Test
    void the_settings_are_recorded_as_they_were_read_not_as_they_are_when_the_guide_is_loaded() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Path file = guide.resolve("jbake.properties");
        String asRead = Sha256.hex(Files.readAllBytes(file));
        Settings settings = GuideLoader.settings(guide);
        Files.writeString(
                file, Files.readString(file).replaceFirst("(?m)^guide.title=.*$", "guide.title=Saved meanwhile"));

        GuideSource loaded = GuideLoader.load(guide, settings);

        assertEquals(asRead, loaded.inputs().recorded().get("file jbake.properties"));
    }
}
