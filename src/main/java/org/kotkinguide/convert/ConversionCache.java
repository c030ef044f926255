package org.kotkinguide.convert;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kotkinguide.cache.DiskCache;
import org.kotkinguide.content.BuildInputs;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;
import org.kotkinguide.content.Sha256;
import org.kotkinguide.model.Term;
import org.kotkinguide.model.Usage;
import org.kotkinguide.settings.Settings;

/**
 * Converted pages kept between builds in one process (the preview server), so an edit re-converts
 * only the pages it touched. A page's key is a hash of its own text, its place, the settings and
 * the references (see {@link #context}); and a kept page is used only while the terms its macros
 * read (name, short definition, page) and the files its conversion read (included files, images
 * embedded with {@code :data-uri:}, inlined SVGs: {@link AsciidoctorReads}) are as they were, so
 * editing one glossary entry or one shared file converts again only the pages that use it.
 * Only pages that converted without an error are kept.
 * <p>
 * With a {@link DiskCache}, pages are also kept on disk, so the next command-line build converts
 * only what changed, and starts Asciidoctor (JRuby, seconds) only when some page must be converted.
 */
public final class ConversionCache {
    /**
     * A converted page, the term and citation uses its macros noted (to note again on a hit), what it
     * read of those terms, and the files its conversion read ({@link BuildInputs#manifest} form).
     */
    private record Entry(
            ConvertedPages.RenderedPage page,
            List<Map.Entry<String, Usage>> termUses,
            List<Map.Entry<String, Usage>> citationUses,
            String termsRead,
            String filesRead) {}

    private Map<String, Entry> entries = new HashMap<>();
    private Map<String, Entry> used = new HashMap<>();
    private int hits;
    /** What a term macro reads of each term in this build's glossary, by id: made once a build, not once a page. */
    private Map<String, String> termsAsRead = Map.of();

    private DiskCache disk = DiskCache.off();
    /** Entries read from disk this build, by key (also those whose terms changed, so each is read once). */
    private final Map<String, Entry> fromDisk = new HashMap<>();
    /** Each file a kept page read, as it is now: read once a build however many pages include it. */
    private final Map<String, String> filesNow = new HashMap<>();
    /** Why each page was converted again, for {@code --verbose}. */
    private final List<String> reasons = new java.util.ArrayList<>();
    /** What each page's key was made from in the last build (its text, and what every page reads), to say what changed. */
    private Map<String, String> lastMadeFrom = new HashMap<>();

    private final Map<String, String> madeFrom = new HashMap<>();

    /** Keeps pages in {@code disk} too, and takes pages from it that this process has not converted. */
    public void keepOn(DiskCache disk) {
        this.disk = disk;
    }

    /** Starts a build: entries this build does not use are dropped at its end, so the cache never outgrows the guide. */
    void startBuild(GuideSource source) {
        used = new HashMap<>();
        fromDisk.clear();
        filesNow.clear();
        reasons.clear();
        if (lastMadeFrom.isEmpty() && disk.on()) {
            byte[] last = disk.get("page-index", DiskCache.key(source.folder().toString()));
            lastMadeFrom = last == null
                    ? new HashMap<>()
                    : new HashMap<>(BuildInputs.parse(new String(last, StandardCharsets.UTF_8)));
        }
        madeFrom.clear();
        hits = 0;
        termsAsRead = new HashMap<>();
        for (Term term : source.guide().terms()) {
            termsAsRead.put(term.id(), term.name() + '\u0001' + term.shortDefinition() + '\u0001' + term.uri());
        }
    }

    void endBuild(GuideSource source) {
        entries = used;
        fromDisk.clear();
        if (!madeFrom.equals(lastMadeFrom)) {
            disk.put(
                    "page-index",
                    DiskCache.key(source.folder().toString()),
                    BuildInputs.write(madeFrom).getBytes(StandardCharsets.UTF_8));
        }
        lastMadeFrom = new HashMap<>(madeFrom);
    }

    /** Why pages were converted again in the last build, one line each. */
    public List<String> reasons() {
        return List.copyOf(reasons);
    }

    /**
     * Whether every page of {@code source} can be taken from here (memory or disk), so this build
     * need not start Asciidoctor. Call after {@link #startBuild}.
     */
    boolean holdsEvery(GuideSource source) {
        String context = context(source);
        for (Page page : PageConverter.inUriOrder(source)) {
            Entry entry = find(key(page, context));
            if (entry == null || whyNot(entry, source) != null) {
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
                return new Entry(read.page(), read.termUses(), read.citationUses(), read.termsRead(), read.filesRead());
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

    /** The key of {@code page} in {@code source}: its text, place and what every page reads. */
    static String key(Page page, String context) {
        return Sha256.hex(context + "\u0000" + textKey(page));
    }

    private static String textKey(Page page) {
        return Sha256.hex(page.uri() + "\u0000" + page.displayName() + "\u0000" + String.join("\n", page.lines()));
    }

    /**
     * What every page's conversion reads besides its own text, terms and files: the settings (the
     * macros read the reading's key, for one), and what the references are made from (the BibTeX
     * file, the citation style and locale). One hash per build.
     */
    static String context(GuideSource source) {
        StringBuilder settings = new StringBuilder();
        source.settingsKey()
                .lines()
                .filter(line -> !NOT_READ_BY_A_CONVERSION.contains(line.substring(0, line.indexOf('='))))
                .forEach(line -> settings.append(line).append('\n'));
        return Sha256.hex(settings + "\u0000" + source.library().madeFrom());
    }

    /**
     * Settings only the layout, the site's assets, the downloads and the zip read, so a new title or
     * accent colour lays out every page but converts none again. The list fails safe: a setting missing
     * from it costs a conversion, never a stale page.
     */
    private static final java.util.Set<String> NOT_READ_BY_A_CONVERSION = java.util.stream.Stream.concat(
                    Settings.READ_BY_THE_WEBSITE_ONLY.stream(),
                    java.util.stream.Stream.of(
                            "guide.title",
                            "guide.subtitle",
                            "guide.edition",
                            "guide.author",
                            "guide.date",
                            "guide.pdf.edition",
                            "guide.pdf.page-size",
                            "guide.accent"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The cached conversion for {@code key}, with its uses noted again in {@code uses}; null on a miss. */
    ConvertedPages.RenderedPage take(Page page, String context, GuideSource source, PageUses uses) {
        String key = key(page, context);
        madeFrom.put(page.uri(), textKey(page) + " " + context);
        Entry entry = find(key);
        String why = entry == null ? whyNew(page, context) : whyNot(entry, source);
        if (why != null) {
            reasons.add("converted " + page.displayName() + (entry == null ? ": " : " again: ") + why);
            return null;
        }
        source.inputs().addAll(BuildInputs.parse(entry.filesRead()));
        entry.termUses().forEach(use -> uses.terms().note(use.getKey(), use.getValue()));
        entry.citationUses().forEach(use -> uses.citations().note(use.getKey(), use.getValue()));
        used.put(key, entry);
        hits++;
        return entry.page();
    }

    /**
     * Keeps a page converted without an error, with the files Asciidoctor read for it; those are
     * recorded as this build's inputs whether or not the page is kept.
     */
    void put(
            String key,
            ConvertedPages.RenderedPage page,
            Map<java.nio.file.Path, String> files,
            boolean keep,
            GuideSource source,
            PageUses uses) {
        Map<String, String> reads = new java.util.TreeMap<>();
        files.forEach((file, state) -> reads.put("file " + BuildInputs.place(source.folder(), file), state));
        source.inputs().addAll(reads);
        if (keep) {
            List<Map.Entry<String, Usage>> termUses = uses.terms().onPage(page.uri());
            // the terms its macros read: those it uses, and those a heading names (in the page or a
            // partial), which show their name but are no use ("Appears in" leaves them out)
            java.util.Set<String> read = new java.util.TreeSet<>(uses.terms().lookedUpOn(page.uri()));
            termUses.forEach(use -> read.add(use.getKey()));
            Entry entry = new Entry(
                    page, termUses, uses.citations().onPage(page.uri()), termsRead(read), BuildInputs.write(reads));
            used.put(key, entry);
            disk.put(
                    "pages",
                    key,
                    ConvertedPageFile.write(
                            page, entry.termUses(), entry.citationUses(), entry.termsRead(), entry.filesRead()));
        }
    }

    /** Why a kept entry cannot be used now (a term it reads or a file it read changed); null when it can. */
    private String whyNot(Entry entry, GuideSource source) {
        if (!entry.termsRead().equals(termsRead(idsIn(entry.termsRead())))) {
            return "a glossary term it uses changed";
        }
        for (Map.Entry<String, String> read :
                BuildInputs.parse(entry.filesRead()).entrySet()) {
            String now = filesNow.computeIfAbsent(
                    read.getKey(), place -> BuildInputs.state(source.folder().resolve(place.substring(5))));
            if (!now.equals(read.getValue())) {
                return read.getKey().substring(5) + (now.equals(BuildInputs.MISSING) ? " is gone" : " changed");
            }
        }
        return null;
    }

    /** Why no kept entry has this page's key: its text, or what every page reads, differs from the last build's. */
    private String whyNew(Page page, String context) {
        String last = lastMadeFrom.get(page.uri());
        if (last == null) {
            return "not converted before";
        }
        return !last.startsWith(textKey(page) + " ")
                ? page.displayName() + " changed"
                : !last.endsWith(" " + context)
                        ? "the settings or the references changed"
                        : "its kept conversion is gone";
    }

    /** What the term macros of a page with these uses read from the glossary now ("missing" for a term that went). */
    private String termsRead(java.util.Collection<String> ids) {
        StringBuilder read = new StringBuilder();
        for (String id : ids) {
            read.append(id)
                    .append('\u0001')
                    .append(termsAsRead.getOrDefault(id, "missing"))
                    .append('\n');
        }
        return read.toString();
    }

    /** The terms' ids in what {@link #termsRead} wrote, in its order. */
    private static List<String> idsIn(String termsRead) {
        return termsRead
                .lines()
                .map(line -> line.substring(0, line.indexOf('\u0001')))
                .toList();
    }
}
