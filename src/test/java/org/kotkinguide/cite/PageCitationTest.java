package org.kotkinguide.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A page's reference keeps the capitals the teacher gave its title, whatever the style's title case does. */
class PageCitationTest {
    @Test
    void a_word_the_style_lowercased_gets_its_authors_capital_back() {
        assertEquals(
                "Kotkin Study Guide editors. 2026. “Brushing Off European Rapprochement.” <i>Guide</i>.",
                PageCitation.withAuthorsCapitals(
                        "Kotkin Study Guide editors. 2026. “Brushing off European Rapprochement.” <i>Guide</i>.",
                        "Brushing Off European Rapprochement"));
    }

    @Test
    void a_capital_the_style_added_stays_and_a_title_not_found_leaves_the_reference_as_it_was() {
        assertEquals(
                "“Where Rivers End.” Guide.",
                PageCitation.withAuthorsCapitals("“Where Rivers End.” Guide.", "Where rivers end"));
        assertEquals(
                "“Another Title.” Guide.",
                PageCitation.withAuthorsCapitals("“Another Title.” Guide.", "Where Rivers End"));
    }
}
