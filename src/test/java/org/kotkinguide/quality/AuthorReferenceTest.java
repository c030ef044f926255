package org.kotkinguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.RealGuide;

/**
 * docs/writing-a-guide.md cannot drift from the tool: every example in it is a run of lines of a
 * file in a guide that builds, and every message it quotes is what building its broken guide prints.
 */
class AuthorReferenceTest {
    private static final Path DOC = GuideFolders.PROJECT.resolve("docs/writing-a-guide.md");
    private static final Pattern MARKED_BLOCK =
            Pattern.compile("<!-- (example|error|warning): (\\S+) -->\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern EXAMPLE_BLOCK = Pattern.compile("(?m)^```(asciidoc|properties|bibtex)$");

    @TempDir
    Path work;

    private final Map<Path, Boolean> built = new HashMap<>();

    record Marked(String kind, String source, List<String> lines) {}

    static List<Marked> blocks() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<Marked> blocks = new ArrayList<>();
        Matcher m = MARKED_BLOCK.matcher(doc);
        while (m.find()) {
            blocks.add(new Marked(m.group(1), m.group(2), List.of(m.group(3).split("\n", -1))));
        }
        return blocks;
    }

    @Test
    void every_example_of_source_says_which_file_it_comes_from() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        long examples = EXAMPLE_BLOCK.matcher(doc).results().count();
        long marked = blocks().stream().filter(b -> b.kind().equals("example")).count();
        assertEquals(
                examples, marked, "an asciidoc, properties or bibtex block without <!-- example: FILE --> above it");
        assertTrue(marked >= 8, "the reference shows each page type, macro, block and setting");
    }

    @Tag("integration")
    @Test
    void every_example_is_copied_from_a_guide_that_builds() throws IOException {
        for (Marked block : blocks()) {
            if (!block.kind().equals("example")) {
                continue;
            }
            Path file = GuideFolders.PROJECT.resolve(block.source());
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertTrue(
                    Collections.indexOfSubList(lines, block.lines()) >= 0,
                    "docs/writing-a-guide.md quotes lines that are not (or no longer) in " + block.source() + ":\n"
                            + String.join("\n", block.lines()));
            assertTrue(builds(block.source()), block.source() + " belongs to a guide that must build");
        }
    }

    @Test
    void every_message_quoted_is_what_its_broken_guide_prints() throws IOException {
        List<Marked> messages =
                blocks().stream().filter(b -> !b.kind().equals("example")).toList();
        assertTrue(messages.size() >= 15, "the reference explains every error message");
        for (Marked block : messages) {
            String fixture = block.source();
            BuildRun run = BuildRun.build(
                    GuideFolders.minimalWith(fixture, work), work.resolve(fixture.replace('/', '-') + "-site/site"));
            boolean error = block.kind().equals("error");
            assertEquals(error ? 1 : 0, run.exitCode(), fixture + ": " + run.err());
            for (String line : block.lines()) {
                String printed = error ? run.err() : run.out();
                assertTrue(
                        printed.contains(line),
                        "docs/writing-a-guide.md quotes «" + line + "» for " + fixture + ", but the build printed:\n"
                                + printed);
            }
        }
    }

    /** The guide a quoted file belongs to builds with no error: a fixture, the starter that 'new' writes, or the real guide. */
    private boolean builds(String source) {
        Matcher fixture =
                Pattern.compile("^src/test/resources/guides/([^/]+)/([^/]+)/").matcher(source);
        if (fixture.find()) {
            // a whole fixture guide, or an overlay on the minimal guide (guides/macros/statements/...)
            boolean whole =
                    Files.exists(GuideFolders.FIXTURES.resolve(fixture.group(1)).resolve("jbake.properties"));
            String name = whole ? fixture.group(1) : fixture.group(1) + "/" + fixture.group(2);
            return built.computeIfAbsent(
                    Path.of(name),
                    n -> BuildRun.build(
                                            whole
                                                    ? GuideFolders.fixture(name, work)
                                                    : GuideFolders.minimalWith(name, work),
                                            work.resolve(name.replace('/', '-') + "-site/site"))
                                    .exitCode()
                            == 0);
        }
        if (source.startsWith("src/main/resources/starter/")) {
            return built.computeIfAbsent(Path.of("starter"), name -> {
                Path guide = work.resolve("starter");
                return BuildRun.run("new", guide.toString(), "--title", "Starter")
                                        .exitCode()
                                == 0
                        && BuildRun.build(guide, guide.resolve("target/site")).exitCode() == 0;
            });
        }
        assertFalse(
                source.contains("/") && !source.startsWith("content/"), "an example from an unknown place: " + source);
        return RealGuide.run().exitCode() == 0;
    }
}
