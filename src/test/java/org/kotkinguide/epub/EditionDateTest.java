package org.kotkinguide.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.support.Git;
import org.kotkinguide.support.GuideFolders;

/** The EPUB's "last modified" day, which an e-reader shows: the guide's date, else its newest page's. */
class EditionDateTest {
    @TempDir
    Path work;

    @Test
    void guide_date_is_read_as_a_day_in_the_ways_a_teacher_writes_one() {
        assertEquals(LocalDate.of(2026, 11, 25), EditionDate.parse("25 November 2026", Locale.ENGLISH));
        assertEquals(LocalDate.of(2026, 11, 25), EditionDate.parse("2026-11-25", Locale.ENGLISH));
        assertEquals(LocalDate.of(2026, 11, 25), EditionDate.parse("November 25, 2026", Locale.ENGLISH));
        assertEquals(LocalDate.of(2026, 11, 1), EditionDate.parse("November 2026", Locale.ENGLISH));
        assertEquals(LocalDate.of(2026, 11, 25), EditionDate.parse("25 novembre 2026", Locale.FRENCH));
        assertNull(EditionDate.parse("autumn term", Locale.ENGLISH));
    }

    @Test
    void without_guide_date_it_is_the_day_of_the_newest_page_in_git() throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        Git.commitAll(guide, "2024-05-01T12:00:00Z", "first notes");
        java.nio.file.Files.writeString(
                guide.resolve("content/chapters/sources.adoc"),
                "\nOne more line.\n",
                java.nio.file.StandardOpenOption.APPEND);
        Git.commitAll(guide, "2024-06-02T12:00:00Z", "a line more");

        assertEquals(LocalDate.of(2024, 6, 2), EditionDate.of(GuideLoader.load(guide)));
    }

    /**
     * With no date anywhere it is the day of the build, which the build records: the next day's build
     * is not "nothing changed" over an EPUB dated the day before (a clean build would date it anew).
     */
    @Test
    void without_any_date_it_is_today_and_a_build_the_next_day_is_a_change() {
        Path guide = GuideFolders.fixture("minimal", work);
        org.kotkinguide.content.GuideSource source = GuideLoader.load(guide);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);

        assertEquals(today, EditionDate.of(source));

        java.util.Map<String, String> recorded = source.inputs().recorded();
        assertEquals(today.toString(), recorded.get(org.kotkinguide.content.BuildInputs.CLOCK_DAY));
        assertNull(org.kotkinguide.content.BuildInputs.firstChangeOf(guide, recorded), "the same day: no change");
        recorded.put(
                org.kotkinguide.content.BuildInputs.CLOCK_DAY,
                today.minusDays(1).toString());
        assertEquals(
                "the day changed, and the guide gives none (guide.date)",
                org.kotkinguide.content.BuildInputs.firstChangeOf(guide, recorded)
                        .said());
    }
}
