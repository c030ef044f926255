package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.OneBrowser;

/**
 * A teacher names a font file of the guide ({@code guide.font.body}): it is published with the site,
 * and the pages' text is set in it, from {@code file://} as over HTTP, with nothing from another host.
 */
class BodyFontTest extends OneBrowser {
    @TempDir
    Path work;

    /** A real font to publish: the serif asciidoctor-pdf brings for its PDFs (never a file of this project's). */
    private static byte[] aFont() throws IOException {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("asciidoctorj-pdf") && entry.endsWith(".jar")) {
                try (ZipFile jar = new ZipFile(entry)) {
                    var font = jar.stream()
                            .filter(e -> e.getName().endsWith("/notoserif-regular-subset.ttf"))
                            .findFirst()
                            .orElseThrow();
                    return jar.getInputStream(font).readAllBytes();
                }
            }
        }
        throw new AssertionError("no asciidoctorj-pdf jar on the class path");
    }

    @Test
    void the_text_is_set_in_the_guide_s_own_font_published_with_the_site() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        byte[] font = aFont();
        Files.createDirectories(guide.resolve("assets/fonts"));
        Files.write(guide.resolve("assets/fonts/Body.ttf"), font);
        Files.writeString(
                guide.resolve("jbake.properties"),
                Files.readString(guide.resolve("jbake.properties")) + "\nguide.font.body=assets/fonts/Body.ttf\n");
        Path site = work.resolve("site");
        BuildRun run = BuildRun.build(guide, site);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(java.util.Arrays.equals(font, Files.readAllBytes(site.resolve("fonts/Body.ttf"))), "published");

        browser.emulate(1366, 900, "light", "screen");
        browser.driver().get(site.resolve("chapters/sources.html").toUri().toString());
        Object status = browser.script("""
                return document.fonts.ready.then(() => {
                  const faces = [...document.fonts].filter(f => f.family.replace(/"/g, '') === 'Guide body');
                  return faces.map(f => f.status).join(',');
                });
                """);
        assertEquals("loaded", status, "the font file loads from the site's own folder");
        String family =
                (String) browser.script("return getComputedStyle(document.querySelector('.paragraph p')).fontFamily");
        assertTrue(family.startsWith("\"Guide body\""), family);
        assertEquals(java.util.List.of(), browser.consoleErrors());
    }

    @Test
    void a_font_from_another_host_is_refused_at_its_line() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        String settings = Files.readString(guide.resolve("jbake.properties"));
        settings = settings.endsWith("\n") ? settings : settings + "\n";
        Files.writeString(
                guide.resolve("jbake.properties"), settings + "guide.font.body=https://fonts.example.com/Body.woff2\n");
        int line = (int) (settings + "x").lines().count();
        BuildRun run = BuildRun.build(guide, work.resolve("site"));
        assertNotEquals(0, run.exitCode());
        assertTrue(
                run.err().contains("jbake.properties:" + line + ": guide.font.body is a font file in the guide folder"),
                run.err());
        assertTrue(run.err().contains("a font from another host is blocked"), run.err());
    }
}
