package org.kotkinguide.model;

import org.kotkinguide.settings.Settings;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole guide: settings, chapters in reading order, terms A–Z, references, and the record of
 * where terms and references are used (see {@link Usages}), and the timeline of dated events.
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
        chapters = chapters.stream().sorted(Comparator.comparingInt(Chapter::order)).toList();
        terms = terms.stream().sorted(Comparator.comparing(t -> t.name().toLowerCase(java.util.Locale.ROOT))).toList();
        references = List.copyOf(references);
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
        return List.copyOf(new TreeSet<>(terms.stream().map(Term::category).toList()));
    }

    /** The chapter sections that use a term, in reading order. */
    public List<Usage> termUsagesOf(String id) {
        Map<String, Integer> numbers = chapterNumbers();
        return inReadingOrder(termUsages.of(id).stream().filter(u -> numbers.containsKey(u.pageUri())).toList());
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
            for (Usage use : inReadingOrder(termUsages.of(term.id()).stream().filter(u -> numbers.containsKey(u.pageUri())).toList(), numbers)) {
                firstOnPage.putIfAbsent(use.pageUri(), use);
            }
            pages.put(term.id(), List.copyOf(firstOnPage.values()));
        }
        return pages;
    }

    /** The terms a page links, in the order it first links them: a chapter's flashcard deck. */
    public List<Term> termsUsedOn(String pageUri) {
        Map<String, Term> byId = termsById();
        return termUsages.onPage(pageUri).stream().map(Map.Entry::getKey).distinct().map(byId::get)
                .filter(java.util.Objects::nonNull).toList();
    }

    /** Where a work is cited, in reading order. */
    public List<Usage> citationUsagesOf(String key) {
        return inReadingOrder(citationUsages.of(key));
    }

    /** Pages convert in file order; readers want chapter order (other pages after, by name). Stable within a page. */
    private List<Usage> inReadingOrder(List<Usage> usages) {
        return inReadingOrder(usages, chapterNumbers());
    }

    private static List<Usage> inReadingOrder(List<Usage> usages, Map<String, Integer> numbers) {
        return usages.stream().sorted(Comparator.comparingInt((Usage u) -> numbers.getOrDefault(u.pageUri(), Integer.MAX_VALUE))
                .thenComparing(u -> numbers.containsKey(u.pageUri()) ? "" : u.pageUri())).toList();
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
        return references.stream().filter(r -> !citationUsages.of(r.key()).isEmpty()).toList();
    }

    /**
     * The works in {@code references.bib} no page cites: further reading the teacher recommends,
     * which the bibliography lists under its own heading, in bibliography order.
     */
    public List<Reference> furtherReading() {
        return references.stream().filter(r -> citationUsages.of(r.key()).isEmpty()).toList();
    }
}
