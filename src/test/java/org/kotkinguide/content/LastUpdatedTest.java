package org.kotkinguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Site;

/** "Last updated" comes from the source (its :revdate:, or its file's last commit), never from the build's clock. */
class LastUpdatedTest {
    @TempDir
    Path work;

    @Test
    void a_chapter_with_a_revdate_shows_that_day() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Path chapter = guide.resolve("content/chapters/mouths.adoc");
        Files.writeString(
                chapter,
                Files.readString(chapter).replace(":jbake-order: 2\n", ":jbake-order: 2\n:revdate: 2025-03-14\n"));
        assertEquals(0, BuildRun.build(guide, work.resolve("site")).exitCode());
        var updated =
                new Site(work.resolve("site")).page("chapters/mouths.html").selectFirst(".updated time");
        assertEquals("2025-03-14", updated.attr("datetime"));
        assertEquals("Last updated 14 March 2025", updated.parent().text());
    }

    @Test
    void a_revdate_that_is_no_day_is_a_warning_at_its_line_and_the_page_shows_none() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Path chapter = guide.resolve("content/chapters/mouths.adoc");
        Files.writeString(
                chapter,
                Files.readString(chapter).replace(":jbake-order: 2\n", ":jbake-order: 2\n:revdate: 5 December 2026\n"));
        int line = Files.readString(chapter).lines().toList().indexOf(":revdate: 5 December 2026") + 1;

        var built = new org.kotkinguide.pipeline.GuideBuild(
                        org.kotkinguide.pipeline.BuildOptions.of(guide, work.resolve("site"))
                                .withoutPdf(),
                        new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                .run();

        assertTrue(
                built.warnings().stream()
                        .map(String::valueOf)
                        .anyMatch(w -> w.startsWith("content/chapters/mouths.adoc:" + line
                                + ": :revdate: '5 December 2026' is not a day written YYYY-MM-DD")),
                built.warnings().toString());
        assertNull(
                new Site(work.resolve("site")).page("chapters/mouths.html").selectFirst(".updated time"),
                "no day to show: the guide is not in git");
    }

    @Test
    void a_guide_in_git_shows_each_pages_last_commit_day_the_same_in_every_build() throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        org.kotkinguide.support.Git.commitAll(guide, "2024-05-01T12:00:00Z", "first notes");
        Path sources = guide.resolve("content/chapters/sources.adoc");
        Files.writeString(sources, Files.readString(sources) + "\nOne more line.\n");
        org.kotkinguide.support.Git.commitAll(guide, "2024-06-02T12:00:00Z", "a line more");
        // an edit not yet committed: the page keeps its last commit's day
        Path mouths = guide.resolve("content/chapters/mouths.adoc");
        Files.writeString(mouths, Files.readString(mouths) + "\nNot committed yet.\n");
        for (String build : new String[] {"one", "two"}) {
            assertEquals(0, BuildRun.build(guide, work.resolve(build)).exitCode());
            Site site = new Site(work.resolve(build));
            assertEquals(
                    "2024-06-02",
                    site.page("chapters/sources.html")
                            .selectFirst(".updated time")
                            .attr("datetime"));
            assertEquals(
                    "2024-05-01",
                    site.page("chapters/mouths.html")
                            .selectFirst(".updated time")
                            .attr("datetime"));
            assertEquals(
                    "2024-05-01",
                    site.page("glossary/delta.html")
                            .selectFirst(".updated time")
                            .attr("datetime"));
        }
        assertEquals(
                Files.readString(work.resolve("one/chapters/sources.html")),
                Files.readString(work.resolve("two/chapters/sources.html")));
    }

    @Test
    void a_guides_git_config_cannot_make_the_build_run_a_program() throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        Path ran = work.resolve("signature-program-ran");
        // a "signature program" that signs when committing and leaves a trace when asked to verify
        Path program = Files.writeString(
                work.resolve("fake-gpg"),
                "#!/bin/sh\n"
                        + "case \"$*\" in *--verify*) touch '" + ran + "'; sleep 30;; esac\n"
                        + "printf '\\n[GNUPG:] SIG_CREATED D 1 8 00 0 X\\n' >&2\n"
                        + "printf -- '-----BEGIN PGP SIGNATURE-----\\n\\nx\\n-----END PGP SIGNATURE-----\\n'\n");
        Files.setPosixFilePermissions(program, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        git(guide, Map.of(), "init", "-q");
        git(guide, Map.of(), "config", "gpg.program", program.toString());
        git(guide, Map.of(), "config", "log.showSignature", "true");
        git(guide, Map.of(), "add", "-A");
        // Linux refuses to run a file some process holds open for writing (ETXTBSY), and a process this JVM
        // forks at the moment the program above is written inherits that descriptor until it execs: under
        // load the signing then failed once in a full run. A second try finds the program free.
        gitRetriedOnce(
                guide,
                Map.of("GIT_COMMITTER_DATE", "2024-05-01T12:00:00Z"),
                org.kotkinguide.support.Git.commit("-S", "-m", "signed notes"));

        BuildRun run = BuildRun.build(guide, work.resolve("site"));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.notExists(ran), "the build ran the program the guide's .git/config names");
        assertEquals(
                "2024-05-01",
                new Site(work.resolve("site"))
                        .page("chapters/mouths.html")
                        .selectFirst(".updated time")
                        .attr("datetime"));
    }

    @Test
    @org.junit.jupiter.api.Tag("integration")
    void a_git_that_hangs_is_stopped_and_the_pages_go_undated() throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        // a git first on the PATH that never answers (a network file system, a hook gone wrong)
        Path bin = Files.createDirectories(work.resolve("slow-bin"));
        Path pid = work.resolve("git.pid");
        Path git = bin.resolve("git");
        Files.writeString(git, "#!/bin/sh\necho $$ > '" + pid + "'\nexec sleep 600\n");
        Files.setPosixFilePermissions(git, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));

        BuildRun run = BuildRun.buildInFreshJvm(
                guide,
                work.resolve("site"),
                Map.of(
                        "PATH",
                        bin + java.io.File.pathSeparator + System.getenv("PATH"),
                        // stopped after 1 s here rather than 10 s
                        "JAVA_TOOL_OPTIONS",
                        "-Dstudy-guide.git.timeout-seconds=1"));

        assertEquals(0, run.exitCode(), run.out());
        long slow = Long.parseLong(Files.readString(pid).strip());
        assertFalse(ProcessHandle.of(slow).map(ProcessHandle::isAlive).orElse(false), "the build stopped the slow git");
        Site site = new Site(work.resolve("site"));
        assertTrue(
                site.page("chapters/sources.html").select(".updated time").isEmpty(), "no day rather than a wrong one");
    }

    @Test
    void a_guide_outside_git_without_revdates_shows_no_date_rather_than_the_build_day() {
        Path guide = GuideFolders.fixture("minimal", work);
        assertEquals(0, BuildRun.build(guide, work.resolve("site")).exitCode());
        assertNull(new Site(work.resolve("site")).page("chapters/mouths.html").selectFirst(".updated"));
    }

    private static void gitRetriedOnce(Path folder, Map<String, String> environment, String... arguments)
            throws Exception {
        try {
            git(folder, environment, arguments);
        } catch (AssertionError busy) {
            Thread.sleep(500);
            git(folder, environment, arguments);
        }
    }

    private static void git(Path folder, Map<String, String> environment, String... arguments) throws Exception {
        org.kotkinguide.support.Git.run(folder, environment, arguments);
    }
}
