package org.kotkinguide.cache;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.build.BuildOptions;
import org.kotkinguide.build.BuildResult;
import org.kotkinguide.build.BuildStage;
import org.kotkinguide.build.GuideBuild;
import org.kotkinguide.build.StageReport;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.FolderSnapshot;
import org.kotkinguide.support.GuideFolders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An author builds from the command line again and again: each build takes from the cache beside
 * the site what the last one made from the same inputs, and its site is exactly the site a clean
 * build of the same files makes.
 */
@Tag("integration")
class CachedBuildTest {
    @TempDir
    Path work;

    private Path site() {
        return work.resolve("out/site");
    }

    private Path cache() {
        return work.resolve("out/" + DiskCache.FOLDER);
    }

    /** A build and what it printed. */
    private record Built(BuildResult result, String out) {
        StageReport converted() {
            return result.stage(BuildStage.CONVERT);
        }

        StageReport laidOut() {
            return result.stage(BuildStage.LAY_OUT);
        }
    }

    /** What {@code build --source guide --output site [more]} does: a build of its own, with only the cache beside the site kept. */
    private Built build(Path guide, String... more) {
        BuildOptions options = BuildOptions.of(guide, site());
        for (String option : more) {
            options = switch (option) {
                case "--no-pdf" -> options.withoutPdf();
                case "--no-cache" -> options.withoutCache();
                default -> throw new IllegalArgumentException(option);
            };
        }
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        BuildResult result = new GuideBuild(options, new PrintStream(console, true, StandardCharsets.UTF_8)).run();
        return new Built(result, console.toString(StandardCharsets.UTF_8));
    }

    private void assertSameAsCleanBuild(Path guide, String... more) {
        Path clean = work.resolve("clean/site");
        String[] all = Stream.concat(Stream.of(more), Stream.of("--no-cache")).toArray(String[]::new);
        assertEquals(0, BuildRun.buildAll(guide, clean, all).exitCode());
        assertEquals(FolderSnapshot.of(clean), FolderSnapshot.of(site()));
    }

    /** A change the build must notice that no page's conversion or layout reads: a new file among the assets. */
    private static void addAnAsset(Path guide, String name) throws IOException {
        Files.writeString(guide.resolve("assets/" + name + ".txt"), name);
    }

    @Test
    void a_second_build_with_nothing_changed_does_nothing_and_says_so() throws IOException {
        Path guide = GuideFolders.realGuideCopy(work);
        build(guide, "--no-pdf");
        Map<String, String> first = FolderSnapshot.of(site());

        Built second = build(guide, "--no-pdf");
        assertTrue(second.result().nothingChanged(), second.out());
        assertFalse(second.result().ran(BuildStage.CONVERT), second.out());
        assertEquals(first, FolderSnapshot.of(site()));
        assertSameAsCleanBuild(guide, "--no-pdf");
    }

    @Test
    void a_build_after_a_change_no_page_reads_converts_and_lays_out_no_page() throws IOException {
        Path guide = GuideFolders.realGuideCopy(work);
        Built first = build(guide, "--no-pdf");
        int pages = (int) first.converted().count("pages");

        addAnAsset(guide, "notes");
        Built second = build(guide, "--no-pdf");
        assertEquals(pages, second.converted().kept(), "unchanged since the last build, kept");
        assertEquals(pages, second.laidOut().kept(), "laid out as in the last build, kept");
        assertSameAsCleanBuild(guide, "--no-pdf");
    }

    @Test
    void a_file_added_to_content_is_checked_even_when_every_page_is_kept() throws IOException {
        Path guide = GuideFolders.realGuideCopy(work);
        build(guide, "--no-pdf");
        Files.writeString(guide.resolve("content/chapters/payload.html"), "<script>alert(1)</script>");

        BuildRun second = BuildRun.buildAll(guide, site(), "--no-pdf");

        assertEquals(1, second.exitCode(), second.out() + second.err());
        assertTrue(second.err().contains("content/chapters/payload.html"), second.err());
        assertFalse(Files.exists(site().resolve("chapters/payload.html")), "nothing of it is published");
    }

    @Test
    void a_site_changed_by_hand_is_built_again_even_with_nothing_changed_in_the_guide() throws IOException {
        Path guide = GuideFolders.realGuideCopy(work);
        build(guide, "--no-pdf");
        Files.writeString(site().resolve("index.html"), "<p>edited by hand</p>");

        Built second = build(guide, "--no-pdf");
        assertFalse(second.result().nothingChanged(), second.out());
        assertSameAsCleanBuild(guide, "--no-pdf");
    }

    @Test
    void after_a_chapter_edit_only_that_chapter_is_converted_and_the_site_is_a_clean_builds() throws IOException {
        Path guide = GuideFolders.realGuideCopy(work);
        Built first = build(guide, "--no-pdf");
        int pages = (int) first.converted().count("pages");

        // a new use of a term and a new citation: other pages ("Appears in", the bibliography) change too
        Files.writeString(guide.resolve("content/chapters/soviet-geopolitics.adoc"),
                "\nA sentence added between builds, about term:stresemann[Stresemann]. cite:kotkin2014[557]\n", StandardOpenOption.APPEND);
        Built second = build(guide, "--no-pdf");
        assertEquals(pages - 1, second.converted().kept(), "unchanged, kept");
        assertEquals(1, second.converted().redone(), "converted again");
        assertTrue(Files.readString(site().resolve("glossary/stresemann.html")).contains("chapters/soviet-geopolitics.html"));
        assertSameAsCleanBuild(guide, "--no-pdf");
    }

    @Test
    void a_damaged_or_cut_short_entry_or_one_from_another_version_is_made_again_never_published() throws IOException {
        Path guide = GuideFolders.realGuideCopy(work);
        Built first = build(guide, "--no-pdf");
        int pages = (int) first.converted().count("pages");
        List<Path> entries;
        try (Stream<Path> files = Files.list(cache().resolve("pages"))) {
            entries = files.sorted().toList();
        }
        // a byte changed in the page's HTML, a file cut short by a crash, an entry an older tool wrote
        byte[] damaged = Files.readAllBytes(entries.get(0));
        damaged[damaged.length - 10] ^= 1;
        Files.write(entries.get(0), damaged);
        byte[] cut = Files.readAllBytes(entries.get(1));
        Files.write(entries.get(1), java.util.Arrays.copyOf(cut, cut.length / 2));
        String older = Files.readString(entries.get(2), StandardCharsets.ISO_8859_1).replace(ToolVersion.id(), "0".repeat(64));
        Files.writeString(entries.get(2), older, StandardCharsets.ISO_8859_1);

        addAnAsset(guide, "first");
        Built second = build(guide, "--no-pdf");
        assertEquals(pages - 3, second.converted().kept(), "unchanged, kept");
        assertSameAsCleanBuild(guide, "--no-pdf");
        // and each was written anew, intact
        addAnAsset(guide, "second");
        Built third = build(guide, "--no-pdf");
        assertEquals(pages, third.converted().kept(), "unchanged, kept");
    }

    @Test
    void no_cache_converts_every_page_again() {
        Path guide = GuideFolders.realGuideCopy(work);
        build(guide, "--no-pdf");
        Built again = build(guide, "--no-pdf", "--no-cache");
        assertEquals(0, again.converted().kept(), "unchanged, kept");
        assertEquals(again.converted().count("pages"), again.converted().redone());
        assertEquals(0, again.laidOut().kept(), "laid out as in the last build, kept");
    }

    @Test
    void a_folder_named_like_the_cache_that_the_build_did_not_make_is_left_as_it_was() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Path thesis = Files.createDirectories(cache()).resolve("thesis.docx");
        Files.writeString(thesis, "mine");
        Built run = build(guide, "--no-pdf");
        assertTrue(run.out().contains("was not made by the build"), run.out());
        assertEquals(Set.of(thesis), Set.copyOf(Files.list(cache()).toList()));
        assertEquals("mine", Files.readString(thesis));
    }

    @Test
    void the_cache_is_never_part_of_the_published_site_or_its_zip() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        build(guide);
        assertTrue(Files.isDirectory(cache().resolve("pages")));
        try (Stream<Path> files = Files.walk(site())) {
            assertTrue(files.noneMatch(f -> f.toString().contains(DiskCache.FOLDER)));
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(site().resolve("downloads/study-guide-offline.zip").toFile())) {
            assertTrue(zip.stream().noneMatch(e -> e.getName().contains(DiskCache.FOLDER)));
        }
    }

    @Test
    void after_a_chapter_edit_only_the_book_and_that_chapters_handout_are_made_again() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        build(guide);
        Set<String> before = entries("pdf");

        Files.writeString(guide.resolve("content/chapters/mouths.adoc"), "\nA plain sentence added between builds.\n",
                StandardOpenOption.APPEND);
        build(guide);
        Set<String> made = new TreeSet<>(entries("pdf"));
        made.removeAll(before);
        assertEquals(2, made.size(), "the book and one handout made again: " + made);
        assertSameAsCleanBuild(guide);
        assertArrayEquals(Files.readAllBytes(work.resolve("clean/study-guide.pdf")), Files.readAllBytes(work.resolve("out/study-guide.pdf")),
                "the remade book is a clean build's");
        assertArrayEquals(Files.readAllBytes(work.resolve("clean/handouts/sources.pdf")), Files.readAllBytes(work.resolve("out/handouts/sources.pdf")),
                "the kept handout is a clean build's");
    }

    @Test
    void entries_no_build_used_for_a_day_are_deleted_and_newer_ones_kept() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        build(guide, "--no-pdf");
        Path old = cache().resolve("pages/" + "a".repeat(64));
        Path recent = cache().resolve("pages/" + "b".repeat(64));
        Files.writeString(old, "from a guide long gone");
        Files.writeString(recent, "from the build before the last");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2))));

        addAnAsset(guide, "changed");
        build(guide, "--no-pdf");
        assertFalse(Files.exists(old), "an entry unused for two days is deleted");
        assertTrue(Files.exists(recent), "an entry a build wrote today is kept, for the build with PDFs or the one before an undo");
    }

    @Test
    void a_refused_output_gets_no_cache_beside_it() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.createDirectories(site());
        Files.writeString(site().resolve("thesis.docx"), "mine");
        BuildRun refused = BuildRun.build(guide, site());
        assertEquals(1, refused.exitCode(), refused.out() + refused.err());
        assertFalse(Files.exists(cache()), "nothing written beside a refused output");
    }

    private Set<String> entries(String kind) throws IOException {
        try (Stream<Path> files = Files.list(cache().resolve(kind))) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
        }
    }
}
