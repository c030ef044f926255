package org.kotkinguide.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each term and each reference is used, filled in while chapters render and read by the term
 * and bibliography pages afterwards. JBake converts every document before it renders any template,
 * so the record is complete when templates read it.
 */
public final class Usages {
    private final Map<String, Set<Usage>> byKey = new LinkedHashMap<>();
    private final Map<String, List<Map.Entry<String, Usage>>> byPage = new LinkedHashMap<>();

    public synchronized void record(String key, Usage usage) {
        if (byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(usage)) {
            byPage.computeIfAbsent(usage.pageUri(), p -> new ArrayList<>()).add(Map.entry(key, usage));
        }
    }

    /** What one page recorded, in order (key and place), so a page taken from a cache can record it again. */
    public synchronized List<Map.Entry<String, Usage>> onPage(String pageUri) {
        return List.copyOf(byPage.getOrDefault(pageUri, List.of()));
    }

    /** Places in reading order of first use, each section once. */
    public synchronized List<Usage> of(String key) {
        Set<Usage> found = byKey.get(key);
        return found == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(found));
    }

    public synchronized Set<String> keys() {
        return Set.copyOf(byKey.keySet());
    }

    /** Every key's uses in the order they were recorded (the caches use {@code cache.KeyText}). */
    @Override
    public synchronized String toString() {
        return byKey.toString();
    }
}
