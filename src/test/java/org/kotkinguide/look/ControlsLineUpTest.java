package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.RealGuide;
import org.openqa.selenium.By;

/**
 * What a reviewer of the pages found out of line, each now held by its geometry or computed style: a
 * form's label, field and button where a reader looks for them, cards as wide as the screen allows on
 * a phone, controls of one height in a row, and lists that read as what they are.
 */
class ControlsLineUpTest extends BrowserTestBase {

    @Test
    void the_missing_pages_search_has_its_label_above_the_field_and_the_button_beside_it() {
        // a short label sat beside the field, and pushed the button onto a line of its own
        open("404.html", 1366, "light");
        double labelBottom =
                number("return document.querySelector('.search-page label').getBoundingClientRect().bottom");
        double fieldTop =
                number("return document.querySelector('.search-page .search-input').getBoundingClientRect().top");
        double buttonTop = number("return document.querySelector('.search-page button').getBoundingClientRect().top");
        assertTrue(labelBottom <= fieldTop, "the label ends at " + labelBottom + ", the field starts at " + fieldTop);
        assertEquals(fieldTop, buttonTop, 1, "the button on the field's line");
    }

    @Test
    void on_a_phone_the_previous_and_next_cards_take_the_whole_width() {
        // at half the width a chapter's title wrapped over three lines beside an empty half
        open(RealGuide.chapter(), 390, "light");
        double pager = number("return document.querySelector('.pager').getBoundingClientRect().width");
        @SuppressWarnings("unchecked")
        List<Number> cards = (List<Number>) js(
                "return Array.from(document.querySelectorAll('.pager a')).map(a => a.getBoundingClientRect().width)");
        assertTrue(!cards.isEmpty(), "a chapter has a previous or a next chapter");
        for (Number card : cards) {
            assertEquals(pager, card.doubleValue(), 1, "a card of " + card + " px in a pager of " + pager + " px");
        }
    }

    @Test
    void on_a_phone_the_menu_button_is_as_tall_as_the_search_box_beside_it() {
        open(RealGuide.chapter(), 390, "light");
        double menu = number("return document.querySelector('.menu-button').getBoundingClientRect().height");
        double search =
                number("return document.querySelector('.site-header .search-input').getBoundingClientRect().height");
        assertEquals(search, menu, 1, "the menu button " + menu + " px, the search box " + search + " px");
    }

    @Test
    void loading_progress_from_a_file_puts_its_label_beside_its_field_and_the_note_clear_of_the_table() {
        open("index.html", 1366, "light");
        browser.waiting()
                .until(d -> d.findElement(By.className("progress-home")).isDisplayed());
        double label = number("return document.querySelector('.progress-import-label').getBoundingClientRect().top");
        double labelBottom =
                number("return document.querySelector('.progress-import-label').getBoundingClientRect().bottom");
        double field = number("return document.querySelector('.progress-import').getBoundingClientRect().top");
        double fieldBottom = number("return document.querySelector('.progress-import').getBoundingClientRect().bottom");
        assertTrue(
                label < fieldBottom && field < labelBottom,
                "the label (" + label + "-" + labelBottom + ") and its field (" + field + "-" + fieldBottom
                        + ") on one line");
        double table = number("return document.querySelector('.progress-table').getBoundingClientRect().bottom");
        double note = number("return document.querySelector('.progress-note').getBoundingClientRect().top");
        assertTrue(note - table >= 8, "the note starts " + (note - table) + " px under the table");
    }

    @Test
    void the_bibliography_lists_where_a_work_is_cited_with_solid_bullets_and_sets_each_work_apart() {
        open("bibliography.html", 1366, "light");
        assertEquals("disc", js("return getComputedStyle(document.querySelector('.cited-in')).listStyleType"));
        // a work's note belongs to it: the gap to the next work is wider than the one above the note
        double underEntry = number("""
                const li = document.querySelector('.further-reading > li');
                return li.querySelector('.annotation').getBoundingClientRect().top
                  - li.querySelector('.entry').getBoundingClientRect().bottom""");
        double toNextWork = number("""
                const li = document.querySelector('.further-reading > li');
                return li.nextElementSibling.getBoundingClientRect().top
                  - li.querySelector('.annotation').getBoundingClientRect().bottom""");
        assertTrue(toNextWork >= 2 * underEntry + 8, "between works " + toNextWork + " px, above a note " + underEntry);
    }
}
