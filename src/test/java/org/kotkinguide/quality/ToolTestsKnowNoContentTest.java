package org.kotkinguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.GuideFolders;

/**
 * The README's promise that a teacher editing {@code content/} breaks no tool test: no test but the
 * content tests (and the lookups that find pages in the built site) names a page of the real guide,
 * a chapter's or a term's, by its file. Inline fixtures use names of their own.
 */
class ToolTestsKnowNoContentTest {
    private static final Path TESTS = GuideFolders.PROJECT.resolve("src/test/java/org/kotkinguide");

    /** The content tests, which are for the real guide's facts, and the lookups that find its pages. */
    private static final List<String> ALLOWED = List.of(
            "realguide/",
            "site/RealGuideTest.java",
            "site/RealGuideQuotationsTest.java",
            "support/RealGuide.java",
            "support/GuideSources.java",
            "quality/ToolTestsKnowNoContentTest.java");

    @Test
    void no_tool_test_names_a_page_of_the_real_guide() throws IOException {
        List<String> pages = new ArrayList<>();
        for (String chapter : names("content/chapters")) {
            pages.addAll(List.of(
                    "chapters/" + chapter + ".html",
                    "flashcards/" + chapter + ".html",
                    "handouts/" + chapter + ".pdf",
                    chapter + ".adoc"));
        }
        for (String term : names("content/glossary")) {
            if (!term.equals("index")) {
                pages.addAll(List.of("glossary/" + term + ".html", term + ".adoc"));
            }
        }
        assertFalse(pages.isEmpty(), "the real guide has no chapters or terms to look for");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = TESTS.relativize(file).toString().replace('\\', '/');
                if (ALLOWED.stream().anyMatch(name::startsWith)) {
                    continue;
                }
                String text = Files.readString(file);
                for (String page : pages) {
                    if (text.contains(page)) {
                        found.add(name + " names " + page);
                    }
                }
            }
        }
        assertEquals(List.of(), found, "find these in the built site (support/RealGuide, support/GuideSources)");
    }

    /** The base names of the .adoc files in one of the real guide's content folders. */
    private static List<String> names(String folder) throws IOException {
        try (Stream<Path> files = Files.list(GuideFolders.PROJECT.resolve(folder))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".adoc"))
                    .map(f -> f.substring(0, f.length() - ".adoc".length()))
                    .toList();
        }
    }
}
