package org.kotkinguide.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.GuideFolders;

/** The words the templates put on every page are typeset as the guide's text is: curly apostrophes. */
class InterfaceWordsTest {

    @Test
    void no_template_shows_a_straight_apostrophe() throws IOException {
        List<String> straight = new ArrayList<>();
        try (Stream<Path> files = Files.walk(GuideFolders.PROJECT.resolve("templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ftlh")).toList()) {
                String text = Files.readString(file)
                        .replaceAll("(?s)<#--.*?-->", "")
                        .replaceAll("(?s)\\$\\{.*?}", "")
                        .replaceAll("(?s)</?[#@][^>]*>", "")
                        .replaceAll("(?s)<[^>]*>", "");
                text.lines()
                        .filter(line -> line.contains("'"))
                        .forEach(line -> straight.add(file.getFileName() + ": " + line.strip()));
            }
        }
        assertEquals(List.of(), straight);
    }
}
