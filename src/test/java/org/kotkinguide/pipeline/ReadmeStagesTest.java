package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.GuideFolders;

/** The README's "How it works" names the build's stages and their packages as the code does, so the two cannot drift apart. */
class ReadmeStagesTest {

    @Test
    void the_stage_table_names_every_stage_and_no_other() throws IOException {
        String readme = Files.readString(GuideFolders.PROJECT.resolve("README.md"));
        String section = readme.substring(readme.indexOf("\n## How it works\n"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        // the table's first column, after its header and separator rows; a row may name several stages
        Set<String> named = section.lines()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| stage "))
                .map(l -> l.split("\\|")[1].strip())
                .flatMap(cell -> Arrays.stream(cell.split(", ")))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> stages =
                Stream.of(BuildStage.values()).map(BuildStage::label).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(stages, named);
    }

    @Test
    void the_stage_table_names_the_package_that_does_each_stage() throws IOException {
        String readme = Files.readString(GuideFolders.PROJECT.resolve("README.md"));
        String section = readme.substring(readme.indexOf("\n## How it works\n"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        // "| lay out | `layout` | ..." -> lay out=layout, one entry for each stage a row names
        Set<String> written = section.lines()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| stage "))
                .flatMap(l -> {
                    String[] cells = l.split("\\|");
                    String pkg = cells[2].strip().replaceAll("^`([a-z]+)`.*", "$1");
                    return Arrays.stream(cells[1].strip().split(", ")).map(stage -> stage + "=" + pkg);
                })
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inCode = Stream.of(BuildStage.values())
                .map(stage -> stage.label() + "=" + stage.packageName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inCode, written);
    }

    @Test
    void every_stage_names_a_package_that_exists() {
        for (BuildStage stage : BuildStage.values()) {
            assertTrue(
                    Files.isDirectory(
                            GuideFolders.PROJECT.resolve("src/main/java/org/kotkinguide/" + stage.packageName())),
                    stage + " names " + stage.packageName());
        }
    }

    @Test
    void how_it_works_names_every_script_and_every_template_of_the_theme() throws IOException {
        String readme = Files.readString(GuideFolders.PROJECT.resolve("README.md"));
        String rest = readme.substring(readme.indexOf("\n## How it works\n"));
        String section = rest.substring(0, rest.indexOf("\n## ", 1));
        Set<String> missing = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Stream.concat(
                Files.list(GuideFolders.PROJECT.resolve("assets/js")),
                Files.list(GuideFolders.PROJECT.resolve("templates")))) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".js") || name.endsWith(".ftlh"))
                    .filter(name -> !section.contains("`" + name + "`") && !section.contains("/" + name + "`"))
                    .forEach(missing::add);
        }
        // a page type's template is named in the stage table's row, or here by its page
        missing.removeIf(name -> name.endsWith(".ftlh") && !name.equals("layout.ftlh") && !name.equals("all.ftlh"));
        assertEquals(Set.of(), missing, "scripts and layouts README.md's \"How it works\" does not name");
    }
}
