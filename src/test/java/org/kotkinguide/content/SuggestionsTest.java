package org.kotkinguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kotkinguide.model.Term;

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

    private static Term term(String id, String name, String... aliases) {
        return new Term(id, name, List.of(aliases), "Treaty", "A treaty.", List.of(), "glossary/" + id + ".html", name);
    }

    private static final List<Term> GLOSSARY = List.of(
            term("rapallo", "Treaty of Rapallo", "Rapallo treaty"),
            term("locarno", "Locarno Treaties"),
            term("delta", "Delta", "River delta"));

    @Test
    void a_term_written_by_its_name_or_alias_gets_the_id_of_that_term() {
        assertEquals(
                " (did you mean 'rapallo'? \"Rapallo treaty\" is a name of that term;"
                        + " a page names a term by its id, the name of its file)",
                Suggestions.didYouMeanTerm("rapallo-treaty", GLOSSARY));
        assertEquals(
                " (did you mean 'locarno'? \"Locarno Treaties\" is a name of that term;"
                        + " a page names a term by its id, the name of its file)",
                Suggestions.didYouMeanTerm("LocarnoTreaties", GLOSSARY));
    }

    @Test
    void a_term_id_with_a_slip_of_the_keys_gets_the_id_meant_and_no_name_matches_an_empty_id() {
        assertEquals(" (did you mean 'delta'?)", Suggestions.didYouMeanTerm("deltta", GLOSSARY));
        assertEquals("", Suggestions.didYouMeanTerm("stalin", GLOSSARY));
        assertEquals("", Suggestions.didYouMeanTerm("--", GLOSSARY));
    }
}
