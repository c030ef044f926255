package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.GuideFolders;

/** The README's two commands are the ones CI and the publishing workflow really run, and nothing untested is published. */
class ReadmeCommandsTest {

    /** The commands in the README's first shell block, without their comments. */
    private static List<String> readmeCommands() throws IOException {
        String readme = Files.readString(GuideFolders.PROJECT.resolve("README.md"));
        String block = readme.substring(readme.indexOf("```sh") + 5);
        block = block.substring(0, block.indexOf("```"));
        return block.lines()
                .map(l -> l.replaceAll("#.*", "").strip())
                .filter(l -> !l.isEmpty())
                .toList();
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
        assertTrue(
                ci.contains("apt-get install") && ci.contains("chromium-driver"),
                "CI installs the browser the tests use");
    }

    @Test
    void the_pages_workflow_publishes_what_the_readmes_build_command_makes() throws IOException {
        String workflow = Files.readString(GuideFolders.PROJECT.resolve(".github/workflows/pages.yml"));
        assertTrue(workflow.contains("run: " + readmeCommands().get(0)), workflow);
        assertTrue(workflow.contains("path: target/site"), workflow);
        assertTrue(workflow.contains("branches: [main]"), workflow);
    }

    /** Each job of a GitHub workflow by its name: the lines indented under it in {@code jobs:}. */
    private static Map<String, String> jobs(String workflow) {
        Map<String, String> jobs = new LinkedHashMap<>();
        String name = null;
        boolean inJobs = false;
        for (String line : workflow.lines().toList()) {
            if (!line.isBlank() && !line.startsWith(" ")) {
                inJobs = line.startsWith("jobs:");
                name = null;
            } else if (inJobs && line.matches("  [\\w-]+:\\s*")) {
                name = line.strip().replace(":", "");
                jobs.put(name, "");
            } else if (name != null) {
                jobs.merge(name, line.strip() + "\n", String::concat);
            }
        }
        return jobs;
    }

    /** The jobs that {@code job} waits for, directly or through others. */
    private static Set<String> waitsFor(Map<String, String> jobs, String job) {
        Set<String> before = new TreeSet<>();
        Matcher needs = Pattern.compile("(?m)^needs: \\[?([\\w, -]+)\\]?$").matcher(jobs.getOrDefault(job, ""));
        if (needs.find()) {
            for (String need : needs.group(1).split(",")) {
                if (before.add(need.strip())) {
                    before.addAll(waitsFor(jobs, need.strip()));
                }
            }
        }
        return before;
    }

    @Test
    void the_pages_workflow_publishes_only_after_the_tests_ci_runs_have_passed() throws IOException {
        String workflow = Files.readString(GuideFolders.PROJECT.resolve(".github/workflows/pages.yml"));
        Map<String, String> jobs = jobs(workflow);
        String testCommand = readmeCommands().get(1);
        String testing = jobs.entrySet().stream()
                .filter(job -> job.getValue().contains("run: bash .ci/run\n")
                        || job.getValue().contains("run: " + testCommand + "\n"))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no job runs the tests:\n" + workflow));
        assertFalse(jobs.get(testing).contains("continue-on-error"), "a failed test must stop the workflow");
        for (Map.Entry<String, String> job : jobs.entrySet()) {
            if (job.getValue().contains("deploy-pages") || job.getValue().contains("upload-pages-artifact")) {
                assertTrue(
                        waitsFor(jobs, job.getKey()).contains(testing),
                        "job '" + job.getKey() + "' publishes without waiting for the tests in '" + testing + "'");
            }
        }
        assertTrue(
                jobs.values().stream().anyMatch(steps -> steps.contains("deploy-pages")),
                "the workflow publishes: " + jobs.keySet());
    }
}
