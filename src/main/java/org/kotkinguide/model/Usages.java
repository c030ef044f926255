package org.kotkinguide.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each term and each reference is used: what the macros noted while the pages converted, handed
 * back by the conversion and read by the term and bibliography pages afterwards. Made once, never
 * changed.
 */
public final class Usages {
    private static final Usages NONE = new Usages(List.of());

    private final Map<String, List<Usage>> byKey;
    private final Map<String, List<Map.Entry<String, Usage>>> byPage;

    /** The uses in the order they were noted (key and place); a place noted twice for a key counts once. */
    public Usages(List<Map.Entry<String, Usage>> noted) {
        Map<String, Set<Usage>> keys = new LinkedHashMap<>();
        Map<String, List<Map.Entry<String, Usage>>> pages = new LinkedHashMap<>();
        for (Map.Entry<String, Usage> use : noted) {
            if (keys.computeIfAbsent(use.getKey(), k -> new LinkedHashSet<>()).add(use.getValue())) {
                pages.computeIfAbsent(use.getValue().pageUri(), p -> new ArrayList<>())
                        .add(Map.entry(use.getKey(), use.getValue()));
            }
        }
        Map<String, List<Usage>> byKey = new LinkedHashMap<>();
        keys.forEach((key, places) -> byKey.put(key, List.copyOf(places)));
        Map<String, List<Map.Entry<String, Usage>>> byPage = new LinkedHashMap<>();
        pages.forEach((page, uses) -> byPage.put(page, List.copyOf(uses)));
        this.byKey = Collections.unmodifiableMap(byKey);
        this.byPage = Collections.unmodifiableMap(byPage);
    }

    /** Before the pages are converted: no uses. */
    public static Usages none() {
        return NONE;
    }

    /** What one page used, in order (key and place). */
    public List<Map.Entry<String, Usage>> onPage(String pageUri) {
        return byPage.getOrDefault(pageUri, List.of());
    }

    /** Places in reading order of first use, each section once. */
    public List<Usage> of(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The keys used, in the order first used. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(byKey.keySet());
    }

    /** Every key's uses in the order they were noted (the caches use {@code cache.KeyText}). */
    @Override
    public String toString() {
        return byKey.toString();
    }
}
