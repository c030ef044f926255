package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.content.Sha256;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.FolderSnapshot;
import org.kotkinguide.support.GuideFolders;

/**
 * A user names an output folder by mistake: their own folder, the guide itself, a file. The build
 * refuses, says which folder and why, exits non-zero, and deletes nothing. It replaces only a
 * folder it made itself, or an empty one, and beside the site it overwrites only its own copies.
 */
class OutputSafetyTest {
    @TempDir
    static Path work;

    static Path guide;

    @BeforeAll
    static void aGuide() {
        guide = GuideFolders.fixture("minimal", work);
    }

    @Test
    void a_folder_holding_a_users_file_is_refused_and_the_file_is_kept() throws IOException {
        Path folder = Files.createDirectories(work.resolve("documents"));
        Files.writeString(folder.resolve("thesis.docx"), "four years of work");

        BuildRun run = BuildRun.build(guide, folder);

        assertRefused(run, folder, "holds files the build did not make (thesis.docx)");
        assertEquals("four years of work", Files.readString(folder.resolve("thesis.docx")));
        assertEquals(1, count(folder), "nothing may be added to the user's folder");
    }

    /**
     * The preview checks its own output again before each rebuild, by each file's stamp (inode, size,
     * time) where this process published it: a page a user edited there since, even to the same size,
     * is not the build's any more, and the rebuild is refused with the page named.
     */
    @Test
    void a_page_edited_after_a_build_in_this_process_is_refused_by_the_next() throws IOException {
        Path site = work.resolve("edited/site");
        assertEquals(0, BuildRun.build(guide, site).exitCode());
        Path page = site.resolve("index.html");
        String html = Files.readString(page);
        // the same number of bytes, one letter changed: only the content tells it apart
        int at = html.indexOf("<title>") + "<title>".length();
        char letter = html.charAt(at);
        Files.writeString(page, html.substring(0, at) + (letter == 'X' ? 'Y' : 'X') + html.substring(at + 1));

        BuildRun again = BuildRun.build(guide, site);

        assertRefused(again, site, "holds files the build did not make (index.html)");
    }

    @Test
    void a_home_folder_is_refused() throws IOException {
        Path home = Files.createDirectories(work.resolve("home-of-a-teacher"));
        Files.writeString(home.resolve(".bashrc"), "export EDITOR=vi\n");
        Files.createDirectories(home.resolve("Documents"));
        Map<String, String> before = FolderSnapshot.of(home);

        assertRefused(BuildRun.build(guide, home), home, "holds files the build did not make");
        assertEquals(before, FolderSnapshot.of(home));
    }

    @Test
    void the_guide_folder_itself_is_refused_and_left_whole() throws IOException {
        Path copy = GuideFolders.fixture("minimal", Files.createDirectories(work.resolve("own")));
        Files.createDirectories(copy.resolve(".git"));
        Files.writeString(copy.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Map<String, String> before = FolderSnapshot.of(copy);

        assertRefused(BuildRun.build(copy, copy), copy, "is the guide's own folder");
        assertEquals(before, FolderSnapshot.of(copy), "the guide, .git included, must be untouched");
    }

    @Test
    void a_folder_that_contains_the_guide_is_refused() {
        assertRefused(BuildRun.build(guide, guide.getParent()), guide.getParent(), "contains the guide's folder");
    }

    @Test
    void a_folder_inside_the_content_template_or_asset_folder_is_refused() {
        Path inside = guide.resolve("content/site");
        assertRefused(BuildRun.build(guide, inside), inside, "is inside content/, which the build reads");
        assertFalse(Files.exists(inside), "nothing may be written into the content folder");
        assertRefused(BuildRun.build(guide, guide.resolve("content")), guide.resolve("content"), "is inside content/");
        // the guide's own theme is read too: a site there would be published inside the next one
        for (String folder : java.util.List.of("templates", "assets")) {
            Path theme = guide.resolve(folder + "/site");
            assertRefused(BuildRun.build(guide, theme), theme, "is inside " + folder + "/, which the build reads");
            assertFalse(Files.exists(theme), "nothing may be written into " + folder + "/");
        }
    }

    @Test
    void a_plain_file_is_refused_and_kept() throws IOException {
        Path file = Files.writeString(work.resolve("notes.txt"), "my notes");

        assertRefused(BuildRun.build(guide, file), file, "is a file, not a folder");
        assertEquals("my notes", Files.readString(file));
    }

    @Test
    void a_symbolic_link_is_refused_and_what_it_points_to_is_kept() throws IOException {
        Path real = Files.createDirectories(work.resolve("real-folder"));
        Files.writeString(real.resolve("keep.txt"), "keep");
        Path link = Files.createSymbolicLink(work.resolve("link-to-folder"), real);

        assertRefused(BuildRun.build(guide, link), link, "is a symbolic link");
        assertTrue(Files.isSymbolicLink(link), "the link must stay a link");
        assertEquals("keep", Files.readString(real.resolve("keep.txt")));
    }

    @Test
    void the_root_of_the_file_system_is_refused() {
        BuildRun run = BuildRun.build(guide, Path.of("/"));
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("is the root of the file system"), run.err());
    }

    @Test
    void an_empty_folder_and_the_builds_own_site_are_replaced() throws IOException {
        Path empty = Files.createDirectories(work.resolve("empty/site"));
        assertEquals(0, BuildRun.build(guide, empty).exitCode());
        assertTrue(Files.exists(empty.resolve("index.html")));
        assertTrue(Files.exists(empty.resolve(GuideLoader.SITE_MARKER)), "a site says the build made it");

        BuildRun again = BuildRun.build(guide, empty);
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(1, count(empty.getParent()), "no build folder may be left beside the site");
    }

    /**
     * The site's list of its files vouches for each by its SHA-256. After an edit most files are the
     * published ones, shared, and take the hash the last list gave them: each must still be the file's own.
     */
    @Test
    void after_an_edit_the_sites_list_holds_each_files_own_hash() throws IOException {
        Path edited = GuideFolders.fixture("minimal", Files.createDirectories(work.resolve("edited")));
        Path site = work.resolve("edited-output/site");
        assertEquals(0, BuildRun.build(edited, site).exitCode());
        Path chapter = edited.resolve("content/chapters/mouths.adoc");
        Files.writeString(chapter, Files.readString(chapter) + "\nA sentence added.\n");
        BuildRun again = BuildRun.build(edited, site);
        assertEquals(0, again.exitCode(), again.err());

        List<String> lines = Files.readAllLines(site.resolve(GuideLoader.SITE_MARKER));
        assertEquals(OutputFolder.MANIFEST_HEADER, lines.get(0));
        Map<String, String> listed = new java.util.TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            listed.put(line.substring(line.indexOf(' ') + 1), line.substring(0, line.indexOf(' ')));
        }
        Map<String, String> hashed = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = site.relativize(file).toString();
                if (!name.equals(GuideLoader.SITE_MARKER)) {
                    hashed.put(name, Sha256.hex(Files.readAllBytes(file)));
                }
            }
        }
        assertEquals(hashed.keySet(), listed.keySet());
        assertEquals(
                List.of(),
                hashed.keySet().stream()
                        .filter(name -> !hashed.get(name).equals(listed.get(name)))
                        .toList(),
                "files listed with a hash not their own");
        assertTrue(Files.readString(site.resolve("chapters/mouths.html")).contains("A sentence added."));
    }

    @Test
    void a_teachers_folder_of_handouts_beside_the_site_is_refused() throws IOException {
        Path site = work.resolve("class/site");
        Path handouts = Files.createDirectories(site.resolveSibling("handouts"));
        Files.writeString(handouts.resolve("week1.docx"), "the teacher's own handout");

        BuildRun run = BuildRun.buildAll(guide, site);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(
                run.err()
                        .contains(handouts
                                + ": refused: it is a folder holding files the build did not write (week1.docx)"),
                run.err());
        assertEquals("the teacher's own handout", Files.readString(handouts.resolve("week1.docx")));
        assertFalse(Files.exists(site), "a refused build writes nothing");
    }

    @Test
    void a_teachers_handout_in_the_builds_own_handouts_folder_is_refused_even_with_the_marker() throws IOException {
        Path site = work.resolve("marked/site");
        Path handouts = Files.createDirectories(site.resolveSibling("handouts"));
        Files.writeString(handouts.resolve("week1.pdf"), "a handout the build wrote");
        org.kotkinguide.pipeline.OutputFolder.writeManifest(handouts);
        Files.writeString(handouts.resolve("week1-annotated.pdf"), "the teacher's notes");

        BuildRun run = BuildRun.buildAll(guide, site);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("(week1-annotated.pdf)"), run.err());
        assertEquals("the teacher's notes", Files.readString(handouts.resolve("week1-annotated.pdf")));

        Files.writeString(handouts.resolve("week1.pdf"), "annotated in place");
        Files.delete(handouts.resolve("week1-annotated.pdf"));
        BuildRun changed = BuildRun.buildAll(guide, site);
        assertEquals(1, changed.exitCode(), changed.err());
        assertTrue(changed.err().contains("(week1.pdf)"), changed.err());
        assertEquals("annotated in place", Files.readString(handouts.resolve("week1.pdf")));
    }

    @Test
    void a_pdf_or_zip_beside_the_site_that_the_build_did_not_write_is_refused() throws IOException {
        for (String name : new String[] {GuideBuild.PDF, GuideBuild.ZIP}) {
            Path site = work.resolve("beside-" + name + "/site");
            Path mine = Files.createDirectories(site.getParent()).resolve(name);
            Files.writeString(mine, "someone else's " + name);

            BuildRun run = BuildRun.buildAll(guide, site);

            assertEquals(1, run.exitCode(), run.err());
            assertTrue(
                    run.err().contains(mine + ": refused: it is not the file the last build wrote there"), run.err());
            assertEquals("someone else's " + name, Files.readString(mine));
        }
    }

    @Tag("integration")
    @Test
    void the_build_overwrites_its_own_copies_beside_the_site_but_not_a_pdf_a_teacher_changed() throws IOException {
        Path site = work.resolve("term/site");
        BuildRun first = BuildRun.buildAll(guide, site);
        assertEquals(0, first.exitCode(), first.err());
        BuildRun second = BuildRun.buildAll(guide, site);
        assertEquals(0, second.exitCode(), "a build replaces the PDFs and zip it wrote itself: " + second.err());

        Path pdf = site.resolveSibling(GuideBuild.PDF);
        Files.write(pdf, "annotated in class".getBytes(), java.nio.file.StandardOpenOption.APPEND);
        byte[] annotated = Files.readAllBytes(pdf);
        BuildRun third = BuildRun.buildAll(guide, site);

        assertEquals(1, third.exitCode(), third.err());
        assertTrue(third.err().contains(pdf + ": refused"), third.err());
        assertTrue(java.util.Arrays.equals(annotated, Files.readAllBytes(pdf)), "the teacher's PDF must be kept");
    }

    @Test
    void a_site_left_aside_by_a_killed_build_is_put_back_and_its_build_folders_removed() throws Exception {
        Path site = work.resolve("killed/site");
        assertEquals(0, BuildRun.build(guide, site).exitCode());
        Map<String, String> published = FolderSnapshot.of(site);
        long dead = deadProcessId();
        // the state a build killed between its two renames leaves: the old site aside, the new one half made
        Files.move(site, site.resolveSibling(".site-previous-" + dead + "-1"));
        Path halfBuilt = Files.createDirectories(site.resolveSibling(".site-building-" + dead + "-2"));
        Files.writeString(halfBuilt.resolve(GuideLoader.SITE_MARKER), "");
        Files.writeString(halfBuilt.resolve("index.html"), "<p>half");

        BuildRun broken =
                BuildRun.build(GuideFolders.minimalWith("bad/unknown-term", work.resolve("killed-guide")), site);

        assertEquals(1, broken.exitCode());
        assertEquals(published, FolderSnapshot.of(site), "the last good site is back at the output");
        assertEquals(1, count(site.getParent()), "the killed build's folders are gone");
    }

    @Test
    void another_builds_folders_beside_the_site_are_left_alone() throws IOException {
        Path site = work.resolve("shared/site");
        Process live = new ProcessBuilder("sleep", "60").start();
        try {
            Path running = Files.createDirectories(site.resolveSibling(".site-building-" + live.pid() + "-7"));
            Files.writeString(running.resolve(GuideLoader.SITE_MARKER), "");
            Path unmarked = Files.createDirectories(site.resolveSibling(".site-building-1-1"));

            assertEquals(0, BuildRun.build(guide, site).exitCode());

            assertTrue(Files.exists(running), "a folder a live build is writing must stay");
            assertTrue(Files.exists(unmarked), "a folder without the build's marker is not the build's");
        } finally {
            live.destroy();
        }
    }

    @Test
    void a_site_left_aside_by_a_killed_build_with_this_builds_process_id_is_put_back() throws IOException {
        // in a container every build is PID 1: the killed build's id is the next build's own
        Path site = work.resolve("container/site");
        assertEquals(0, BuildRun.build(guide, site).exitCode());
        Map<String, String> published = FolderSnapshot.of(site);
        long pid = ProcessHandle.current().pid();
        Files.move(site, site.resolveSibling(".site-previous-" + pid + "-1"));

        BuildRun broken =
                BuildRun.build(GuideFolders.minimalWith("bad/unknown-term", work.resolve("container-guide")), site);

        assertEquals(1, broken.exitCode());
        assertEquals(published, FolderSnapshot.of(site), "the last good site is back at the output");
        assertEquals(1, count(site.getParent()), "nothing is left aside");
    }

    @Test
    void a_site_copied_into_a_web_root_beside_the_users_files_is_refused_naming_them() throws IOException {
        Path site = work.resolve("copied/site");
        assertEquals(0, BuildRun.build(guide, site).exitCode());
        Path webRoot = work.resolve("copied/www");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.toList()) {
                Path copy = webRoot.resolve(site.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Files.createDirectories(webRoot.resolve("uploads"));
        Files.writeString(webRoot.resolve("uploads/lecture-notes.txt"), "the user's notes");
        Map<String, String> before = FolderSnapshot.of(webRoot);

        assertRefused(
                BuildRun.build(guide, webRoot),
                webRoot,
                "holds files the build did not make (uploads/lecture-notes.txt)");
        assertEquals(before, FolderSnapshot.of(webRoot), "the user's files and the copied site are kept");

        Files.delete(webRoot.resolve("uploads/lecture-notes.txt"));
        assertEquals(0, BuildRun.build(guide, webRoot).exitCode(), "a folder of only the build's files is replaced");
    }

    @Test
    void a_checkout_that_upgrades_builds_again_over_what_an_older_build_left_in_its_own_target_folder()
            throws IOException {
        Path copy = GuideFolders.fixture("minimal", Files.createDirectories(work.resolve("upgrading")));
        Path site = Files.createDirectories(copy.resolve("target/site"));
        Files.writeString(site.resolve("index.html"), "<p>the site an older version built</p>");
        Files.write(site.resolve(GuideLoader.SITE_MARKER), olderMarker());
        Path handouts = Files.createDirectories(copy.resolve("target/handouts"));
        Files.writeString(handouts.resolve("week1.pdf"), "a handout an older version built");
        Files.write(handouts.resolve(GuideLoader.SITE_MARKER), olderMarker());

        BuildRun run = BuildRun.build(copy, site);

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.readString(site.resolve("index.html")).contains("an older version"), "the site is rebuilt");
        assertTrue(
                Files.readString(site.resolve(GuideLoader.SITE_MARKER)).startsWith(OutputFolder.MANIFEST_HEADER),
                "from now on the site lists the files the build wrote");
        new CopiesBesideSite(site).checkReplaceable(copy, java.util.List.of(GuideBuild.HANDOUTS));
    }

    @Test
    void a_folder_an_older_build_marked_elsewhere_is_refused_saying_to_delete_it() throws IOException {
        Path site = Files.createDirectories(work.resolve("older/site"));
        Files.writeString(site.resolve("index.html"), "<p>the site an older version built</p>");
        Files.write(site.resolve(GuideLoader.SITE_MARKER), olderMarker());

        BuildRun run = BuildRun.build(guide, site);

        assertRefused(run, site, "holds files the build did not make (index.html)");
        assertTrue(run.err().contains("an older version of the build made site/ without listing its files"), run.err());
        assertTrue(run.err().contains("delete it and build again"), run.err());
        assertTrue(Files.exists(site.resolve("index.html")), "nothing is deleted");
    }

    /** The marker builds wrote before they listed their files (until 4 December 2026). */
    private static byte[] olderMarker() {
        return ("This folder was made by the study guide build. A later build may replace it"
                        + " whole; the build replaces no folder that lacks this file, unless it is empty.\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void assertRefused(BuildRun run, Path output, String why) {
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(
                run.err().contains(output.toAbsolutePath().normalize() + ": refused as the output: it " + why),
                run.err());
        assertTrue(run.err().contains("Nothing was written or deleted"), run.err());
    }

    /** What is beside the site, but for the build's own cache (tested in CachedBuildTest). */
    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().equals(org.kotkinguide.cache.DiskCache.FOLDER))
                    .count();
        }
    }

    private static long deadProcessId() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
