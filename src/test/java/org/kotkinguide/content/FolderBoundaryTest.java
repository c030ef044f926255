package org.kotkinguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;

/**
 * A guide shared through Git can hold symbolic links, and its jbake.properties can name any folder.
 * Neither may make the build publish a file from outside the guide folder (a CI machine's secrets on
 * a public site): the build stops at the link or the setting, and publishes nothing.
 */
class FolderBoundaryTest {
    private static final String SECRET = "the build machine's secret token";

    @TempDir
    static Path work;

    static Path secret;

    @BeforeAll
    static void aSecretOutsideEveryGuide() throws IOException {
        Path outside = Files.createDirectories(work.resolve("outside"));
        secret = Files.writeString(outside.resolve("secret.txt"), SECRET + "\n");
        Files.createDirectories(outside.resolve("folder"));
        Files.writeString(outside.resolve("folder/style.css"), "/* " + SECRET + " */");
    }

    @Test
    void a_symlinked_partial_that_a_chapter_includes_is_refused_at_the_link() throws IOException {
        Path guide = GuideFolders.minimalWith("include-inside-guide", work.resolve("include"));
        Files.delete(guide.resolve("content/shared/_note.adoc"));
        Files.createSymbolicLink(guide.resolve("content/shared/_note.adoc"), secret);

        assertRefused(
                guide,
                "content/shared/_note.adoc: a symbolic link to " + secret.toRealPath() + ", outside the guide folder");
    }

    @Test
    void a_symlinked_image_in_content_is_refused() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work.resolve("image"));
        Files.createSymbolicLink(guide.resolve("content/chapters/map.png"), secret);

        assertRefused(guide, "content/chapters/map.png: a symbolic link to");
    }

    @Test
    void a_symlinked_folder_in_the_assets_is_refused() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work.resolve("assets"));
        Files.createSymbolicLink(guide.resolve("assets/extra"), secret.resolveSibling("folder"));

        assertRefused(guide, "assets/extra: a symbolic link to");
    }

    @Test
    void a_symlink_anywhere_in_the_guide_folder_is_refused_since_an_include_can_reach_it() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work.resolve("anywhere"));
        Files.createDirectories(guide.resolve("notes"));
        Files.createSymbolicLink(guide.resolve("notes/passwd"), secret);

        assertRefused(guide, "notes/passwd: a symbolic link to");
    }

    @Test
    void a_dangling_symlink_is_refused() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work.resolve("dangling"));
        Files.createSymbolicLink(guide.resolve("content/gone.adoc"), work.resolve("nowhere.adoc"));

        assertRefused(guide, "content/gone.adoc: a symbolic link to something that does not exist");
    }

    @Test
    void a_marker_file_or_a_folder_named_git_in_content_does_not_switch_the_boundary_off() throws IOException {
        for (String marker : List.of(".study-guide-site", ".git")) {
            Path guide = GuideFolders.fixture("minimal", work.resolve("marker" + marker));
            Path hideout = Files.createDirectories(guide.resolve("content/hideout"));
            if (marker.equals(".git")) {
                hideout = Files.createDirectories(hideout.resolve(".git"));
            } else {
                Files.writeString(hideout.resolve(marker), "");
            }
            Files.createSymbolicLink(hideout.resolve("passwd.txt"), secret);

            assertRefused(guide, guide.relativize(hideout) + "/passwd.txt: a symbolic link to " + secret.toRealPath());
        }
    }

    @Test
    void a_symlink_to_the_guides_git_folder_or_the_guide_itself_is_refused() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work.resolve("gitdir"));
        Files.createDirectories(guide.resolve(".git"));
        Files.writeString(guide.resolve(".git/config"), "[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n");
        Files.createSymbolicLink(guide.resolve("content/gitdir"), Path.of("../.git"));

        assertRefused(guide, "content/gitdir: a symbolic link to '.git', which is not in the content");

        Files.delete(guide.resolve("content/gitdir"));
        Files.createSymbolicLink(guide.resolve("content/src"), Path.of(".."));
        assertRefused(guide, "content/src: a symbolic link to a folder that holds the link itself");
    }

    @Test
    void an_include_of_the_guides_git_config_or_an_env_file_is_refused_at_its_line() throws IOException {
        for (String hidden : List.of(".git/config", ".env", "content/shared/_note.adoc~")) {
            Path guide = GuideFolders.minimalWith("include-inside-guide", work.resolve("hidden" + hidden.hashCode()));
            Files.createDirectories(guide.resolve(hidden).getParent());
            Files.writeString(guide.resolve(hidden), SECRET + "\n");
            Path chapter = guide.resolve("content/chapters/mouths.adoc");
            Files.writeString(
                    chapter,
                    Files.readString(chapter)
                            .replace("include::content/shared/_note.adoc[]", "include::" + hidden + "[]"));

            assertRefused(guide, "content/chapters/mouths.adoc:10: refused to read " + hidden + ": a hidden file");
        }
    }

    /** Files an author's checkout or editor leaves beside the sources: none is ever a source. */
    static final List<String> NOT_SOURCES = List.of(
            ".env",
            ".secret/key.txt",
            "chapters/mouths.adoc~",
            "chapters/.mouths.adoc.swp",
            "chapters/#mouths.adoc#",
            "notes.bak",
            ".secret/page.adoc",
            ".secret/page.md",
            ".secret/tool.js");

    @Test
    void hidden_files_and_folders_and_editor_backups_are_never_published() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work.resolve("hidden-published"));
        for (String name : NOT_SOURCES) {
            for (String folder : List.of("content/", "assets/", "templates/")) {
                Files.createDirectories(guide.resolve(folder + name).getParent());
                Files.writeString(guide.resolve(folder + name), SECRET + "\n");
            }
        }
        Path site = work.resolve("hidden-published-site/site");

        BuildRun run = BuildRun.build(guide, site);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(), filesHolding(site, SECRET));
        try (var files = Files.walk(site)) {
            assertEquals(
                    List.of(GuideLoader.SITE_MARKER),
                    files.map(f -> site.relativize(f).toString())
                            .filter(f -> !f.isEmpty() && !SourceNames.isSource(Path.of(f)))
                            .toList());
        }
    }

    @Test
    void an_image_in_a_hidden_folder_or_a_hidden_file_is_not_embedded_but_refused_at_its_line() throws IOException {
        for (String hidden : List.of(".env", ".secret/key.png", "river.png~")) {
            Path guide = GuideFolders.fixture("minimal", work.resolve("hidden-image" + hidden.hashCode()));
            for (String folder : List.of("", "content/", "content/chapters/")) {
                Files.createDirectories(guide.resolve(folder + hidden).getParent());
                Files.writeString(guide.resolve(folder + hidden), SECRET + "\n");
            }
            Path chapter = guide.resolve("content/chapters/mouths.adoc");
            Files.writeString(chapter, "\n:data-uri:\n\nimage::" + hidden + "[A map]\n", StandardOpenOption.APPEND);
            int line = Files.readAllLines(chapter).size();

            assertRefused(guide, "content/chapters/mouths.adoc:" + line + ": refused to read ");
        }
    }

    @Test
    void an_image_from_outside_the_content_and_asset_folders_is_not_embedded_but_refused_at_its_line()
            throws IOException {
        Path guide = GuideFolders.fixture("minimal", work.resolve("outside-image"));
        Files.createDirectories(guide.resolve("notes"));
        Files.writeString(guide.resolve("notes/key.png"), SECRET + "\n");
        Path chapter = guide.resolve("content/chapters/mouths.adoc");
        Files.writeString(chapter, "\n:data-uri:\n\nimage::notes/key.png[A map]\n", StandardOpenOption.APPEND);
        int line = Files.readAllLines(chapter).size();

        assertRefused(
                guide,
                "content/chapters/mouths.adoc:" + line
                        + ": refused to read notes/key.png: a page shows images from the content and asset"
                        + " folders only");
    }

    @Test
    void a_setting_that_names_a_hidden_folder_or_file_is_refused_at_its_line() throws IOException {
        for (String setting : List.of("asset.folder=.git", "content.folder=.content", "guide.logo=assets/.logo.svg")) {
            Path guide = GuideFolders.fixture("minimal", work.resolve("hidden-setting-" + setting.hashCode()));
            Files.createDirectories(guide.resolve(".git"));
            Files.writeString(guide.resolve(".git/config"), "[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n");
            Files.createDirectories(guide.resolve(".content/chapters"));
            Files.createDirectories(guide.resolve("assets"));
            Files.writeString(guide.resolve("assets/.logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
            int line = appendSetting(guide, setting);
            String key = setting.substring(0, setting.indexOf('='));
            String value = setting.substring(setting.indexOf('=') + 1);

            assertRefused(guide, "jbake.properties:" + line + ": " + key + " is '" + value + "', a hidden");
        }
    }

    @Test
    @org.junit.jupiter.api.Tag("integration")
    void hidden_files_and_editor_backups_are_not_in_the_offline_zip_nor_the_epub() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work.resolve("hidden-zipped"));
        for (String name : NOT_SOURCES) {
            Files.createDirectories(guide.resolve("content/" + name).getParent());
            Files.writeString(guide.resolve("content/" + name), SECRET + "\n");
        }
        Path site = work.resolve("hidden-zipped-site/site");

        BuildRun run = BuildRun.buildAll(guide, site);

        assertEquals(0, run.exitCode(), run.err());
        for (String download : List.of("study-guide-offline.zip", "study-guide.epub")) {
            List<String> found = new java.util.ArrayList<>();
            try (java.util.zip.ZipFile zip =
                    new java.util.zip.ZipFile(site.resolveSibling(download).toFile())) {
                for (var entry : java.util.Collections.list(zip.entries())) {
                    String text = new String(
                            zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                    String name = entry.getName().replaceFirst("/$", "");
                    boolean hidden = !SourceNames.isSource(Path.of(name)) && !name.endsWith(GuideLoader.SITE_MARKER);
                    if (text.contains(SECRET) || hidden) {
                        found.add(entry.getName());
                    }
                }
            }
            assertEquals(List.of(), found, download);
        }
    }

    /** The site's files whose bytes hold {@code text}. */
    static List<String> filesHolding(Path folder, String text) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        try {
                            return new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1)
                                    .contains(text);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(f -> folder.relativize(f).toString())
                    .toList();
        }
    }

    @Test
    void a_symlink_loop_in_content_is_refused_not_followed() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work.resolve("loop"));
        Files.createSymbolicLink(guide.resolve("content/loop"), Path.of("."));

        assertRefused(guide, "content/loop: a symbolic link to a folder that holds the link itself");
    }

    @Test
    void a_symlink_that_stays_inside_the_guide_builds() throws IOException {
        Path guide = GuideFolders.minimalWith("include-inside-guide", work.resolve("inside"));
        Path note = guide.resolve("content/shared/_note.adoc");
        Files.move(note, guide.resolve("content/shared/_the-note.adoc"));
        Files.createSymbolicLink(note, Path.of("_the-note.adoc"));

        BuildRun run = BuildRun.build(guide, work.resolve("inside-site/site"));

        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void folder_settings_that_leave_the_guide_folder_are_refused_at_their_line() throws IOException {
        for (String setting : List.of("content.folder", "asset.folder", "template.folder")) {
            Path guide = GuideFolders.fixture("minimal", work.resolve("setting-" + setting));
            int line = appendSetting(guide, setting + "=" + secret.getParent());

            assertRefused(
                    guide,
                    "jbake.properties:" + line + ": " + setting + " is '" + secret.getParent()
                            + "', outside the guide folder");
        }
    }

    @Test
    void a_references_file_outside_the_guide_folder_is_refused() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work.resolve("references"));
        int line = appendSetting(guide, "guide.references=../../outside/secret.txt");

        assertRefused(
                guide,
                "jbake.properties:" + line
                        + ": guide.references is '../../outside/secret.txt', outside the guide folder");
    }

    /** Adds a line to the guide's settings (the last line for a key wins); returns its line number. */
    static int appendSetting(Path guide, String line) throws IOException {
        Path settings = guide.resolve("jbake.properties");
        Files.writeString(settings, "\n" + line + "\n", StandardOpenOption.APPEND);
        return Files.readAllLines(settings).size();
    }

    private static void assertRefused(Path guide, String message) throws IOException {
        Path site = guide.resolveSibling(guide.getFileName() + "-site").resolve("site");

        BuildRun run = BuildRun.build(guide, site);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(message), "expected «" + message + "» in:\n" + run.err());
        assertFalse(Files.exists(site), "nothing may be published");
    }
}
