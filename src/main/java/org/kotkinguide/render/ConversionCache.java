package org.kotkinguide.render;

import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;
import org.kotkinguide.content.Sha256;
import org.kotkinguide.model.Reference;
import org.kotkinguide.model.Term;
import org.kotkinguide.model.Usage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Converted pages kept between builds in one process (the preview server), so an edit re-converts
 * only the pages it touched. A page's key is a hash of its own text and of everything its macros
 * read: the terms' names and definitions, the references, the guide's settings. A page that
 * includes another file is always converted again, since its key cannot see that file. Only pages
 * that converted without an error are kept.
 */
public final class ConversionCache {
    /** A converted page and the term and citation uses its macros recorded, to replay on a hit. */
    private record Entry(RenderedPages.RenderedPage page, List<Map.Entry<String, Usage>> termUses,
                         List<Map.Entry<String, Usage>> citationUses) {
    }

    private Map<String, Entry> entries = new HashMap<>();
    private Map<String, Entry> used = new HashMap<>();
    private int hits;

    /** Starts a build: entries this build does not use are dropped at its end, so the cache never outgrows the guide. */
    void startBuild() {
        used = new HashMap<>();
        hits = 0;
    }

    void endBuild() {
        entries = used;
    }

    /** How many pages the last build took from the cache. */
    public int hits() {
        return hits;
    }

    /** The key of {@code page} in {@code source}, or null when the page cannot be cached. */
    static String key(Page page, String context) {
        if (page.lines().stream().anyMatch(line -> line.contains("include::"))) {
            return null;
        }
        return Sha256.hex(context + "\u0000" + page.uri() + "\u0000" + page.displayName() + "\u0000" + String.join("\n", page.lines()));
    }

    /** What every page's macros read from the guide: one hash per build. */
    static String context(GuideSource source) {
        StringBuilder context = new StringBuilder();
        new TreeMap<>(source.properties()).forEach((name, value) -> context.append(name).append('=').append(value).append('\n'));
        for (Term term : source.guide().terms()) {
            context.append(term.id()).append('\u0001').append(term.name()).append('\u0001')
                    .append(term.shortDefinition()).append('\u0001').append(term.uri()).append('\n');
        }
        for (Reference reference : source.library().references()) {
            context.append(reference).append('\n');
        }
        return Sha256.hex(context.toString());
    }

    /** The cached conversion for {@code key}, with its uses recorded again in this build's guide; null on a miss. */
    RenderedPages.RenderedPage take(String key, GuideSource source) {
        Entry entry = key == null ? null : entries.get(key);
        if (entry == null) {
            return null;
        }
        entry.termUses().forEach(use -> source.guide().termUsages().record(use.getKey(), use.getValue()));
        entry.citationUses().forEach(use -> source.guide().citationUsages().record(use.getKey(), use.getValue()));
        used.put(key, entry);
        hits++;
        return entry.page();
    }

    void put(String key, RenderedPages.RenderedPage page, GuideSource source) {
        if (key != null) {
            used.put(key, new Entry(page, source.guide().termUsages().onPage(page.uri()),
                    source.guide().citationUsages().onPage(page.uri())));
        }
    }
}
