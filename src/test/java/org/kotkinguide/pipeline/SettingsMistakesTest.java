package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kotkinguide.content.ContentError;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;

/**
 * A mistake in jbake.properties, the references or the command line is a message that names the
 * file and line (or the option), never a stack trace, and the build publishes nothing.
 */
class SettingsMistakesTest {
    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            guide.pdf.edition=bogus            | guide.pdf.edition must be 'student' or 'teacher', found 'bogus'
            guide.pdf.page-size=Letterr        | guide.pdf.page-size must be A4 or Letter, found 'Letterr'
            guide.csl.locale=xx-YY             | unknown CSL locale 'xx-YY' in guide.csl.locale
            guide.csl.style=no-such-style      | unknown CSL style 'no-such-style'
            site.host=https://example.org/\\"><script>   | site.host must be the address the site is served from
            site.host=example.org              | site.host must be the address the site is served from
            guide.offline.folder=../../x       | guide.offline.folder is the one folder the offline zip unzips to
            guide.subtitle=\\u00zz             | '\\u' must be followed by four hexadecimal digits
            default.status=draft               | default.status=draft would keep pages out of the site while the chapter list, the glossary and their links still name them
            guide.nav.max-chapters=many        | guide.nav.max-chapters must be a whole number above 0, not 'many'
            guide.quotation-sources=content/index.adoc, ../../x.adoc | guide.quotation-sources is '../../x.adoc', outside the guide folder
            """)
    void a_wrong_setting_is_reported_at_its_line(String setting, String message) throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        int line = appendLine(guide.resolve("jbake.properties"), setting.replace("\\\\", "\\"));

        assertFails(guide, "jbake.properties:" + line + ": " + message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            guide.reading=  | guide.readings= | jbake.properties:6: missing property guide.reading: 'guide.readings' on this line is no setting (did you mean 'guide.reading'?)
            guide.title=    | Guide.Title=    | jbake.properties:2: missing property guide.title: 'Guide.Title' on this line is no setting (did you mean 'guide.title'?)
            """)
    void a_required_setting_written_with_a_slip_is_said_at_the_slip(String written, String slip, String message)
            throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Path settings = guide.resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings).replace(written, slip));

        assertFails(guide, message);
    }

    @Test
    void a_settings_file_that_is_not_utf8_is_reported_at_its_line() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Path settings = guide.resolve("jbake.properties");
        Files.write(
                settings,
                "\nguide.subtitle=Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1),
                StandardOpenOption.APPEND);
        int line = Files.readAllLines(settings, StandardCharsets.ISO_8859_1).size();

        assertFails(guide, "jbake.properties:" + line + ": not UTF-8");
    }

    @Test
    void a_byte_order_mark_before_the_first_setting_is_not_part_of_its_name() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Path settings = guide.resolve("jbake.properties");
        String text = Files.readString(settings).replaceAll("(?m)^#.*\\n", "");
        assertTrue(text.startsWith("guide.title="), "the fixture starts with the title");
        Files.writeString(settings, "\uFEFF" + text, StandardCharsets.UTF_8);

        BuildRun run = BuildRun.build(guide, work.resolve("site"));

        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    // its check, which finds no error, makes the PDFs and the EPUB (half a minute as the first in a JVM)
    @Tag("integration")
    void a_mistyped_setting_is_a_warning_that_names_the_setting_meant() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        int line = appendLine(guide.resolve("jbake.properties"), "guide.subtitel=A typo");

        BuildRun run = BuildRun.build(guide, work.resolve("site"));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(
                run.out()
                        .contains("jbake.properties:" + line
                                + ": warning: unknown setting 'guide.subtitel': neither the guide nor"
                                + " JBake reads it (did you mean 'guide.subtitle'?)"),
                run.out());
        BuildRun check = BuildRun.run("check", "--source", guide.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(
                check.out().contains("jbake.properties:" + line + ":1: warning: unknown setting 'guide.subtitel'"),
                check.out());
    }

    @Test
    void a_settings_file_with_errors_gets_its_warnings_too_and_its_errors_in_the_files_order() throws IOException {
        // a teacher mends the errors first: a typo in a key must not wait for the next run to be said
        Path guide = GuideFolders.fixture("minimal", work);
        Path settings = guide.resolve("jbake.properties");
        int typo = appendLine(settings, "guide.subtitel=A typo");
        int twice = appendLine(settings, "guide.author=A. Teacher");
        int pageSize = appendLine(settings, "guide.pdf.page-size=A5");
        int used = appendLine(settings, "guide.author=A. N. Teacher");
        int edition = appendLine(settings, "guide.pdf.edition=Teacher");
        // and a required key written with a slip: one mistake, said as the error at its line, not as a warning too
        Files.writeString(settings, Files.readString(settings).replace("guide.reading=", "guide.readings="));

        BuildRun run = assertFails(guide, "jbake.properties:" + pageSize + ": guide.pdf.page-size must be A4");

        assertTrue(
                run.out()
                        .contains("jbake.properties:" + typo + ": warning: unknown setting 'guide.subtitel': neither"
                                + " the guide nor JBake reads it (did you mean 'guide.subtitle'?)"),
                run.out());
        assertTrue(
                run.out()
                        .contains("jbake.properties:" + twice + ": warning: guide.author is set again at line " + used),
                run.out());
        assertFalse(run.out().contains("unknown setting 'guide.readings'"), run.out());
        List<String> errorLines = run.err()
                .lines()
                .filter(l -> l.startsWith("jbake.properties:"))
                .map(l -> l.split(":")[1])
                .toList();
        assertEquals(List.of("6", String.valueOf(pageSize), String.valueOf(edition)), errorLines, run.err());

        BuildRun check = BuildRun.run("check", "--source", guide.toString());
        assertEquals(1, check.exitCode(), check.err());
        assertTrue(check.out().contains("jbake.properties:" + typo + ":1: warning: unknown setting"), check.out());
        assertTrue(check.err().contains("3 errors, 2 warnings"), check.err());
    }

    @Test
    void a_setting_written_twice_is_a_warning_at_the_line_that_does_nothing() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Path settings = guide.resolve("jbake.properties");
        int first = appendLine(settings, "guide.author=A. Teacher");
        int second = appendLine(settings, "guide.author=A. N. Teacher");

        List<ContentError> warnings = GuideLoader.load(guide).settingsWarnings();

        assertEquals(
                List.of(
                        new ContentError(
                                "jbake.properties",
                                first,
                                "guide.author is set again at line " + second
                                        + ", and the last line is the one used: this line does nothing; remove one of the two")),
                warnings);
    }

    @Test
    void two_references_with_one_key_are_reported_at_the_second() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Path bib = guide.resolve("content/references.bib");
        String first = Files.readString(bib);
        int line = appendLine(
                bib, "@book{author2020,\n  author = {Someone Else},\n  title = {Another Book},\n  year = {1999}\n}");

        assertFails(guide, "content/references.bib:" + (line - 4) + ": duplicate BibTeX key 'author2020'");
        assertTrue(first.contains("author2020"), "the fixture has the key once already");
    }

    @Test
    void a_guide_with_no_pages_is_one_clear_error() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        try (var files = Files.walk(guide.resolve("content"))) {
            for (Path page : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
                Files.delete(page);
            }
        }

        BuildRun run = assertFails(guide, "content: the guide has no chapters");
        assertEquals(
                2,
                run.err().lines().count(),
                "one error and the summary line, not a template error per page:\n" + run.err());
    }

    @Test
    void a_port_out_of_range_is_a_command_line_error() {
        BuildRun run = BuildRun.run("serve", "--port", "70000");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--port takes a number from 0 to 65535"), run.err());
    }

    @Test
    void a_port_in_use_is_a_message_not_a_stack_trace() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(taken.getLocalPort());
            BuildRun run = assertTimeoutPreemptively(
                    Duration.ofSeconds(60),
                    () -> BuildRun.run(
                            "serve",
                            "--source",
                            guide.toString(),
                            "--output",
                            work.resolve("site").toString(),
                            "--port",
                            port));
            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.err().contains("cannot serve on port " + port), run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace:\n" + run.err());
        }
    }

    private BuildRun assertFails(Path guide, String message) {
        Path site = work.resolve("out/site");
        BuildRun run = BuildRun.build(guide, site);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(message), "expected «" + message + "» in:\n" + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace:\n" + run.err());
        assertFalse(Files.exists(site), "nothing may be published");
        return run;
    }

    /** Appends {@code text} on new lines; returns the number of the last line written. */
    private static int appendLine(Path file, String text) throws IOException {
        Files.writeString(file, "\n" + text + "\n", StandardOpenOption.APPEND);
        return Files.readAllLines(file, StandardCharsets.ISO_8859_1).size();
    }
}
