package org.kotkinguide.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.GuideFolders;

/**
 * A teacher learns the settings from the README's table or the author's reference: a setting the
 * build reads is in both, and neither lists one it does not read (a new setting is written in the
 * settings package and, until now, had two tables to remember by hand).
 */
class SettingsDocumentedTest {
    @Test
    void every_setting_the_guide_reads_is_in_both_tables_and_no_other() throws IOException {
        for (String document : new String[] {"README.md", "docs/writing-a-guide.md"}) {
            String text = Files.readString(GuideFolders.PROJECT.resolve(document));
            Set<String> listed = new TreeSet<>();
            // the tables' first column: "| `guide.author`, `guide.date` | ..."
            text.lines()
                    .filter(line -> line.startsWith("| `guide.") || line.startsWith("| `site."))
                    .map(line -> line.substring(2, line.indexOf(" |", 2)))
                    .forEach(cell -> java.util.regex.Pattern.compile("`([a-z-]+\\.[a-z.-]+)`")
                            .matcher(cell)
                            .results()
                            .map(match -> match.group(1))
                            .forEach(listed::add));
            Set<String> read = new TreeSet<>(SettingsFile.GUIDE_KEYS);
            read.add("site.host");
            assertEquals(read, listed, document + "'s table of settings");
        }
    }
}
