package org.kotkinguide.render;

import org.kotkinguide.cache.DiskCache;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;
import org.kotkinguide.content.Sha256;
import org.kotkinguide.model.Reference;
import org.kotkinguide.model.Term;
import org.kotkinguide.model.Usage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Converted pages kept between builds in one process (the preview server), so an edit re-converts
 * only the pages it touched. A page's key is a hash of its own text and of the references (see
 * {@link #context}); and a kept page is used only while the terms its macros read (name, short
 * definition, page) are as they were, so editing one glossary entry converts again only the pages
 * that use it.
 * A page that includes another file is always converted again, since its key cannot see that file.
 * Only pages that converted without an error are kept.
 * <p>
 * With a {@link DiskCache}, pages are also kept on disk, so the next command-line build converts
 * only what changed, and starts Asciidoctor (JRuby, seconds) only when some page must be converted.
 */
public final class ConversionCache {
    /**
     * A converted page, the term and citation uses its macros recorded (to replay on a hit), and
     * what it read of those terms.
     */
    private record Entry(RenderedPages.RenderedPage page, List<Map.Entry<String, Usage>> termUses,
                         List<Map.Entry<String, Usage>> citationUses, String termsRead) {
    }

    private Map<String, Entry> entries = new HashMap<>();
    private Map<String, Entry> used = new HashMap<>();
    private int hits;
    /** What a term macro reads of each term in this build's glossary, by id: made once a build, not once a page. */
    private Map<String, String> termsAsRead = Map.of();
    private DiskCache disk = DiskCache.off();
    /** Entries read from disk this build, by key (also those whose terms changed, so each is read once). */
    private final Map<String, Entry> fromDisk = new HashMap<>();

    /** Keeps pages in {@code disk} too, and takes pages from it that this process has not converted. */
    public void keepOn(DiskCache disk) {
        this.disk = disk;
    }

    /** Starts a build: entries this build does not use are dropped at its end, so the cache never outgrows the guide. */
    void startBuild(GuideSource source) {
        used = new HashMap<>();
        fromDisk.clear();
        hits = 0;
        termsAsRead = new HashMap<>();
        for (Term term : source.guide().terms()) {
            termsAsRead.put(term.id(), term.name() + '\u0001' + term.shortDefinition() + '\u0001' + term.uri());
        }
    }

    void endBuild() {
        entries = used;
        fromDisk.clear();
    }

    /**
     * Whether every page of {@code source} can be taken from here (memory or disk), so this build
     * need not start Asciidoctor. Call after {@link #startBuild}.
     */
    boolean holdsEvery(GuideSource source) {
        String context = context(source);
        for (Page page : PageConverter.inUriOrder(source)) {
            Entry entry = find(key(page, context));
            if (entry == null || !entry.termsRead().equals(termsRead(entry.termUses()))) {
                return false;
            }
        }
        return true;
    }

    /** The entry for {@code key} in memory, else on disk; null when neither holds it intact. */
    private Entry find(String key) {
        if (key == null) {
            return null;
        }
        Entry entry = entries.get(key);
        if (entry != null || !disk.on()) {
            return entry;
        }
        return fromDisk.computeIfAbsent(key, k -> {
            byte[] bytes = disk.get("pages", k);
            if (bytes == null) {
                return null;
            }
            try {
                ConvertedPageFile.Read read = ConvertedPageFile.read(bytes);
                return new Entry(read.page(), read.termUses(), read.citationUses(), read.termsRead());
            } catch (java.io.IOException | RuntimeException e) {
                // written by this version of the tool and intact by its hash, yet unreadable: convert again
                return null;
            }
        });
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

    /**
     * What every page's conversion reads besides its own text and terms: the references, as the
     * citation macro formats them, and what they are made from (the BibTeX file, the citation style
     * and locale). No other setting reaches a conversion; a macro that comes to read one must add it
     * here. One hash per build.
     */
    static String context(GuideSource source) {
        StringBuilder context = new StringBuilder(source.library().madeFrom()).append('\n');
        for (Reference reference : source.library().references()) {
            context.append(reference).append('\n');
        }
        return Sha256.hex(context.toString());
    }

    /** The cached conversion for {@code key}, with its uses recorded again in this build's guide; null on a miss. */
    RenderedPages.RenderedPage take(String key, GuideSource source) {
        Entry entry = find(key);
        if (entry == null || !entry.termsRead().equals(termsRead(entry.termUses()))) {
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
            List<Map.Entry<String, Usage>> termUses = source.guide().termUsages().onPage(page.uri());
            Entry entry = new Entry(page, termUses, source.guide().citationUsages().onPage(page.uri()), termsRead(termUses));
            used.put(key, entry);
            disk.put("pages", key, ConvertedPageFile.write(page, entry.termUses(), entry.citationUses(), entry.termsRead()));
        }
    }

    /** What the term macros of a page with these uses read from the glossary now ("missing" for a term that went). */
    private String termsRead(List<Map.Entry<String, Usage>> termUses) {
        StringBuilder read = new StringBuilder();
        for (String id : termUses.stream().map(Map.Entry::getKey).distinct().toList()) {
            read.append(id).append('\u0001').append(termsAsRead.getOrDefault(id, "missing")).append('\n');
        }
        return read.toString();
    }
}
