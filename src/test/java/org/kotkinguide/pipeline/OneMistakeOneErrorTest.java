package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;

/**
 * One mistake is one error: not repeated for every page a template lays out, and not followed by
 * the errors it causes elsewhere (a chapter whose header is wrong is still a chapter the timeline may
 * name; a term whose header is wrong is still a term another may be related to). The messages
 * themselves are in {@link BadInputTest}.
 */
@Tag("integration")
class OneMistakeOneErrorTest {
    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "timeline-one-misdated-event",
                "header-blank-line",
                "chapter-error-named-by-the-timeline",
                // a page whose type is mistyped is no chapter, but the timeline that names it is not wrong too
                "chapter-type-in-capitals",
                "term-without-short-definition",
                "citation-out-of-range-after-another",
                "template-typo",
                "chapter-template-missing",
                "broken-template-link",
                // the one-page edition holds the same link, pointed at a part of itself it lacks
                "link-to-a-missing-chapter",
                "xref-to-a-missing-page",
                "bibtex-missing-comma",
                "bibtex-missing-brace",
                // refused, the include is not also a file not found
                "include-outside-content"
            })
    void a_mistake_is_one_error(String mistake) {
        BuildRun run = BuildRun.build(GuideFolders.minimalWith("bad/" + mistake, work), work.resolve("site"));

        assertTrue(run.err().contains("build failed: 1 error;"), run.err());
    }

    @Test
    void a_stylesheet_no_folder_has_is_one_error_not_one_per_page() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        // the guide's assets and the tool's both lack it (a stylesheet deleted from the guide is the tool's again)
        Path head = guide.resolve("templates/partials/head.ftlh");
        Files.writeString(
                head,
                Files.readString(head)
                        .replace(
                                "<link rel=\"stylesheet\" href=\"${page.root}css/print.css\" media=\"print\">",
                                "<link rel=\"stylesheet\" href=\"${page.root}css/print.css\" media=\"print\">\n"
                                        + "<link rel=\"stylesheet\" href=\"${page.root}css/missing.css\">"));

        BuildRun run = BuildRun.build(guide, work.resolve("site"));

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("build failed: 1 error;"), run.err());
        int line = (int) Files.readString(head)
                        .lines()
                        .takeWhile(l -> !l.contains("missing.css"))
                        .count()
                + 1;
        assertTrue(
                run.err()
                        .matches(
                                "(?s).*templates/partials/head.ftlh:" + line
                                        + ": link to '(\\.\\./)*css/missing.css', but the site has no css/missing.css \\(\\d+ pages have it\\).*"),
                run.err());
    }

    /**
     * A link a template writes without {@code ${page.root}} is broken differently in every folder:
     * still one mistake, said at the template's line, not at the first page of each folder.
     */
    @Test
    void a_template_link_broken_from_every_folder_is_one_error_at_the_templates_line() throws IOException {
        int line = footerEndsWith("<p class=\"credits\"><a href=\"credits.html\">Credits</a></p>");

        BuildRun run = BuildRun.build(work.resolve("minimal"), work.resolve("site"));

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("build failed: 1 error;"), run.err());
        assertTrue(
                run.err().contains("templates/partials/footer.ftlh:" + line + ": link to 'credits.html', but the site"),
                run.err());
    }

    /** A link made from a page's own data names no file a template could show: it is said at the first page. */
    @Test
    void a_link_a_template_computes_is_said_at_the_first_page_that_has_it() throws IOException {
        footerEndsWith("<p><a href=\"${page.root}old-${page.uri}\">The old page</a></p>");

        BuildRun run = BuildRun.build(work.resolve("minimal"), work.resolve("site"));

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(
                run.err()
                        .lines()
                        .anyMatch(said -> said.matches("content/\\S+\\.adoc: link to '\\S*old-\\S+\\.html', but"
                                + " the site has no \\S+ \\(the link comes from a template\\)")),
                run.err());
    }

    /** The minimal guide, in {@code work/minimal}, with {@code html} last in its footer; returns that line's number. */
    private int footerEndsWith(String html) throws IOException {
        Path footer = GuideFolders.fixture("minimal", work).resolve("templates/partials/footer.ftlh");
        Files.writeString(footer, Files.readString(footer).replace("</footer>", html + "\n</footer>"));
        return (int) Files.readString(footer)
                        .lines()
                        .takeWhile(l -> !l.equals(html))
                        .count()
                + 1;
    }
}
