package org.kotkinguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;

/**
 * A page that nests lists inside lists far too deep (a hostile or generated file) would run the
 * converter out of stack: the author gets one located error, not a stack trace.
 */
class DeepNestingTest {
    @TempDir
    Path work;

    /** Lines 1-7 are the header and the section title, so list level N is on line 7 + N. */
    private static String chapter(String body) {
        return "= Deep\n:jbake-type: chapter\n:jbake-order: 3\n\n[#deep]\n== Deep\n\n" + body;
    }

    /** A list {@code levels} deep: "* one", "** two", "*** three"... */
    private static String nestedList(int levels) {
        StringBuilder list = new StringBuilder();
        for (int level = 1; level <= levels; level++) {
            list.append("*".repeat(level)).append(" level ").append(level).append('\n');
        }
        return list.toString();
    }

    /** The build as {@code java -jar} without -Xss runs it: 1 MB of stack on 64-bit Linux (the tests run with 4 MB). */
    private BuildRun buildWithTheDefaultStack(Path guide, boolean pdf) throws InterruptedException {
        return buildWithStack(guide, pdf, 1024 * 1024);
    }

    private BuildRun buildWithStack(Path guide, boolean pdf, long stackBytes) throws InterruptedException {
        AtomicReference<BuildRun> run = new AtomicReference<>();
        Thread plainJava = new Thread(
                null,
                () -> run.set(
                        pdf
                                ? BuildRun.buildAll(guide, work.resolve("site"))
                                : BuildRun.build(guide, work.resolve("site"))),
                "small-stack",
                stackBytes);
        plainJava.start();
        plainJava.join();
        assertNotNull(run.get(), "the build threw instead of reporting");
        return run.get();
    }

    private static void assertOneLocatedError(BuildRun run, String expected) {
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(
                run.err().contains("StackOverflowError") || run.err().contains("\tat "),
                "no stack trace:\n" + run.err());
        assertTrue(run.err().lines().count() <= 3, "a short message:\n" + run.err());
    }

    @Test
    void a_list_a_hundred_levels_deep_is_an_error_at_the_line_that_goes_too_deep() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(guide.resolve("content/chapters/deep.adoc"), chapter(nestedList(100)));

        assertOneLocatedError(
                BuildRun.build(guide, work.resolve("site")),
                "content/chapters/deep.adoc:24: lists and blocks nested 17 levels deep; the most a page may have is 16");
    }

    @Test
    void lists_and_blocks_nested_inside_each_other_count_together() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        StringBuilder body = new StringBuilder();
        for (int level = 1; level <= 12; level++) {
            body.append("*".repeat(level)).append(" level ").append(level).append('\n');
            if (level <= 6) {
                body.append("+\n").append("=".repeat(level + 3)).append('\n');
            }
        }
        Files.writeString(guide.resolve("content/chapters/deep.adoc"), chapter(body.toString()));

        // item 11 (line 7 + 6 * 3 + 5) is the 17th level: 10 lists and 6 example blocks above it
        assertOneLocatedError(
                BuildRun.build(guide, work.resolve("site")),
                "content/chapters/deep.adoc:30: lists and blocks nested 17 levels deep");
    }

    @Test
    void description_lists_inside_a_deep_list_count_as_levels_too() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        // 13 levels of "*", then the four markers of a description list ("::", ":::", "::::", ";;"), each a level
        // deeper
        StringBuilder body = new StringBuilder(nestedList(13));
        for (String marker : List.of("::", ":::", "::::", ";;")) {
            body.append("term").append(marker).append(" its meaning\n");
        }
        Files.writeString(guide.resolve("content/chapters/deep.adoc"), chapter(body.toString()));

        // the fourth marker (line 7 + 13 + 4) is the 17th level
        assertOneLocatedError(
                BuildRun.build(guide, work.resolve("site")),
                "content/chapters/deep.adoc:24: lists and blocks nested 17 levels deep");
    }

    @Test
    void blocks_nested_seven_deep_are_an_error_at_the_seventh_though_the_page_is_within_sixteen() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        StringBuilder body = new StringBuilder();
        for (int level = 1; level <= 7; level++) {
            body.append("=".repeat(level + 3)).append('\n');
        }
        body.append("The deepest paragraph.\n");
        for (int level = 7; level >= 1; level--) {
            body.append("=".repeat(level + 3)).append('\n');
        }
        Files.writeString(guide.resolve("content/chapters/deep.adoc"), chapter(body.toString()));

        // lines 8 to 13 open six example blocks; line 14 opens the seventh
        assertOneLocatedError(
                BuildRun.build(guide, work.resolve("site")),
                "content/chapters/deep.adoc:14: blocks nested 7 deep inside each other; the most a page may have is 6");
    }

    /** Sixteen levels: ten lists, and six example blocks among them, as deep as blocks may go. */
    @Tag("integration")
    @Test
    void a_page_at_the_limit_makes_the_site_and_the_pdf_with_the_default_stack_of_plain_java() throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        StringBuilder body = new StringBuilder();
        for (int level = 1; level <= 10; level++) {
            body.append("*".repeat(level)).append(" level ").append(level).append('\n');
            if (level > 4) {
                body.append("+\n").append("=".repeat(level + 3)).append('\n');
            }
        }
        body.append("The deepest paragraph.\n");
        for (int level = 10; level > 4; level--) {
            body.append("=".repeat(level + 3)).append('\n');
        }
        Files.writeString(guide.resolve("content/chapters/deep.adoc"), chapter(body.toString()));

        BuildRun run = buildWithTheDefaultStack(guide, true);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(work.resolve("site/chapters/deep.html")).contains("The deepest paragraph."));
        assertTrue(Files.size(work.resolve("study-guide.pdf")) > 0, "the PDF is made too");
    }

    @Test
    void an_included_file_too_deep_to_convert_is_an_error_at_the_page_that_includes_it() throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        // a first build starts Asciidoctor with the test's own stack, as a long-running JVM would have
        assertEquals(0, BuildRun.build(guide, work.resolve("first-site")).exitCode());
        // the loader reads pages, not the files they include: this depth reaches the converter. A small
        // stack makes it overflow for certain: compiled code needs less stack a level than interpreted,
        // so how deep the default stack reaches depends on how warm the JVM is
        Files.writeString(guide.resolve("content/chapters/_deep.adoc"), nestedList(600));
        Files.writeString(
                guide.resolve("content/chapters/deep.adoc"), chapter("include::content/chapters/_deep.adoc[]\n"));

        assertOneLocatedError(
                buildWithStack(guide, false, 256 * 1024), "content/chapters/deep.adoc: too deeply nested to convert");
    }
}
