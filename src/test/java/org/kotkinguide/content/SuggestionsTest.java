package org.kotkinguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "did you mean" names a slip of the keys, never a different name that happens to be nearest. */
class SuggestionsTest {
    private static final List<String> TERMS = List.of("lenin", "delta", "limitrophe", "estuary");

    @Test
    void a_slip_of_the_keys_gets_the_name_meant() {
        assertEquals(" (did you mean 'delta'?)", Suggestions.didYouMean("deltta", TERMS));
        assertEquals(" (did you mean 'limitrophe'?)", Suggestions.didYouMean("limitrofe", TERMS));
    }

    @Test
    void a_different_name_gets_no_suggestion() {
        assertEquals("", Suggestions.didYouMean("stalin", TERMS));
        assertEquals("", Suggestions.didYouMean("sea", TERMS));
    }
}
