package org.kotkinguide.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kotkinguide.model.Usage;
import org.kotkinguide.model.Usages;

/** A laid-out page is kept only while what its templates read is the same: the key's text must tell every difference. */
class KeyTextTest {
    record Section(String id, String title, int level) {}

    @Test
    void values_that_differ_in_any_field_or_in_where_a_string_ends_have_different_texts() {
        assertNotEquals(KeyText.of(new Section("a", "Start", 1)), KeyText.of(new Section("a", "Start", 2)));
        assertNotEquals(KeyText.of(List.of("ab", "c")), KeyText.of(List.of("a", "bc")));
        assertNotEquals(KeyText.of(new String[] {"x"}), KeyText.of(new String[] {"y"}));
        assertEquals(
                KeyText.of(new String[] {"x"}),
                KeyText.of(new String[] {"x"}),
                "an array by its items, not its identity");
    }

    @Test
    void a_long_page_differing_in_one_letter_anywhere_has_another_text_and_the_same_page_the_same() {
        String page = "<p>The Locarno treaties.</p>\n".repeat(400);
        String edited = page.substring(0, page.length() - 7) + "x</p>\n";
        assertNotEquals(KeyText.of(List.of(page)), KeyText.of(List.of(edited)));
        assertNotEquals(KeyText.of(List.of(page)), KeyText.of(List.of(page + " ")));
        assertEquals(KeyText.of(List.of(page)), KeyText.of(List.of(new String(page.toCharArray()))));
        assertTrue(KeyText.of(page).length() < 100, "a long page goes in by its hash, not whole");
    }

    @Test
    void a_map_without_an_order_of_its_own_gives_one_text_for_the_same_entries() {
        Map<String, Object> one = new HashMap<>();
        Map<String, Object> other = new HashMap<>(64);
        for (int i = 0; i < 20; i++) {
            one.put("k" + i, i);
            other.put("k" + (19 - i), 19 - i);
        }
        assertEquals(KeyText.of(one), KeyText.of(other));
    }

    @Test
    void uses_are_written_out_use_by_use() {
        Usages some = new Usages(List.of(Map.entry("delta", new Usage("chapters/a.html", "A", "start", "Start"))));
        Usages more = new Usages(List.of(
                Map.entry("delta", new Usage("chapters/a.html", "A", "start", "Start")),
                Map.entry("delta", new Usage("chapters/b.html", "B", "flow", "Flow"))));
        assertNotEquals(KeyText.of(some), KeyText.of(more));
    }

    /**
     * The terms' order is that of a set copied from them, which differs from one JVM to the next: keyed in
     * that order, every command-line build saw a new model and laid out every page again.
     */
    @Test
    void uses_give_one_text_whatever_order_their_terms_were_first_used_in() {
        List<Map.Entry<String, Usage>> forwards = new java.util.ArrayList<>();
        List<Map.Entry<String, Usage>> backwards = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            forwards.add(Map.entry("term-" + i, new Usage("chapters/c" + i + ".html", "C", "s", "S")));
            backwards.add(Map.entry("term-" + (59 - i), new Usage("chapters/c" + (59 - i) + ".html", "C", "s", "S")));
        }
        assertEquals(KeyText.of(new Usages(forwards)), KeyText.of(new Usages(backwards)));
    }

    @Test
    void a_kind_of_value_it_does_not_know_is_refused_rather_than_keyed_by_its_identity() {
        assertThrows(IllegalArgumentException.class, () -> KeyText.of(new Object()));
    }
}
