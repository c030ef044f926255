package org.kotkinguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.FolderSnapshot;
import org.kotkinguide.support.GuideFolders;

/**
 * A teacher in Cairo or Istanbul builds the same site as one in London: the machine's locale is in no
 * cache's key, so a page that depended on it would also be kept from a build under another locale.
 */
class MachineLocaleTest {
    @TempDir
    Path work;

    @Test
    void a_build_under_an_arabic_or_turkish_locale_writes_the_site_a_build_under_english_writes() {
        Path guide = GuideFolders.fixture("minimal", work);
        Map<String, String> english = builtUnder(Locale.UK, guide, "english");
        assertEquals(english, builtUnder(Locale.forLanguageTag("ar-EG"), guide, "arabic"));
        assertEquals(english, builtUnder(Locale.forLanguageTag("tr-TR"), guide, "turkish"));
    }

    private Map<String, String> builtUnder(Locale locale, Path guide, String name) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            Path site = work.resolve(name + "/site");
            BuildRun run = BuildRun.run(
                    "build", "--source", guide.toString(), "--output", site.toString(), "--no-pdf", "--no-cache");
            assertEquals(0, run.exitCode(), run.err());
            Map<String, String> files = new TreeMap<>(FolderSnapshot.of(site));
            files.keySet().removeIf(file -> file.startsWith(".") || file.contains("/."));
            return files;
        } finally {
            Locale.setDefault(before);
        }
    }
}
