package org.kotkinguide.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One accent colour serves both schemes: it must read on light pages and on dark ones. */
class AccentTest {
    private static final Accent LIGHT_PAGE = Accent.parse("#fdfcf9");
    private static final Accent DARK_PAGE = Accent.parse("#17181b");

    @Test
    void a_colour_that_reads_on_light_pages_is_kept_there() {
        assertEquals("#1f5fa8", Accent.parse("#1f5fa8").onLight().css());
    }

    @Test
    void a_pale_colour_is_darkened_until_it_reads_on_light_pages() {
        Accent gold = Accent.parse("#ffd700");

        assertTrue(gold.contrast(LIGHT_PAGE) < 4.5);
        assertTrue(gold.onLight().contrast(LIGHT_PAGE) >= 4.5, gold.onLight().css());
    }

    @Test
    void a_dark_colour_is_lightened_until_it_reads_on_dark_pages() {
        Accent navy = Accent.parse("#0b1f4a");

        assertTrue(navy.contrast(DARK_PAGE) < 4.5);
        assertTrue(navy.onDark().contrast(DARK_PAGE) >= 4.5, navy.onDark().css());
    }

    @Test
    void the_paper_colour_is_darker_than_the_screen_s() {
        Accent accent = Accent.parse("#1f5fa8");

        assertTrue(accent.forPaper().contrast(Accent.parse("#ffffff"))
                > accent.onLight().contrast(Accent.parse("#ffffff")));
        assertTrue(accent.forPaper().pdf().matches("[0-9A-F]{6}"));
    }
}
