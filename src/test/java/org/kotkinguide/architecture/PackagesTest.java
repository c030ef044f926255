package org.kotkinguide.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.FileOutputStream;
import java.io.FileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kotkinguide.support.GuideFolders;

/**
 * The packages stay a pipeline a newcomer can read in order: no cycles, each package using only what
 * README.md's "Packages and what each may use" lists for it, and the few libraries and files that
 * must have one owner used by that owner only. Checked on the compiled classes, tests left out.
 */
@AnalyzeClasses(packages = "org.kotkinguide", importOptions = ImportOption.DoNotIncludeTests.class)
class PackagesTest {
    private static final String ROOT = "org.kotkinguide";

    // why: a cycle makes packages one lump, understood, changed and tested only together
    @ArchTest
    static final ArchRule no_cycles_between_packages =
            slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    // why: build --warm's client runs Main and the warm package alone before it hands the command line over;
    // the parser (picocli) or a SHA-256 there cost every warm build 0.05-0.2 s of the client's start
    @ArchTest
    static final ArchRule the_warm_client_loads_no_parser_and_no_digest = noClasses()
            .that()
            .haveFullyQualifiedName(ROOT + ".cli.Main")
            .or()
            .resideInAPackage(ROOT + ".warm..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("picocli..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName(ROOT + ".content.Sha256")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName(java.security.MessageDigest.class.getName());

    // why: JBake is the lay-out stage's library; anywhere else it would tie the build to its lifecycle and store
    @ArchTest
    static final ArchRule jbake_is_used_in_layout_only = noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + ".layout..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.jbake..");

    // why: jbake.properties is read one way, strictly, by settings; a second reader would accept what it refuses
    @ArchTest
    static final ArchRule only_settings_reads_a_properties_file = noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + ".settings..")
            // the jar's own version.properties, written by the build, is not a guide's settings
            .and()
            .doNotHaveFullyQualifiedName(ROOT + ".cli.StudyGuideCommand$Version")
            .should()
            .callMethod(Properties.class, "load", InputStream.class)
            .orShould()
            .callMethod(Properties.class, "load", Reader.class);

    // why: the settings are read once per build, where the guide is loaded; everything else takes the Settings record
    @ArchTest
    static final ArchRule only_the_loader_asks_settings_to_read_the_file = noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + ".settings..")
            .and()
            .doNotHaveFullyQualifiedName(ROOT + ".content.GuideLoader")
            .should()
            .callMethod(ROOT + ".settings.SettingsFile", "read", Path.class.getName());

    // why: the JDK's message for a failed write is the system's alone ("No space left on device"); written through
    // files.FileWrites, a full disk or a quota is said at the file it stopped
    @ArchTest
    static final ArchRule only_files_writes_into_a_file = noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + ".files..")
            .should()
            .callMethodWhere(DescribedPredicate.describe(
                    "Files.write, writeString, newOutputStream or newBufferedWriter",
                    call -> call.getTargetOwner().isEquivalentTo(Files.class)
                            && Set.of("write", "writeString", "newOutputStream", "newBufferedWriter")
                                    .contains(call.getName())))
            .orShould()
            .dependOnClassesThat()
            .belongToAnyOf(FileOutputStream.class, FileWriter.class, RandomAccessFile.class);

    // why: cli and preview are entry points; a stage that used one would run only behind it
    @ArchTest
    static final ArchRule nothing_but_cli_uses_cli = nothingButCliUses("cli");

    // why: the benchmark is the project's, not the teacher's: it lives in its own source set (src/bench/java)
    // and jar, so the tool's jar and the distribution do not carry it, and nothing in the tool can use it
    @ArchTest
    static final ArchRule the_benchmark_is_not_in_the_tool = noClasses()
            .should()
            .resideInAPackage(ROOT + ".bench..")
            .because("the benchmark is compiled from src/bench/java into its own jar");

    @ArchTest
    static final ArchRule nothing_but_cli_uses_preview = nothingButCliUses("preview");

    private static ArchRule nothingButCliUses(String entryPoint) {
        return noClasses()
                .that()
                .resideOutsideOfPackages(ROOT + ".cli..", ROOT + "." + entryPoint + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + "." + entryPoint + "..");
    }

    // why: the loader makes the model and nothing changes it after: a stage that wrote into it (conversion once
    // noted term uses in it and filled in the timeline's texts) made what a later stage saw depend on what ran
    // before; conversion hands back what it found in a new guide (convert.ConvertedPages.guide()) instead
    @ArchTest
    static final ArchRule the_model_holds_only_final_fields = fields().that()
            .areDeclaredInClassesThat()
            .resideInAPackage(ROOT + ".model..")
            .should()
            .beFinal();

    // why: with final fields, a method that returns nothing could only change what a field holds (a list, a map)
    @ArchTest
    static final ArchRule the_models_methods_answer_and_change_nothing = noMethods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage(ROOT + ".model..")
            .should()
            .haveRawReturnType(void.class);

    // why: the README's package map is the rule, so it cannot drift from the code in either direction
    @ArchTest
    static void each_package_uses_only_what_the_readme_lists_for_it(JavaClasses classes) throws IOException {
        Map<String, List<String>> allowed = readmePackageMap();
        TreeSet<String> existing = classes.stream()
                .map(PackagesTest::topPackage)
                .filter(p -> !p.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                existing, new TreeSet<>(allowed.keySet()), "the packages README.md lists against those that exist");

        // listed in an order where each package comes after those it uses, which is what no cycle means
        List<String> before = new ArrayList<>();
        allowed.forEach((pkg, uses) -> {
            assertTrue(before.containsAll(uses), pkg + " is listed before a package it uses: " + uses);
            before.add(pkg);
        });

        List<String> violations = new ArrayList<>();
        allowed.forEach((pkg, uses) -> {
            List<String> mayUse = new ArrayList<>(
                    uses.stream().map(p -> ROOT + "." + p + "..").toList());
            mayUse.add(ROOT + "." + pkg + "..");
            EvaluationResult result = classes()
                    .that()
                    .resideInAPackage(ROOT + "." + pkg + "..")
                    .should()
                    .onlyDependOnClassesThat(
                            resideOutsideOfPackage(ROOT + "..").or(resideInAnyPackage(mayUse.toArray(String[]::new))))
                    .evaluate(classes);
            violations.addAll(result.getFailureReport().getDetails());
        });
        assertTrue(violations.isEmpty(), "uses that README.md does not list:\n" + String.join("\n", violations));

        // and the other way: a package listed as used is used, so the map says what the code is
        Map<String, TreeSet<String>> used = new TreeMap<>();
        classes.forEach(type -> type.getDirectDependenciesFromSelf().forEach(dependency -> {
            String from = topPackage(type);
            String to = topPackage(dependency.getTargetClass());
            if (!from.isEmpty() && !to.isEmpty() && !to.equals(from)) {
                used.computeIfAbsent(from, p -> new TreeSet<>()).add(to);
            }
        }));
        List<String> unused = new ArrayList<>();
        allowed.forEach((pkg, uses) -> uses.stream()
                .filter(use -> !used.getOrDefault(pkg, new TreeSet<>()).contains(use))
                .forEach(use -> unused.add(pkg + " is listed as using " + use + ", which it does not")));
        assertEquals(List.of(), unused, "uses README.md lists that the code does not make");
    }

    /** The package under org.kotkinguide a class is in ({@code layout} for org.kotkinguide.layout.x.Y). */
    private static String topPackage(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return "";
        }
        String rest = name.substring(ROOT.length() + 1);
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    /** README.md's list "- `pkg` (uses `a`, `b`): what it holds", as pkg → [a, b]; "(uses none)" is empty. */
    private static Map<String, List<String>> readmePackageMap() throws IOException {
        String readme = Files.readString(GuideFolders.PROJECT.resolve("README.md"));
        int start = readme.indexOf("\n### Packages and what each may use\n");
        assertTrue(start >= 0, "README.md has the section \"Packages and what each may use\"");
        String section = readme.substring(start + 1);
        section = section.substring(0, section.indexOf("\n#", 1));
        Pattern item = Pattern.compile("^- `([a-z]+)` \\(uses ([^)]*)\\):", Pattern.MULTILINE);
        Pattern name = Pattern.compile("`([a-z]+)`");
        Map<String, List<String>> map = new LinkedHashMap<>();
        Matcher m = item.matcher(section);
        while (m.find()) {
            List<String> uses = new ArrayList<>();
            Matcher n = name.matcher(m.group(2));
            while (n.find()) {
                uses.add(n.group(1));
            }
            map.put(m.group(1), uses);
        }
        return map;
    }
}
