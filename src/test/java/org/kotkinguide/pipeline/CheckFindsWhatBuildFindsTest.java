package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;

/**
 * {@code check} passes nothing a full build (PDFs and EPUB included) fails: for every bad fixture both
 * fail, with the same errors at the same files and lines.
 */
@Tag("integration")
class CheckFindsWhatBuildFindsTest {
    private static final Pattern CHECK_ERROR = Pattern.compile("^(.+?):(\\d+):1: error: (.*)$");

    @TempDir
    Path work;

    static Stream<String> badFixtures() throws IOException {
        try (Stream<Path> fixtures = Files.list(GuideFolders.FIXTURES.resolve("bad"))) {
            return fixtures.map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFixtures")
    void check_and_a_full_build_fail_with_the_same_errors(String mistake) {
        Path guide = GuideFolders.minimalWith("bad/" + mistake, work);

        BuildRun check = BuildRun.run("check", "--source", guide.toString());
        BuildRun build = BuildRun.buildAll(guide, work.resolve("out").resolve("site"));

        assertNotEquals(0, build.exitCode(), "a full build must fail on " + mistake);
        assertEquals(1, check.exitCode(), "check must fail on " + mistake + ":\n" + check.out() + check.err());
        List<String> errors =
                check.out().lines().filter(l -> l.contains(": error: ")).toList();
        assertFalse(errors.isEmpty(), check.out());
        for (String error : errors) {
            Matcher m = CHECK_ERROR.matcher(error);
            assertTrue(m.matches(), error);
            String atLine = m.group(1) + ":" + m.group(2) + ": " + m.group(3);
            String wholeFile = m.group(1) + ": " + m.group(3);
            assertTrue(
                    build.err().contains(atLine)
                            || (m.group(2).equals("1") && build.err().contains(wholeFile)),
                    "check said «" + error + "», the build did not:\n" + build.err());
        }
        assertTrue(
                build.err().contains("build failed: " + errors.size() + " error" + (errors.size() == 1 ? ";" : "s;")),
                "check found " + errors.size() + " errors, the build:\n" + build.err());
    }
}
