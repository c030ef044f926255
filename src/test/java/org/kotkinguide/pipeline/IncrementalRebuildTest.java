package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.GuideBuildException;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.FolderSnapshot;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.GuideSources;

/**
 * An author edits while the preview server rebuilds: each rebuild converts only what changed, and
 * its site is exactly the site a clean build of the same files makes.
 */
@Tag("integration")
class IncrementalRebuildTest {
    @TempDir
    Path work;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    /** The real guide, copied; the helpers below edit it. */
    private Path guide;

    /** A preview server's build of a copy of the real guide, after its first build. */
    private GuideBuild previewOfTheRealGuideBuiltOnce() {
        guide = GuideFolders.realGuideCopy(work);
        GuideBuild preview = previewBuild(guide);
        built = preview.run();
        return preview;
    }

    private GuideBuild previewBuild(Path guide) {
        return new GuideBuild(
                BuildOptions.of(guide, work.resolve("preview/site")).withoutPdf(),
                new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    /** What the last rebuild did, stage by stage. */
    private BuildResult built;

    private StageReport converted() {
        return built.stage(BuildStage.CONVERT);
    }

    private StageReport laidOut() {
        return built.stage(BuildStage.LAY_OUT);
    }

    private Path site() {
        return work.resolve("preview/site");
    }

    /** Dates every file of the preview's site in the past, so a rebuild shows which files it wrote anew. */
    private void ageSite() throws IOException {
        try (Stream<Path> files = Files.walk(site())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
    }

    /** An author's edit: the file's text, changed. */
    private static void edit(Path file, UnaryOperator<String> change) throws IOException {
        Files.writeString(file, change.apply(Files.readString(file)));
    }

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    private void assertSameAsCleanBuild(Path guide) {
        assertEquals(0, BuildRun.build(guide, work.resolve("clean/site")).exitCode());
        assertEquals(FolderSnapshot.of(work.resolve("clean/site")), FolderSnapshot.of(work.resolve("preview/site")));
    }

    @Test
    void editing_one_chapter_converts_only_that_chapter_and_updates_every_page_that_shows_it() throws IOException {
        GuideBuild preview = previewOfTheRealGuideBuiltOnce();
        int pages = (int) converted().count("pages");

        // a new use of a term and a new citation: the term's "Appears in" and the bibliography change too
        Path chapter = GuideSources.chapters(guide).get(1);
        String term = GuideSources.termNotUsedIn(chapter);
        Files.writeString(
                chapter,
                "\nA sentence added while previewing, about term:" + term + "[]. " + GuideSources.citation(guide)
                        + "\n",
                StandardOpenOption.APPEND);
        built = preview.run();
        assertEquals(pages - 1, converted().kept(), "unchanged since the last build, kept");
        assertEquals(1, converted().redone(), "converted again");
        assertTrue(Files.readString(work.resolve("preview/site/glossary/" + term + ".html"))
                .contains(GuideSources.page(chapter)));
        assertSameAsCleanBuild(guide);
    }

    @Test
    void a_prose_edit_lays_out_only_its_page_again_and_leaves_the_files_of_the_others_as_they_were()
            throws IOException {
        GuideBuild preview = previewOfTheRealGuideBuiltOnce();
        int pages = (int) laidOut().count("pages");
        ageSite();

        Path chapter = GuideSources.chapters(guide).get(1);
        Path otherChapter = GuideSources.chapters(guide).get(0);
        String otherTerm = "glossary/" + GuideSources.termNotUsedIn(chapter) + ".html";
        Files.writeString(chapter, "\nA plain sentence added while previewing.\n", StandardOpenOption.APPEND);
        built = preview.run();
        assertEquals(pages - 1, laidOut().kept(), "laid out as in the last build, kept");
        // an upload tool that compares times (rsync, a web server's Last-Modified) sees only what changed
        assertEquals(LONG_AGO, Files.getLastModifiedTime(site().resolve(GuideSources.page(otherChapter))));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(site().resolve(otherTerm)));
        assertTrue(Files.getLastModifiedTime(site().resolve(GuideSources.page(chapter)))
                        .compareTo(LONG_AGO)
                > 0);
        assertTrue(Files.readString(site().resolve(GuideSources.page(chapter)))
                .contains("A plain sentence added while previewing."));
        assertSameAsCleanBuild(guide);
    }

    @Test
    void a_new_chapter_title_is_laid_out_on_every_page_that_lists_the_chapters() throws IOException {
        GuideBuild preview = previewOfTheRealGuideBuiltOnce();
        Path chapter =
                GuideSources.chapters(guide).get(GuideSources.chapters(guide).size() - 1);
        edit(chapter, text -> text.replaceFirst("(?m)^= .*$", "= A Chapter Retitled"));
        built = preview.run();
        assertEquals(0, laidOut().kept(), "laid out as in the last build, kept");
        String term = "glossary/" + GuideSources.terms(guide).get(0) + ".html";
        assertTrue(Files.readString(site().resolve(term)).contains("A Chapter Retitled"), term);
        assertSameAsCleanBuild(guide);
    }

    @Test
    void editing_a_template_lays_out_every_page_again() throws IOException {
        GuideBuild preview = previewOfTheRealGuideBuiltOnce();
        Path footer = guide.resolve("templates/partials/footer.ftlh");
        edit(footer, text -> text.replace("</footer>", "<p>A footer edited while previewing.</p>\n</footer>"));
        built = preview.run();
        assertEquals(0, laidOut().kept(), "laid out as in the last build, kept");
        for (String page : List.of(
                "index.html",
                GuideSources.page(GuideSources.chapters(guide).get(0)),
                "glossary/" + GuideSources.terms(guide).get(0) + ".html",
                "bibliography.html")) {
            assertTrue(Files.readString(site().resolve(page)).contains("A footer edited while previewing."), page);
        }
        assertSameAsCleanBuild(guide);
    }

    @Test
    void a_page_kept_from_the_last_build_still_has_its_links_checked_against_the_pages_that_changed()
            throws IOException {
        guide = GuideFolders.realGuideCopy(work);
        Path introduction = GuideSources.chapters(guide).get(0);
        Path geopolitics = GuideSources.chapters(guide).get(1);
        String link = "See link:" + GuideSources.name(geopolitics) + ".html#kept-anchor[the anchor].";
        Files.writeString(introduction, "\n" + link + "\n", StandardOpenOption.APPEND);
        String withAnchor = Files.readString(geopolitics) + "\n[[kept-anchor]]\nAn anchored paragraph.\n";
        Files.writeString(geopolitics, withAnchor);
        GuideBuild preview = previewBuild(guide);
        built = preview.run();

        Files.writeString(geopolitics, withAnchor.replace("[[kept-anchor]]\n", ""));
        GuideBuildException broken = assertThrows(GuideBuildException.class, preview::run);
        int line = Files.readAllLines(introduction).indexOf(link) + 1;
        assertTrue(
                broken.getMessage().contains("content/chapters/" + introduction.getFileName() + ":" + line + ":"),
                broken.getMessage());
        assertTrue(broken.getMessage().contains("has no id 'kept-anchor'"), broken.getMessage());
    }

    @Test
    void a_broken_edit_fails_and_its_fix_builds_as_if_from_scratch() throws IOException {
        GuideBuild preview = previewOfTheRealGuideBuiltOnce();
        Path chapter =
                GuideSources.chapters(guide).get(GuideSources.chapters(guide).size() - 1);
        String original = Files.readString(chapter);
        String term = GuideSources.terms(guide).get(0);
        // a letter left out, as "limitrofe" for "limitrophe"
        String slip = term.substring(0, term.length() - 1);
        assertFalse(GuideSources.terms(guide).contains(slip), slip);

        Files.writeString(chapter, original + "\nA slip: term:" + slip + "[].\n");
        assertThrows(GuideBuildException.class, preview::run);
        Files.writeString(chapter, original + "\nFixed: term:" + term + "[].\n");
        built = preview.run();
        assertSameAsCleanBuild(guide);
    }

    @Test
    void changing_a_glossary_definition_converts_again_only_the_pages_that_use_the_term_so_every_tooltip_shows_it()
            throws IOException {
        GuideBuild preview = previewOfTheRealGuideBuiltOnce();
        // a term the first chapter uses and another chapter does not: some pages convert again, some not
        Path first = GuideSources.chapters(guide).get(0);
        String used = GuideSources.termsUsedIn(first).stream()
                .filter(id -> GuideSources.chapters(guide).stream()
                        .anyMatch(c -> !GuideSources.termsUsedIn(c).contains(id)))
                .findFirst()
                .orElseThrow();
        Path term = guide.resolve("content/glossary/" + used + ".adoc");
        edit(
                term,
                text -> text.replaceFirst(":jbake-short: .*", ":jbake-short: A definition edited while previewing."));
        built = preview.run();
        assertTrue(
                converted().kept() > 0 && converted().redone() > 0,
                "some pages kept, those that use the term converted again: " + converted());
        assertTrue(Files.readString(work.resolve("preview/site/" + GuideSources.page(first)))
                .contains("A definition edited while previewing."));
        assertSameAsCleanBuild(guide);
    }

    @Test
    void a_new_guide_title_is_laid_out_on_every_page_without_converting_any_page_again() throws IOException {
        GuideBuild preview = previewOfTheRealGuideBuiltOnce();
        int pages = (int) converted().count("pages");
        edit(
                guide.resolve("jbake.properties"),
                text -> text.replaceFirst("(?m)^guide.title=.*$", "guide.title=A Retitled Study Guide"));
        built = preview.run();
        assertEquals(pages, converted().kept(), "unchanged since the last build, kept");
        assertEquals(0, laidOut().kept(), "laid out as in the last build, kept");
        assertTrue(Files.readString(site().resolve(
                                GuideSources.page(GuideSources.chapters(guide).get(0))))
                .contains("A Retitled Study Guide"));
        assertSameAsCleanBuild(guide);
    }

    @Test
    void a_new_accent_colour_or_home_line_converts_no_page_again() throws IOException {
        guide = GuideFolders.fixture("minimal", work);
        GuideBuild preview = previewBuild(guide);
        built = preview.run();
        int pages = (int) converted().count("pages");
        Files.writeString(
                guide.resolve("jbake.properties"),
                "\nguide.accent=#1a6b3c\nguide.home.eyebrow=River studies\nguide.nav.max-chapters=3\n",
                java.nio.file.StandardOpenOption.APPEND);
        built = preview.run();
        assertEquals(pages, converted().kept(), "settings only the layout reads: every page kept");
        assertTrue(Files.readString(site().resolve("index.html")).contains("River studies"));
        assertSameAsCleanBuild(guide);
    }

    @Test
    void an_edit_to_an_included_file_converts_again_only_the_page_that_includes_it() throws IOException {
        guide = GuideFolders.minimalWith("include-inside-guide", work);
        GuideBuild preview = previewBuild(guide);
        built = preview.run();
        int pages = (int) converted().count("pages");
        built = preview.run();
        assertEquals(pages, converted().kept(), "a page with an include is kept while nothing it reads changed");

        Files.writeString(guide.resolve("content/shared/_note.adoc"), "A shared note edited while previewing.\n");
        built = preview.run();
        assertEquals(pages - 1, converted().kept(), "only the page that includes the note is converted again");
        assertEquals(1, converted().redone());
        assertTrue(Files.readString(site().resolve("chapters/mouths.html"))
                .contains("A shared note edited while previewing."));
        assertSameAsCleanBuild(guide);
    }

    @Test
    void a_new_citation_style_converts_every_page_again() throws IOException {
        GuideBuild preview = previewOfTheRealGuideBuiltOnce();
        edit(
                guide.resolve("jbake.properties"),
                text -> text.replaceFirst("(?m)^guide.csl.style=.*$", "guide.csl.style=apa"));
        built = preview.run();
        assertEquals(0, converted().kept(), "unchanged since the last build, kept");
        assertSameAsCleanBuild(guide);
    }

    @Test
    void removing_a_term_that_kept_pages_use_fails_at_each_of_them() throws IOException {
        GuideBuild preview = previewOfTheRealGuideBuiltOnce();
        // a term chapters use that no other term lists as related (which fails differently), as league-of-nations
        String used = GuideSources.chapters(guide).stream()
                .flatMap(c -> GuideSources.termsUsedIn(c).stream())
                .filter(id -> !relatedByAnotherTerm(guide, id))
                .sorted()
                .findFirst()
                .orElseThrow();
        Files.delete(guide.resolve("content/glossary/" + used + ".adoc"));
        GuideBuildException missing = assertThrows(GuideBuildException.class, preview::run);
        try (Stream<Path> chapters = Files.list(guide.resolve("content/chapters"))) {
            for (Path chapter :
                    chapters.filter(c -> read(c).contains("term:" + used + "[")).toList()) {
                assertTrue(
                        missing.getMessage().contains("content/chapters/" + chapter.getFileName() + ":"),
                        missing.getMessage());
            }
        }
        assertTrue(missing.getMessage().contains("unknown glossary term '" + used + "'"), missing.getMessage());
    }

    /** Whether a glossary term lists the term among its {@code :jbake-related:} terms. */
    private static boolean relatedByAnotherTerm(Path guide, String id) {
        java.util.regex.Pattern related = java.util.regex.Pattern.compile(
                "(?m)^:jbake-related:.*(?<![a-z0-9-])" + java.util.regex.Pattern.quote(id) + "(?![a-z0-9-])");
        return GuideSources.terms(guide).stream()
                .anyMatch(term -> related.matcher(read(guide.resolve("content/glossary/" + term + ".adoc")))
                        .find());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
