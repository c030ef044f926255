package org.kotkinguide.build;

import org.junit.jupiter.api.Test;
import org.kotkinguide.support.GuideFolders;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's two commands are the ones CI and the publishing workflow really run. */
class ReadmeCommandsTest {

    /** The commands in the README's first shell block, without their comments. */
    private static List<String> readmeCommands() throws IOException {
        String readme = Files.readString(GuideFolders.PROJECT.resolve("README.md"));
        String block = readme.substring(readme.indexOf("```sh") + 5);
        block = block.substring(0, block.indexOf("```"));
        return block.lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void the_readme_gives_a_build_command_and_a_test_command() throws IOException {
        assertEquals(List.of("mvn -B package -DskipTests", "mvn -B verify"), readmeCommands());
    }

    @Test
    void ci_runs_the_readmes_test_command() throws IOException {
        String ci = Files.readString(GuideFolders.PROJECT.resolve(".ci/run"));
        String testCommand = readmeCommands().get(1);
        assertTrue(ci.lines().anyMatch(l -> l.strip().equals(testCommand)), ci);
        assertTrue(ci.contains("apt-get install") && ci.contains("chromium-driver"), "CI installs the browser the tests use");
    }

    @Test
    void the_pages_workflow_publishes_what_the_readmes_build_command_makes() throws IOException {
        String workflow = Files.readString(GuideFolders.PROJECT.resolve(".github/workflows/pages.yml"));
        assertTrue(workflow.contains("run: " + readmeCommands().get(0)), workflow);
        assertTrue(workflow.contains("path: target/site"), workflow);
        assertTrue(workflow.contains("branches: [main]"), workflow);
    }
}
