package org.kotkinguide.assemble;

import java.util.List;
import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Guide;
import org.kotkinguide.model.Term;

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

    private FlashcardDecks() {}

    /**
     * The decks a chapter's deck page names beside the whole guide's: at most {@code max}, those of
     * the chapters around this one, as the sidebar lists chapters. Every deck page naming every deck
     * made the decks grow with the square of the chapters; the whole guide's page still names them all.
     * The deck is given by its place in {@code decks}: looking it up, deck by deck, compared records with
     * the square of the chapters too.
     */
    public static List<Deck> around(List<Deck> decks, int at, int max) {
        if (decks.size() <= max) {
            return decks;
        }
        int from = Math.max(0, Math.min(at - max / 2, decks.size() - max));
        return decks.subList(from, from + max);
    }

    public static List<Deck> byChapter(Guide guide) {
        return guide.chapters().stream()
                .map(c -> new Deck(c, guide.termsUsedOn(c.uri())))
                .filter(deck -> !deck.cards().isEmpty())
                .toList();
    }
}
