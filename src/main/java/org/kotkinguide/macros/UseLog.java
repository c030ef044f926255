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

    /** Notes that {@code key} is used at {@code usage}; a place noted before for the key counts once. */
    public synchronized void note(String key, Usage usage) {
        Map.Entry<String, Usage> use = Map.entry(key, usage);
        if (seen.add(use)) {
            noted.add(use);
            byPage.computeIfAbsent(usage.pageUri(), p -> new ArrayList<>()).add(use);
        }
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
