package org.kotkinguide.model;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kotkinguide.settings.Settings;

/**
 * The whole guide: settings, chapters in reading order, terms A–Z, references, and the record of
 * where terms and references are used (see {@link Usages}), and the timeline of dated events. The
 * loader makes it without uses or event texts; the conversion hands back a copy with them
 * ({@link #converted}). Never changed once made.
 */
public record Guide(
        Settings settings,
        List<Chapter> chapters,
        List<Term> terms,
        List<Reference> references,
        Usages termUsages,
        Usages citationUsages,
        Timeline timeline) {

    public Guide {
        chapters = chapters.stream()
                .sorted(Comparator.comparingInt(Chapter::order))
                .toList();
        // as a book's index: people by surname, accents and case as the guide's language sorts them
        Collator collator = collator(settings.language());
        terms = terms.stream()
                .sorted(Comparator.comparing(Term::sortAs, collator)
                        .thenComparing(Term::name, collator)
                        .thenComparing(Term::id))
                .toList();
        references = List.copyOf(references);
    }

    /** This guide with what converting its pages found: where terms and works are used, and the timeline's texts. */
    public Guide converted(Usages termUsages, Usages citationUsages, Timeline timeline) {
        return new Guide(settings, chapters, terms, references, termUsages, citationUsages, timeline);
    }

    public Map<String, Term> termsById() {
        return terms.stream().collect(Collectors.toMap(Term::id, Function.identity()));
    }

    public Map<String, Reference> referencesByKey() {
        return references.stream().collect(Collectors.toMap(Reference::key, Function.identity()));
    }

    public Term term(String id) {
        return termsById().get(id);
    }

    /** Categories in A–Z order, for the glossary filter. */
    public List<String> categories() {
        return terms.stream()
                .map(Term::category)
                .distinct()
                .sorted(collator(settings.language()))
                .toList();
    }

    /** The numbers (1, 2, ...) of the chapters that link a term, in reading order: "In chapters 1, 3." */
    public List<Integer> chapterNumbersUsing(String termId) {
        Map<String, Integer> numbers = chapterNumbers();
        return termUsagesOf(termId).stream()
                .map(u -> numbers.get(u.pageUri()))
                .distinct()
                .toList();
    }

    /** A letter of the glossary index and the terms filed under it. */
    public record Letter(String letter, List<Term> terms) {}

    /**
     * The glossary index's letters, in order, each with its terms. A term is filed under the first
     * letter of what it sorts as, without an accent the guide's language does not count as a letter
     * of its own: "Émigrés" under E in English, "Östersjön" under Ö in Swedish.
     */
    public List<Letter> byLetter() {
        Collator letters = collator(settings.language());
        letters.setStrength(Collator.PRIMARY);
        Map<String, List<Term>> groups = new java.util.LinkedHashMap<>();
        for (Term term : terms) {
            String sortAs = term.sortAs().isBlank()
                    ? term.name().strip()
                    : term.sortAs().strip();
            String first = sortAs.substring(0, sortAs.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT);
            String bare = java.text.Normalizer.normalize(first, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            String letter = !bare.isEmpty() && letters.compare(first, bare) == 0 ? bare : first;
            groups.computeIfAbsent(letter, l -> new java.util.ArrayList<>()).add(term);
        }
        return groups.entrySet().stream()
                .map(e -> new Letter(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /** The people among the terms, by surname: the who's who. */
    public List<Term> people() {
        return terms.stream().filter(Term::isPerson).toList();
    }

    /** Compares words as readers of {@code language} (guide.language) expect: "Béla" before "Bolsheviks". */
    public static Collator collator(String language) {
        Collator collator = Collator.getInstance(java.util.Locale.forLanguageTag(language));
        // letters first, accents and case only to break ties
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    /** The chapter sections that use a term, in reading order. */
    public List<Usage> termUsagesOf(String id) {
        Map<String, Integer> numbers = chapterNumbers();
        return inReadingOrder(termUsages.of(id).stream()
                .filter(u -> numbers.containsKey(u.pageUri()))
                .toList());
    }

    /**
     * For every term, the chapters that use it, each once (its first use there), in reading order: the
     * flashcards' "Appears in", worked out once for all decks. A template that skipped repeats itself
     * searched its growing list for every use of every term on every deck, and a per-term lookup
     * numbers the chapters again each time: both grow faster than the guide.
     */
    public Map<String, List<Usage>> termPages() {
        Map<String, Integer> numbers = chapterNumbers();
        Map<String, List<Usage>> pages = new java.util.HashMap<>();
        for (Term term : terms) {
            Map<String, Usage> firstOnPage = new java.util.LinkedHashMap<>();
            for (Usage use : inReadingOrder(
                    termUsages.of(term.id()).stream()
                            .filter(u -> numbers.containsKey(u.pageUri()))
                            .toList(),
                    numbers)) {
                firstOnPage.putIfAbsent(use.pageUri(), use);
            }
            pages.put(term.id(), List.copyOf(firstOnPage.values()));
        }
        return pages;
    }

    /** The terms a page links, in the order it first links them: a chapter's flashcard deck. */
    public List<Term> termsUsedOn(String pageUri) {
        Map<String, Term> byId = termsById();
        return termUsages.onPage(pageUri).stream()
                .map(Map.Entry::getKey)
                .distinct()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Where a work is cited, in reading order. */
    public List<Usage> citationUsagesOf(String key) {
        return inReadingOrder(citationUsages.of(key));
    }

    /**
     * Pages convert in file order; readers want reading order: the home page, which opens the guide,
     * then the chapters in order, then other pages by name. Stable within a page.
     */
    private List<Usage> inReadingOrder(List<Usage> usages) {
        return inReadingOrder(usages, chapterNumbers());
    }

    private static List<Usage> inReadingOrder(List<Usage> usages, Map<String, Integer> numbers) {
        return usages.stream()
                .sorted(Comparator.comparingInt((Usage u) -> readingPlace(u.pageUri(), numbers))
                        .thenComparing(u -> numbers.containsKey(u.pageUri()) ? "" : u.pageUri()))
                .toList();
    }

    private static int readingPlace(String pageUri, Map<String, Integer> numbers) {
        return pageUri.equals("index.html") ? 0 : numbers.getOrDefault(pageUri, Integer.MAX_VALUE);
    }

    /** Each chapter's place in reading order (1, 2, ...) by URL: one lookup instead of a search of the chapter list. */
    public Map<String, Integer> chapterNumbers() {
        Map<String, Integer> numbers = new java.util.HashMap<>();
        for (int i = 0; i < chapters.size(); i++) {
            numbers.put(chapters.get(i).uri(), i + 1);
        }
        return numbers;
    }

    /** The reference of the reading the guide is about. */
    public Reference reading() {
        return referencesByKey().get(settings.readingKey());
    }

    /** Only the works some page cites, in the order the bibliography lists them. */
    public List<Reference> citedReferences() {
        return references.stream()
                .filter(r -> !citationUsages.of(r.key()).isEmpty())
                .toList();
    }

    /**
     * The works in {@code references.bib} no page cites: further reading the teacher recommends,
     * which the bibliography lists under its own heading, in bibliography order.
     */
    public List<Reference> furtherReading() {
        return references.stream()
                .filter(r -> citationUsages.of(r.key()).isEmpty())
                .toList();
    }
}
