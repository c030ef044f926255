package org.kotkinguide.macros;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kotkinguide.model.Usage;
import org.kotkinguide.model.Usages;

/**
 * The uses of terms or of references the macros note while one build's pages convert. The conversion
 * hands them back as {@link Usages} (the model is not changed after loading); until then a page
 * converted or taken from the cache reads back what it noted.
 */
public final class UseLog {
    private final List<Map.Entry<String, Usage>> noted = new ArrayList<>();
    private final Set<Map.Entry<String, Usage>> seen = new HashSet<>();
    private final Map<String, List<Map.Entry<String, Usage>>> byPage = new LinkedHashMap<>();
    private final Map<String, Set<String>> lookedUp = new LinkedHashMap<>();

    /** Notes that {@code key} is used at {@code usage}; a place noted before for the key counts once. */
    public synchronized void note(String key, Usage usage) {
        Map.Entry<String, Usage> use = Map.entry(key, usage);
        if (seen.add(use)) {
            noted.add(use);
            byPage.computeIfAbsent(usage.pageUri(), p -> new ArrayList<>()).add(use);
        }
    }

    /**
     * Notes that a macro on {@code pageUri} looked {@code key} up, whether or not it is a use (a
     * heading's term shows the term's name, but is no use): what a page kept in the cache depends on.
     */
    public synchronized void lookedUp(String pageUri, String key) {
        lookedUp.computeIfAbsent(pageUri, p -> new java.util.TreeSet<>()).add(key);
    }

    /** The keys the macros looked up on one page, partials included, sorted. */
    public synchronized java.util.SortedSet<String> lookedUpOn(String pageUri) {
        return java.util.Collections.unmodifiableSortedSet(
                new java.util.TreeSet<>(lookedUp.getOrDefault(pageUri, Set.of())));
    }

    /** What one page noted, in order, so a page kept in the cache can note it again. */
    public synchronized List<Map.Entry<String, Usage>> onPage(String pageUri) {
        return List.copyOf(byPage.getOrDefault(pageUri, List.of()));
    }

    /** Everything noted, in order, as the model holds it. */
    public synchronized Usages usages() {
        return new Usages(noted);
    }
}
