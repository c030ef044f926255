package org.kotkinguide.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** jbake.properties read once into one record: defaults, trimming and checks in one place. */
class SettingsFileTest {
    private static final String REQUIRED = "guide.title=Notes on Dante\nguide.reading=dante1320\n";

    private static Settings read(String text) {
        return SettingsFile.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_guide_that_sets_only_its_title_and_reading_gets_the_documented_defaults() {
        Settings settings = read(REQUIRED);

        assertEquals("Notes on Dante", settings.title());
        assertEquals("", settings.subtitle());
        assertEquals("en", settings.language());
        assertEquals("content/references.bib", settings.references());
        assertEquals("chicago-author-date", settings.cslStyle());
        assertEquals("en-US", settings.cslLocale());
        assertEquals("Notes on Dante", settings.author(), "the author defaults to the title");
        assertEquals("A4", settings.pdfPageSize());
        assertEquals("student", settings.pdfEdition());
        assertEquals("notes-on-dante", settings.offlineFolder(), "the zip's folder defaults to the title, made safe");
        assertEquals(40, settings.navMaxChapters());
        assertFalse(settings.rawHtml());
        assertEquals(List.of(), settings.quotationSources());
        assertEquals("", settings.siteHost());
        assertEquals(
                List.of("content", "templates", "assets"),
                List.of(settings.contentFolder(), settings.templateFolder(), settings.assetFolder()));
    }

    @Test
    void a_key_set_twice_takes_its_last_value_and_names_both_lines() {
        Settings settings = read(REQUIRED + "guide.subtitle=First try\n# a comment\nguide.subtitle = Second try\n");

        assertEquals("Second try", settings.subtitle());
        assertEquals(List.of(new Settings.RepeatedKey("guide.subtitle", List.of(3, 5))), settings.repeatedKeys());
        assertEquals(List.of(), read(REQUIRED).repeatedKeys());
    }

    @Test
    void the_site_host_is_trimmed_and_ends_with_one_slash_however_it_is_written() {
        assertEquals(
                "https://example.org/guide/",
                read(REQUIRED + "site.host=  https://example.org/guide  \n").siteHost());
        assertEquals(
                "https://example.org/guide/",
                read(REQUIRED + "site.host=https://example.org/guide/\n").siteHost());
    }

    @Test
    void guides_with_non_latin_titles_keep_their_progress_under_keys_of_their_own() {
        String stalinRu =
                read("guide.title=Гид по Сталину\nguide.reading=kotkin2014\n").progressKey();
        String stalinJa =
                read("guide.title=スターリン入門\nguide.reading=kotkin2014\n").progressKey();
        String leninRu =
                read("guide.title=Гид по Ленину\nguide.reading=service2000\n").progressKey();
        String mixed =
                read("guide.title=Stalin — Гид\nguide.reading=kotkin2014\n").progressKey();

        assertEquals(4, java.util.Set.of(stalinRu, stalinJa, leninRu, mixed).size(), stalinRu + " " + stalinJa);
        assertTrue(stalinRu.matches("[0-9a-f]{12}"), stalinRu);
        assertTrue(mixed.startsWith("stalin-"), mixed);
        assertEquals(
                stalinRu,
                read("guide.title=Гид по Сталину\nguide.reading=kotkin2014\n").progressKey());
        assertEquals("notes-on-dante", read(REQUIRED).progressKey(), "a Latin title keeps the key it always had");
    }

    @Test
    void values_are_read_as_utf8_and_trimmed() {
        Settings settings = read(REQUIRED + "content.folder = inhalt-für-kurs   \nguide.subtitle=Café \\u2013 Notes\n");

        assertEquals("inhalt-für-kurs", settings.contentFolder());
        assertEquals("Café \u2013 Notes", settings.subtitle());
    }

    @Test
    void quotation_sources_are_a_comma_separated_list_of_paths() {
        Settings settings = read(REQUIRED + "guide.quotation-sources = content/a.adoc,  content/b.adoc ,\n");

        assertEquals(List.of("content/a.adoc", "content/b.adoc"), settings.quotationSources());
    }

    @Test
    void an_unknown_key_is_listed_at_its_line_and_keys_jbake_reads_are_not() {
        Settings settings =
                read(REQUIRED + "template.chapter.file=chapter.ftlh\nrender.feed=false\ndefault.status=published\n"
                        + "db.store=memory\nguide.subtitel=A typo\n");

        assertEquals(List.of(new Settings.UnknownKey("guide.subtitel", 7)), settings.unknownKeys());
        assertTrue(settings.knownKeys().containsAll(List.of("guide.subtitle", "template.chapter.file", "render.feed")));
        assertEquals(java.util.Set.of("chapter"), settings.documentTypes());
    }

    @Test
    void every_wrong_value_is_reported_at_its_line_in_one_go() {
        SettingsException e = assertThrows(
                SettingsException.class,
                () -> read(REQUIRED + "guide.pdf.edition=bogus\nguide.nav.max-chapters=many\nguide.raw-html=yes\n"));

        assertEquals(
                List.of(3, 4, 5),
                e.problems().stream().map(SettingsException.Problem::line).toList(),
                e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains(
                                "jbake.properties:4: guide.nav.max-chapters must be a whole number above 0, not 'many'"),
                e.getMessage());
    }

    @Test
    void the_language_is_a_tag_a_screen_reader_knows_not_a_languages_name() {
        SettingsException e = assertThrows(SettingsException.class, () -> read(REQUIRED + "guide.language=english\n"));
        assertTrue(
                e.getMessage()
                        .contains("jbake.properties:3: guide.language is a language tag such as en, en-GB or de,"
                                + " found 'english' (did you mean 'en'?)"),
                e.getMessage());
        for (String tag : List.of("en", "en-GB", "de", "sv", "pt-BR", "haw")) {
            assertEquals(tag, read(REQUIRED + "guide.language=" + tag + "\n").language(), tag);
        }
    }

    @Test
    void a_missing_title_or_reading_is_an_error() {
        SettingsException e = assertThrows(SettingsException.class, () -> read("guide.subtitle=Only this\n"));

        assertEquals(
                List.of("missing property guide.title", "missing property guide.reading"),
                e.problems().stream().map(SettingsException.Problem::message).toList());
    }

    @Test
    void what_caches_key_on_follows_the_values_alone_in_key_order() {
        Settings plain = read(REQUIRED + "site.host=https://example.org\nasset.folder=assets\n");
        Settings commented = read("# a comment moves every line down\n" + REQUIRED
                + "asset.folder=assets\nsite.host=https://example.org\n");

        assertEquals(plain.toString(), commented.toString());
        assertEquals(
                List.of("asset.folder", "guide.reading", "guide.title", "site.host"),
                List.copyOf(plain.values().keySet()));
    }

    @Test
    void report_a_problem_leads_to_the_trackers_address_or_mails_the_editor_naming_the_page() {
        assertEquals("", read(REQUIRED).reportProblemHref("chapters/one.html"), "no setting, no link");
        assertEquals(
                "https://github.com/me/guide/issues",
                read(REQUIRED + "guide.report-problem=https://github.com/me/guide/issues\n")
                        .reportProblemHref("chapters/one.html"));
        assertEquals(
                "mailto:editor@example.org?subject=A%20problem%20with%20Notes%20on%20Dante%3A%20chapters%2Fone.html",
                read(REQUIRED + "guide.report-problem=editor@example.org\n").reportProblemHref("chapters/one.html"));
    }

    @Test
    void report_a_problem_that_is_neither_an_address_nor_an_e_mail_is_an_error_at_its_line() {
        SettingsException e =
                assertThrows(SettingsException.class, () -> read(REQUIRED + "guide.report-problem=ask the teacher\n"));
        assertEquals(
                List.of(3),
                e.problems().stream().map(SettingsException.Problem::line).toList());
        assertTrue(e.getMessage().contains("guide.report-problem must be"), e.getMessage());
    }
}
