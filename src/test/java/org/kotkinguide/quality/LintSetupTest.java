package org.kotkinguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.GuideFolders;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * README's "Code style and lint": {@code mvn verify} compiles with every javac warning an error and lints
 * assets/ with eslint and stylelint at pinned versions, CI installs the node that runs them, and a machine
 * without node skips them with a message unless {@code CI=true}.
 */
class LintSetupTest {
    private static final Path PROJECT = GuideFolders.PROJECT;
    private static final Path SCRIPT = PROJECT.resolve("src/lint/lint-assets.sh");

    /** Every element named {@code name} in the pom. */
    private static List<Element> pomElements(String name) throws Exception {
        NodeList nodes = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(PROJECT.resolve("pom.xml").toFile())
                .getElementsByTagName(name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    @Test
    void javac_warnings_fail_the_build() throws Exception {
        List<String> args = pomElements("compilerArgs").stream()
                .flatMap(e -> e.getTextContent().lines())
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        assertEquals(List.of("-Xlint:all", "-Werror"), args.subList(0, 2));
        // other arguments may tune the code javac writes, never take a warning back
        assertTrue(args.stream().noneMatch(arg -> arg.startsWith("-Xlint:-") || arg.equals("-nowarn")), args::toString);
    }

    @Test
    void verify_checks_the_java_format() throws Exception {
        boolean wired = pomElements("plugin").stream()
                .anyMatch(e -> e.getTextContent().contains("spotless-maven-plugin")
                        && e.getElementsByTagName("palantirJavaFormat").getLength() > 0
                        && e.getTextContent().contains("verify")
                        && e.getTextContent().contains("check"));
        assertTrue(wired, "pom.xml checks the Java format (Spotless, palantir-java-format) in the verify phase");
    }

    @Test
    void verify_runs_the_lint_script() throws Exception {
        boolean wired = pomElements("execution").stream()
                .anyMatch(e -> e.getElementsByTagName("phase").getLength() > 0
                        && e.getElementsByTagName("phase")
                                .item(0)
                                .getTextContent()
                                .equals("verify")
                        && e.getTextContent().contains("src/lint/lint-assets.sh"));
        assertTrue(wired, "pom.xml runs src/lint/lint-assets.sh in the verify phase");
        String script = Files.readString(SCRIPT);
        int install = script.indexOf("npm ci");
        int eslint = script.indexOf("eslint assets/js");
        int stylelint = script.indexOf("stylelint \"assets/css/**/*.css\"");
        assertTrue(install >= 0 && install < eslint && eslint < stylelint, script);
    }

    @Test
    void ci_installs_node_before_the_tests() throws IOException {
        List<String> ci = Files.readAllLines(PROJECT.resolve(".ci/run"));
        int node = -1;
        for (int i = 0; i < ci.size(); i++) {
            if (ci.get(i).contains("apt-get install")
                    && ci.get(i).contains("nodejs")
                    && ci.get(i).contains("npm")) {
                node = i;
            }
        }
        assertTrue(node >= 0, "CI installs Debian's nodejs and npm");
        assertEquals("mvn -B verify", ci.get(ci.size() - 1).strip());
    }

    @Test
    void the_linters_are_pinned_by_exact_version_and_locked() throws IOException {
        String manifest = Files.readString(PROJECT.resolve("package.json"));
        String lock = Files.readString(PROJECT.resolve("package-lock.json"));
        Matcher dependency = Pattern.compile("\"([@\\w/.-]+)\": \"([^\"]*)\"")
                .matcher(manifest.substring(manifest.indexOf("\"devDependencies\"")));
        List<String> names = new ArrayList<>();
        while (dependency.find()) {
            String name = dependency.group(1);
            String version = dependency.group(2);
            names.add(name);
            assertTrue(version.matches("\\d+\\.\\d+\\.\\d+"), name + " is pinned to one version, not " + version);
            assertTrue(
                    Pattern.compile("\"node_modules/" + Pattern.quote(name) + "\": \\{\\s*\"version\": \""
                                    + Pattern.quote(version) + "\"")
                            .matcher(lock)
                            .find(),
                    "package-lock.json holds " + name + " " + version);
        }
        assertTrue(names.containsAll(List.of("eslint", "stylelint")), names.toString());
    }

    /** The lint script run by bash with nothing on the PATH: as on a machine without node. */
    private static Run withoutNode(Path emptyFolder, boolean ci) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", emptyFolder.toString());
        if (ci) {
            env.put("CI", "true");
        }
        Process bash = builder.start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(bash.waitFor(), output);
    }

    private record Run(int exit, String output) {}

    @Test
    void without_node_the_linters_are_skipped_with_a_message_but_not_under_ci(@TempDir Path empty) throws Exception {
        Run local = withoutNode(empty, false);
        assertEquals(0, local.exit(), local.output());
        assertTrue(local.output().contains("lint: skipped, node and npm are not on the PATH"), local.output());

        Run ci = withoutNode(empty, true);
        assertEquals(1, ci.exit(), ci.output());
        assertTrue(ci.output().contains("CI=true"), ci.output());
    }
}
