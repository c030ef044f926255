package org.kotkinguide.assemble;

import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Guide;
import org.kotkinguide.model.Term;

import java.util.List;

/**
 * The flashcard decks: every glossary term ({@code flashcards.html}), and for each chapter that links
 * terms, the terms it links ({@code flashcards/<chapter>.html}), in the order the chapter first uses them.
 */
public final class FlashcardDecks {
    /** The folder of the chapters' decks. */
    public static final String FOLDER = "flashcards";
    public static final String WHOLE_GUIDE = "flashcards.html";

    /** A chapter's deck. */
    public record Deck(Chapter chapter, List<Term> cards) {
        public int size() {
            return cards.size();
        }

        public String uri() {
            return FOLDER + "/" + chapter.slug() + ".html";
        }
    }

    private FlashcardDecks() {
    }

    public static List<Deck> byChapter(Guide guide) {
        return guide.chapters().stream().map(c -> new Deck(c, guide.termsUsedOn(c.uri())))
                .filter(deck -> !deck.cards().isEmpty()).toList();
    }
}
