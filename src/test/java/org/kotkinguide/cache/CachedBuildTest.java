package org.kotkinguide.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.pipeline.BuildOptions;
import org.kotkinguide.pipeline.BuildResult;
import org.kotkinguide.pipeline.BuildStage;
import org.kotkinguide.pipeline.GuideBuild;
import org.kotkinguide.pipeline.StageReport;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.FolderSnapshot;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.GuideSources;

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
                case "--verbose" -> options.withVerbose();
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
        // any guide whose pages are all kept: the minimal one's few, not the real guide's dozens, built twice
        Path guide = GuideFolders.fixture("minimal", work);
        build(guide, "--no-pdf");
        Files.writeString(guide.resolve("content/chapters/payload.html"), "<script>alert(1)</script>");

        BuildRun second = BuildRun.buildAll(guide, site(), "--no-pdf");

        assertEquals(1, second.exitCode(), second.out() + second.err());
        assertTrue(second.err().contains("content/chapters/payload.html"), second.err());
        assertFalse(Files.exists(site().resolve("chapters/payload.html")), "nothing of it is published");
    }

    @Test
    void a_site_changed_by_hand_is_not_overwritten_and_the_build_names_the_changed_file() throws IOException {
        // any guide whose pages are all kept: the minimal one's few, not the real guide's dozens, built twice
        Path guide = GuideFolders.fixture("minimal", work);
        build(guide, "--no-pdf");
        Files.writeString(site().resolve("index.html"), "<p>edited by hand</p>");

        // the site's manifest lists what the build wrote: a file whose bytes differ is the user's now
        org.kotkinguide.content.GuideBuildException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.kotkinguide.content.GuideBuildException.class, () -> build(guide, "--no-pdf"));
        assertTrue(refused.getMessage().contains("index.html"), refused.getMessage());
        assertEquals("<p>edited by hand</p>", Files.readString(site().resolve("index.html")), "nothing lost");
    }

    @Test
    void after_a_chapter_edit_only_that_chapter_is_converted_and_the_site_is_a_clean_builds() throws IOException {
        Path guide = GuideFolders.realGuideCopy(work);
        Built first = build(guide, "--no-pdf");
        int pages = (int) first.converted().count("pages");

        // a new use of a term and a new citation: other pages ("Appears in", the bibliography) change too
        Path chapter = GuideSources.chapters(guide).get(1);
        String term = GuideSources.termNotUsedIn(chapter);
        Files.writeString(
                chapter,
                "\nA sentence added between builds, about term:" + term + "[]. " + GuideSources.citation(guide) + "\n",
                StandardOpenOption.APPEND);
        Built second = build(guide, "--no-pdf");
        assertEquals(pages - 1, second.converted().kept(), "unchanged, kept");
        assertEquals(1, second.converted().redone(), "converted again");
        assertTrue(
                Files.readString(site().resolve("glossary/" + term + ".html")).contains(GuideSources.page(chapter)));
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
        String older =
                Files.readString(entries.get(2), StandardCharsets.ISO_8859_1).replace(ToolVersion.id(), "0".repeat(64));
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

    /**
     * The cache is a folder anyone who can write there can fill, or a CI cache restored from another
     * branch: an entry this user's builds did not seal (with the key in the user's own cache folder) is
     * not taken, so a script written into a kept layout, generated page or search index is not published.
     */
    @Test
    void a_page_crafted_into_the_cache_with_a_script_is_published_without_it() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        build(guide, "--no-pdf");
        DiskCache mine = DiskCache.in(cache(), true);
        DiskCache someoneElse = DiskCache.in(cache(), true, CacheSeal.keptIn(work.resolve("someone-else")));
        Map<String, Integer> crafted = new java.util.TreeMap<>();
        for (String kind : List.of("layouts", "generated", "search-index")) {
            crafted.put(kind, craftScriptsInto(mine, someoneElse, kind));
        }
        assertTrue(crafted.values().stream().allMatch(n -> n >= 1), "entries crafted: " + crafted);
        someoneElse.flush();

        addAnAsset(guide, "first"); // a change no page reads: every page would be taken from the cache
        Built again = build(guide, "--no-pdf");
        assertEquals(crafted.get("layouts"), again.laidOut().redone(), "each crafted layout laid out again");
        StageReport generated = again.result().stage(BuildStage.GENERATE_PAGES);
        assertTrue(generated.redone() >= crafted.get("generated"), "crafted pages made again: " + generated);
        assertNoCraftedScriptIn(site());
    }

    /**
     * Where no key can be kept (here: the user's cache folder is under a file), entries are read by their
     * SHA-256 alone, which anyone can compute: a kept page is used, and passes the allowlist again.
     */
    @Test
    void without_a_key_a_kept_page_passes_the_allowlist_again() throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        Path noHome = Files.writeString(work.resolve("not-a-folder"), "");
        buildInAnotherJvm(guide, noHome.resolve("cache"));
        DiskCache anyone = DiskCache.in(cache(), true, CacheSeal.none());
        Map<String, Integer> crafted = new java.util.TreeMap<>();
        for (String kind : List.of("layouts", "generated", "search-index")) {
            crafted.put(kind, craftScriptsInto(anyone, anyone, kind));
        }
        assertTrue(crafted.values().stream().allMatch(n -> n >= 1), "entries crafted: " + crafted);
        anyone.flush();

        addAnAsset(guide, "first");
        buildInAnotherJvm(guide, noHome.resolve("cache"));
        assertNoCraftedScriptIn(site());
        try (Stream<Path> pages = Files.walk(site())) {
            assertTrue(
                    pages.filter(p -> p.toString().endsWith(".html")).anyMatch(page -> {
                        try {
                            return Files.readString(page).contains("<p>Click</p>");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }),
                    "the crafted pages were taken from the cache, cleaned");
        }
    }

    /** {@code build --no-pdf} in a JVM of its own, whose user's cache folder is {@code userCache} (XDG_CACHE_HOME). */
    private void buildInAnotherJvm(Path guide, Path userCache) throws Exception {
        BuildRun run = BuildRun.buildInFreshJvm(guide, site(), Map.of("XDG_CACHE_HOME", userCache.toString()));
        assertEquals(0, run.exitCode(), run.out());
    }

    private void assertNoCraftedScriptIn(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(
                            p -> p.toString().endsWith(".html") || p.toString().endsWith(".js"))
                    .toList()) {
                assertFalse(
                        Files.readString(file).contains("alert('cached')"),
                        site.relativize(file).toString());
            }
        }
    }

    /**
     * Writes, with {@code writer}, a script and an event handler into every page of {@code kind} that
     * {@code reader} finds in the cache (a script line into a search index); returns how many.
     */
    private int craftScriptsInto(DiskCache reader, DiskCache writer, String kind) throws IOException {
        int crafted = 0;
        try (Stream<Path> files = Files.list(cache().resolve(kind))) {
            for (Path entry : files.toList()) {
                String key = entry.getFileName().toString();
                byte[] bytes = reader.get(kind, key);
                String text = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
                if (kind.equals("search-index") && bytes != null) {
                    writer.put(kind, key, (text + "\nalert('cached');\n").getBytes(StandardCharsets.UTF_8));
                    crafted++;
                } else if (text.contains("</main>")) {
                    writer.put(
                            kind,
                            key,
                            text.replace(
                                            "</main>",
                                            "<script>alert('cached')</script>"
                                                    + "<p onclick=\"alert('cached')\">Click</p></main>")
                                    .getBytes(StandardCharsets.UTF_8));
                    crafted++;
                }
            }
        }
        return crafted;
    }

    @Test
    void no_cache_converts_every_page_again() {
        // every page of any guide: the minimal one's few show it as well as the real guide's dozens
        Path guide = GuideFolders.fixture("minimal", work);
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
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(
                site().resolve("downloads/study-guide-offline.zip").toFile())) {
            assertTrue(zip.stream().noneMatch(e -> e.getName().contains(DiskCache.FOLDER)));
        }
    }

    @Test
    void after_a_chapter_edit_only_the_book_and_that_chapters_handout_are_made_again() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        build(guide);
        Set<String> before = entries("pdf");

        Files.writeString(
                guide.resolve("content/chapters/mouths.adoc"),
                "\nA plain sentence added between builds.\n",
                StandardOpenOption.APPEND);
        Built edited = build(guide);
        Set<String> made = new TreeSet<>(entries("pdf"));
        made.removeAll(before);
        assertEquals(2, made.size(), "the book and one handout made again: " + made);
        // the console lists every handout; the teacher sees which were kept and which made
        List<String> said = edited.out().lines().toList();
        assertTrue(said.contains("  handouts/mouths.pdf"), edited.out());
        assertTrue(said.contains("  handouts/sources.pdf (made from the same inputs as before, kept)"), edited.out());
        int chapters = (int)
                said.stream().filter(line -> line.startsWith("  handouts/")).count();
        assertTrue(
                edited.out()
                        .contains("wrote " + chapters + " chapter handouts (" + (chapters - 1)
                                + " made from the same inputs as before, kept), beside the PDF"),
                edited.out());
        assertTrue(
                said.stream()
                        .anyMatch(
                                line -> line.startsWith("wrote downloads/study-guide.pdf (") && !line.contains("kept")),
                "the book was made: " + edited.out());

        addAnAsset(guide, "first"); // the site changes, no PDF does
        // and so do settings only the website reads: the home page's line, the footer's report link
        Files.writeString(
                guide.resolve("jbake.properties"),
                "\nguide.home.eyebrow=River studies\nguide.report-problem=https://example.org/issues\n",
                StandardOpenOption.APPEND);
        Built siteOnly = build(guide);
        assertTrue(
                siteOnly.out()
                        .lines()
                        .anyMatch(line -> line.startsWith("wrote downloads/study-guide.pdf (")
                                && line.contains(", made from the same inputs as before, kept)")),
                siteOnly.out());
        assertTrue(
                siteOnly.out()
                        .contains("wrote " + chapters + " chapter handouts (" + chapters
                                + " made from the same inputs as before, kept)"),
                siteOnly.out());
        assertSameAsCleanBuild(guide);
        assertArrayEquals(
                Files.readAllBytes(work.resolve("clean/study-guide.pdf")),
                Files.readAllBytes(work.resolve("out/study-guide.pdf")),
                "the remade book is a clean build's");
        assertArrayEquals(
                Files.readAllBytes(work.resolve("clean/handouts/sources.pdf")),
                Files.readAllBytes(work.resolve("out/handouts/sources.pdf")),
                "the kept handout is a clean build's");
    }

    /** A heading that names a term shows the term's name, though the heading is no use of the term. */
    @Test
    void a_renamed_term_is_renamed_in_a_heading_that_names_it() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(
                guide.resolve("content/chapters/mouths.adoc"),
                "\n== A note on term:estuary[]\n\nTides reach far inland.\n",
                StandardOpenOption.APPEND);
        build(guide, "--no-pdf");
        Path term = guide.resolve("content/glossary/estuary.adoc");
        Files.writeString(term, Files.readString(term).replaceFirst("= Estuary", "= Tidal estuary"));
        build(guide, "--no-pdf");
        assertTrue(
                Files.readString(site().resolve("chapters/mouths.html")).contains("A note on Tidal estuary"),
                "the heading names the term as it is now");
        assertSameAsCleanBuild(guide, "--no-pdf");
    }

    /**
     * Two chapters include a partial with an unknown term: the error is said once, for the partial's
     * line. When one chapter no longer includes it, the other still does, and a clean build fails on it.
     */
    @Test
    void an_error_in_a_partial_two_pages_include_is_said_again_after_one_stops_including_it() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(guide.resolve("content/chapters/_note.adoc"), "See term:nope[a thing].\n");
        String include = "\ninclude::content/chapters/_note.adoc[]\n";
        for (String chapter : List.of("mouths", "sources")) {
            Files.writeString(
                    guide.resolve("content/chapters/" + chapter + ".adoc"), include, StandardOpenOption.APPEND);
        }
        String error = "content/chapters/_note.adoc:1: unknown glossary term 'nope'";
        BuildRun both = BuildRun.buildAll(guide, site(), "--no-pdf");
        assertEquals(1, both.exitCode(), both.out() + both.err());
        assertTrue(both.err().contains(error), both.err());

        Path mouths = guide.resolve("content/chapters/mouths.adoc");
        Files.writeString(mouths, Files.readString(mouths).replace(include, "\n"));
        BuildRun one = BuildRun.buildAll(guide, site(), "--no-pdf");

        assertEquals(1, one.exitCode(), "a page that failed was not kept as good: " + one.out());
        assertTrue(one.err().contains(error), one.err());
    }

    /**
     * A term named only in a heading of an included file: the page read it, so deleting the term fails
     * the next build, as it fails a clean one, rather than keeping the page with the old name.
     */
    @Test
    void a_term_named_only_in_a_partials_heading_is_missed_when_it_is_deleted() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Path term = guide.resolve("content/glossary/tide.adoc");
        Files.writeString(
                term,
                "= Tide\n:jbake-type: term\n:jbake-category: Place\n:jbake-short: The sea rising and falling.\n\n"
                        + "Twice a day.\n");
        Files.writeString(guide.resolve("content/chapters/_tides.adoc"), "== About term:tide[]\n\nThey turn.\n");
        Files.writeString(
                guide.resolve("content/chapters/mouths.adoc"),
                "\ninclude::content/chapters/_tides.adoc[]\n",
                StandardOpenOption.APPEND);
        assertEquals(0, BuildRun.buildAll(guide, site(), "--no-pdf").exitCode());

        Files.delete(term);
        BuildRun after = BuildRun.buildAll(guide, site(), "--no-pdf");

        assertEquals(1, after.exitCode(), "the page that names the term was not kept: " + after.out());
        assertTrue(after.err().contains("content/chapters/_tides.adoc:1: unknown glossary term 'tide'"), after.err());
    }

    /**
     * A note style cites a work in full the first time and short after: a page converted alone (the one
     * edited) and the same page converted after the others (a clean build) must still cite alike.
     */
    @Test
    void with_a_note_style_an_edited_page_cites_as_in_a_clean_build() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(
                guide.resolve("jbake.properties"),
                "\nguide.csl.style=chicago-note-bibliography\n",
                StandardOpenOption.APPEND);
        build(guide, "--no-pdf");
        // the other chapter (converted first in a clean build) cites this work too
        Files.writeString(
                guide.resolve("content/chapters/sources.adoc"),
                "\nCritics disagree. cite:critic2021[5]\n",
                StandardOpenOption.APPEND);
        build(guide, "--no-pdf");
        assertSameAsCleanBuild(guide, "--no-pdf");
    }

    @Test
    void a_new_revdate_redates_the_pages_citation_files_as_a_clean_build_does() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        build(guide, "--no-pdf");
        Path chapter = guide.resolve("content/chapters/sources.adoc");
        Files.writeString(chapter, Files.readString(chapter).replaceFirst("\n\n", "\n:revdate: 2026-01-15\n\n"));
        build(guide, "--no-pdf");
        assertTrue(
                Files.readString(site().resolve("cite/chapters-sources.ris")).contains("DA  - 2026/01/15"),
                "the RIS file gives the page's day");
        assertSameAsCleanBuild(guide, "--no-pdf");
    }

    /** The guide's own head template, with a script tag for {@code js/rivers.js}. */
    private static void headNamesAScript(Path guide) throws IOException {
        Path head = guide.resolve("templates/partials/head.ftlh");
        Files.createDirectories(head.getParent());
        Files.writeString(
                head,
                Files.readString(GuideFolders.PROJECT.resolve("templates/partials/head.ftlh"))
                        .replace("</head>", "<script src=\"${page.root}js/rivers.js\" defer></script>\n</head>"));
    }

    /**
     * A teacher adds a script to the head template before its file: the build fails, the allowlist having
     * cut the tag from every page. Once the file is there, the pages have the tag: none was kept cut.
     */
    @Test
    void a_page_the_allowlist_cut_is_not_kept_for_the_build_after_the_fix() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        headNamesAScript(guide);
        assertNotEquals(0, BuildRun.build(guide, site()).exitCode(), "a script the site does not have");

        Files.createDirectories(guide.resolve("assets/js"));
        Files.writeString(guide.resolve("assets/js/rivers.js"), "document.documentElement.dataset.rivers = 'yes';\n");
        BuildRun fixed = BuildRun.build(guide, site());
        assertEquals(0, fixed.exitCode(), fixed.err());
        assertTrue(Files.readString(site().resolve("chapters/mouths.html")).contains("js/rivers.js"), fixed.out());
    }

    /** The reverse: a script's file deleted while a template still names it is said as a clean build says it. */
    @Test
    void a_script_file_deleted_while_a_template_names_it_is_said_as_a_clean_build_says_it() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        headNamesAScript(guide);
        Files.createDirectories(guide.resolve("assets/js"));
        Files.writeString(guide.resolve("assets/js/rivers.js"), "document.documentElement.dataset.rivers = 'yes';\n");
        assertEquals(0, BuildRun.buildAll(guide, site(), "--no-pdf").exitCode());

        Files.delete(guide.resolve("assets/js/rivers.js"));
        BuildRun cached = BuildRun.buildAll(guide, site(), "--no-pdf");
        Path cleanSite = work.resolve("clean/site");
        BuildRun clean = BuildRun.buildAll(guide, cleanSite, "--no-pdf", "--no-cache");

        assertEquals(1, clean.exitCode(), clean.err());
        assertTrue(clean.err().contains("pages run only the site's own script files"), clean.err());
        assertEquals(
                clean.err().replace(cleanSite.toString(), "SITE"), cached.err().replace(site().toString(), "SITE"));
    }

    @Test
    void entries_no_build_used_for_a_day_are_deleted_and_newer_ones_kept() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        build(guide, "--no-pdf");
        Path old = cache().resolve("pages/" + "a".repeat(64));
        Path recent = cache().resolve("pages/" + "b".repeat(64));
        Files.writeString(old, "from a guide long gone");
        Files.writeString(recent, "from the build before the last");
        Files.setLastModifiedTime(
                old,
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2))));

        addAnAsset(guide, "changed");
        build(guide, "--no-pdf");
        assertFalse(Files.exists(old), "an entry unused for two days is deleted");
        assertTrue(
                Files.exists(recent),
                "an entry a build wrote today is kept, for the build with PDFs or the one before an undo");
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

    /** Runs git in {@code guide} with a fixed author and clock, as a teacher committing their notes would. */
    static void git(Path guide, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                "git",
                "-C",
                guide.toString(),
                "-c",
                "user.name=Teacher",
                "-c",
                "user.email=teacher@example.org",
                "-c",
                "commit.gpgsign=false"));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("GIT_AUTHOR_DATE", "2024-03-05T12:00:00Z");
            builder.environment().put("GIT_COMMITTER_DATE", "2024-03-05T12:00:00Z");
            Process git = builder.start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, git.waitFor(), out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void a_commit_between_builds_gives_the_pages_the_last_updated_day_a_clean_build_shows() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        build(guide, "--no-pdf");
        git(guide, "init", "-q");
        git(guide, "add", "-A");
        git(guide, "commit", "-q", "-m", "notes");

        Built second = build(guide, "--no-pdf");
        assertFalse(second.out().contains("nothing changed"), second.out());
        assertTrue(Files.readString(site().resolve("chapters/sources.html")).contains("Last updated"));
        assertSameAsCleanBuild(guide, "--no-pdf");
    }

    @Test
    void a_changed_data_uri_image_or_inline_svg_is_shown_as_a_clean_build_shows_it() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(guide.resolve("content/chapters/pictures.adoc"), """
                = Pictures
                :jbake-type: chapter
                :jbake-order: 3
                :data-uri:

                image::content/chapters/river.png[A river,48,20]

                image::content/chapters/mark.svg[A mark,opts=inline]
                """);
        Files.writeString(guide.resolve("content/chapters/mark.svg"), svg("blue"));
        build(guide, "--no-pdf");

        Files.write(guide.resolve("content/chapters/river.png"), new byte[] {0}, StandardOpenOption.APPEND);
        build(guide, "--no-pdf");
        assertSameAsCleanBuild(guide, "--no-pdf");

        Files.writeString(guide.resolve("content/chapters/mark.svg"), svg("red"));
        build(guide, "--no-pdf");
        assertTrue(Files.readString(site().resolve("chapters/pictures.html")).contains("red"));
        assertSameAsCleanBuild(guide, "--no-pdf");
    }

    static String svg(String colour) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\" fill=\""
                + colour + "\"/></svg>\n";
    }

    @Test
    void a_new_reading_is_held_to_the_check_a_clean_build_makes() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(guide.resolve("content/chapters/mouths.adoc"), """

                [.guide-infers]
                ====
                A critic doubts it. cite:critic2021[3]
                ====
                """, StandardOpenOption.APPEND);
        build(guide, "--no-pdf");
        Path settings = guide.resolve("jbake.properties");
        Files.writeString(
                settings, Files.readString(settings).replace("guide.reading=author2020", "guide.reading=critic2021"));

        assertEquals(
                1,
                BuildRun.buildAll(guide, work.resolve("clean/site"), "--no-pdf", "--no-cache")
                        .exitCode(),
                "a clean build refuses the reading cited as an inference");
        BuildRun cached = BuildRun.buildAll(guide, site(), "--no-pdf");
        assertEquals(1, cached.exitCode(), cached.out() + cached.err());
        assertTrue(cached.err().contains("content/chapters/mouths.adoc"), cached.err());
    }

    @Test
    void an_edit_to_a_chapter_reached_through_a_symbolic_link_is_built() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        // the link's target is in the content folder (the build reads nothing outside it), as a partial
        Path draft = guide.resolve("content/chapters/_deltas-draft.adoc");
        Files.writeString(draft, "= Deltas\n:jbake-type: chapter\n:jbake-order: 3\n\nA first draft.\n");
        Files.createSymbolicLink(guide.resolve("content/chapters/deltas.adoc"), Path.of("_deltas-draft.adoc"));
        build(guide, "--no-pdf");

        Files.writeString(draft, "= Deltas\n:jbake-type: chapter\n:jbake-order: 3\n\nA second draft.\n");
        Built second = build(guide, "--no-pdf");
        assertFalse(second.out().contains("nothing changed"), second.out());
        assertTrue(Files.readString(site().resolve("chapters/deltas.html")).contains("A second draft."));
        assertSameAsCleanBuild(guide, "--no-pdf");
    }

    @Test
    void an_edit_to_an_included_file_is_built_and_kept_pages_need_no_conversion() throws IOException {
        Path guide = GuideFolders.minimalWith("include-inside-guide", work);
        Built first = build(guide, "--no-pdf");
        int pages = first.converted().kept() + first.converted().redone();
        Built again = build(guide, "--no-pdf");
        assertTrue(
                again.out().contains("nothing changed"),
                "a page with an include does not turn the check off: " + again.out());

        Files.writeString(guide.resolve("content/shared/_note.adoc"), "\nNOTE: An edited shared note.\n");
        Built third = build(guide, "--no-pdf", "--verbose");
        assertEquals(pages - 1, third.converted().kept(), "only the page that includes the note is converted again");
        assertEquals(1, third.converted().redone());
        assertTrue(third.out().contains("content/shared/_note.adoc changed"), "--verbose says why: " + third.out());
        assertTrue(Files.readString(site().resolve("chapters/mouths.html")).contains("An edited shared note."));
        assertSameAsCleanBuild(guide, "--no-pdf");
    }

    @Test
    void a_deleted_epub_beside_the_site_is_made_again() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        build(guide);
        Path epub = work.resolve("out/study-guide.epub");
        byte[] made = Files.readAllBytes(epub);
        Files.delete(epub);

        Built second = build(guide, "--verbose");
        assertFalse(second.out().contains("nothing changed"), second.out());
        assertArrayEquals(made, Files.readAllBytes(epub));
        assertTrue(
                second.out().contains("building: the site or a file beside it changed"),
                "--verbose says why: " + second.out());
        assertTrue(second.out().contains("kept study-guide.pdf"), "and that the book was kept: " + second.out());

        // the EPUB dates itself by its newest page when the guide gives no date: a page's new day is a new EPUB
        Path chapter = guide.resolve("content/chapters/sources.adoc");
        Files.writeString(chapter, Files.readString(chapter).replaceFirst("\n\n", "\n:revdate: 2026-01-15\n\n"));
        build(guide);
        try (java.util.zip.ZipFile book = new java.util.zip.ZipFile(epub.toFile())) {
            String opf = new String(
                    book.getInputStream(book.getEntry("EPUB/package.opf")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(opf.contains("<meta property=\"dcterms:modified\">2026-01-15"), opf);
        }
    }

    private Set<String> entries(String kind) throws IOException {
        try (Stream<Path> files = Files.list(cache().resolve(kind))) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
        }
    }
}
