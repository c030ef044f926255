package org.kotkinguide.layout;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.kotkinguide.cache.DiskCache;
import org.kotkinguide.cache.KeyText;
import org.kotkinguide.check.AllowlistQueue;
import org.kotkinguide.check.PublishedHtml;
import org.kotkinguide.content.BuildInputs;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Sha256;

/**
 * Pages laid out by the templates, kept between builds in one process (the preview server's), so a
 * rebuild runs the templates only for pages whose HTML can have changed. A template reads the
 * templates folder, the settings, the pages' days from git ("Last updated"), the whole guide model
 * (through {@code guide} and {@code page}) and the page's own content: a page is taken from here only when all of them are as they were. So a
 * prose edit lays out one page again, while a new chapter title or term use, which other pages
 * show, lays them all out again. With a {@link DiskCache}, laid-out pages are also kept on disk for
 * the next command-line build, under the SHA-256 of the same key and body.
 */
public final class LayoutCache {
    /** One page's layout: what it was made from and the HTML it gave, encoded for the file. */
    private record Entry(String key, String body, byte[] html) {}

    private Map<String, Entry> entries = new HashMap<>();
    /** Layouts taken from disk before the pages are laid out one by one ({@link #takeAheadFromDisk}), by page. */
    private Map<String, Entry> ahead = new ConcurrentHashMap<>();

    private Map<String, Entry> used = new HashMap<>();
    private PageTemplates templates;
    /** What every page passes before it is kept or published, laid out now or taken from disk. */
    private PublishedHtml allowlist;

    private String site = "";
    private int hits;
    private DiskCache disk = DiskCache.off();
    /** What every page's layout read, by part, in this build and the last: to say what changed ({@code --verbose}). */
    private Map<String, String> thisParts = Map.of();

    private Map<String, String> lastParts = Map.of();
    private String indexKey;
    private String reason;

    /** Keeps laid-out pages in {@code disk} too, and takes pages from it that this process has not laid out. */
    public void keepOn(DiskCache disk) {
        this.disk = disk;
    }

    /**
     * Starts a build with this build's templates. What every page's template can read outside the
     * page is hashed once here: the templates' files, the settings, whether PDFs are made, the scripts
     * the allowlist lets pages run, and the guide model.
     */
    void startBuild(GuideSource source, PageTemplates templates) {
        this.templates = templates;
        this.allowlist = PublishedHtml.forSite(source);
        Map<String, String> parts = new TreeMap<>();
        parts.put("the templates", Sha256.hex(templates.templateFiles()));
        parts.put("the settings", Sha256.hex(source.settingsKey()));
        parts.put("the pages' days in git", Sha256.hex(templates.lastUpdatedKey()));
        parts.put("whether the PDFs are made", String.valueOf(templates.withPdf()));
        // a kept page was cleaned against these: a script file added or deleted is said as a clean build says it
        parts.put("the site's scripts", String.join(" ", allowlist.scripts()));
        parts.put(
                "the guide model (a title, a term, a use of a term or a citation)",
                Sha256.hex(KeyText.of(source.guide())));
        site = Sha256.hex(BuildInputs.write(parts));
        indexKey = DiskCache.key("layouts of", source.folder().toString());
        if (lastParts.isEmpty() && disk.on()) {
            byte[] last = disk.get("layout-index", indexKey);
            lastParts = last == null
                    ? Map.of()
                    : BuildInputs.parse(new String(last, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> changed = parts.keySet().stream()
                .filter(part -> !parts.get(part).equals(lastParts.get(part)))
                .toList();
        reason = lastParts.isEmpty() ? null : changed.isEmpty() ? "" : String.join(", ", changed) + " changed";
        thisParts = parts;
        used = new HashMap<>();
        hits = 0;
    }

    /** A queue for this build's pages to pass the allowlist on other cores ({@link #html}). */
    AllowlistQueue cleaningQueue() {
        return new AllowlistQueue(allowlist);
    }

    /** Ends a build that succeeded: pages it did not lay out are dropped, so the cache never outgrows the guide. */
    void endBuild() {
        entries = used;
        if (!thisParts.equals(lastParts)) {
            disk.put(
                    "layout-index",
                    indexKey,
                    BuildInputs.write(thisParts).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            lastParts = thisParts;
        }
    }

    /**
     * Why every page was laid out again in the last build (what all pages read that changed); empty
     * when nothing all pages read changed, null when no earlier layout is known.
     */
    public String reason() {
        return reason;
    }

    /**
     * The hash of what every template reads outside a page's own content (the templates' files, the
     * settings, the pages' days, whether PDFs are made, the guide model), for this build; the pages no
     * source file stands behind are kept on it too ({@code assemble.GeneratedPages}).
     */
    public String siteKey() {
        return site;
    }

    /** How many pages the last build took from here. */
    public int hits() {
        return hits;
    }

    /**
     * Before the pages are laid out one by one: reads, on every core, the layouts the disk keeps for the
     * pages this process has not laid out as they are now (an entry not sealed by this user's builds also
     * passes the allowlist again). After a one-chapter edit that is nearly every page, and reading an entry
     * (its seal checked, under the quick compiler) is most of the stage; the disk cache and the allowlist
     * are safe across threads, the templates are not and run later, one page at a time, in {@link #html}.
     */
    <T extends Map<String, Object>> void takeAheadFromDisk(
            List<T> pages, java.util.function.Function<T, String> templateOf, Charset encoding) {
        ahead = new ConcurrentHashMap<>();
        if (!disk.on()) {
            return;
        }
        pages.parallelStream().forEach(content -> {
            String uri = (String) content.get("uri");
            String key = key(templateOf.apply(content) + "\u0000" + encoding.name(), content);
            String body = String.valueOf(content.get("body"));
            if (madeFrom(entries.get(uri), key, body)) {
                return; // kept in this process: nothing to read
            }
            String onDisk = DiskCache.key(key, body);
            try {
                byte[] html = disk.get("layouts", onDisk);
                if (html != null) {
                    ahead.put(uri, new Entry(key, body, fromDisk(html, encoding)));
                }
            } catch (RuntimeException e) {
                // left to the page's own turn, which reads the entry again and reports a failure at the page
            }
        });
    }

    /** What is done with a page's HTML once it is laid out (or taken) and cleaned: written into the site. */
    interface PageWrite {
        void write(byte[] html) throws IOException;
    }

    /**
     * Hands {@code write} the page's HTML in {@code encoding}: the last build's when nothing it is made
     * from changed, else from its template, cleaned on another core by {@code queue} (so {@code write}
     * may run in a later call, or in the queue's {@link AllowlistQueue#finish}, in the pages' order).
     */
    void html(String templateName, Map<String, Object> content, Charset encoding, AllowlistQueue queue, PageWrite write)
            throws IOException {
        String uri = (String) content.get("uri");
        String key = key(templateName + "\u0000" + encoding.name(), content);
        String body = String.valueOf(content.get("body"));
        byte[] kept = take(uri, key, body);
        if (kept != null) {
            write.write(kept);
            return;
        }
        Entry early = ahead.remove(uri);
        if (madeFrom(early, key, body)) {
            // read and cleaned ahead, from the entry the same key and body name: no second hash of the page
            hits++;
            used.put(uri, early);
            write.write(early.html());
            return;
        }
        String onDisk = disk.on() ? DiskCache.key(key, body) : null;
        byte[] fromDisk = onDisk == null ? null : disk.get("layouts", onDisk);
        if (fromDisk != null) {
            byte[] html = fromDisk(fromDisk, encoding);
            hits++;
            used.put(uri, new Entry(key, body, html));
            write.write(html);
            return;
        }
        StringWriter page = new StringWriter();
        templates.render(templateName, content, uri, page);
        queue.add(page.toString(), (cleaned, dropped) -> {
            byte[] html = cleaned.getBytes(encoding);
            templates.reportDropped(uri, dropped);
            // kept, a page the allowlist dropped something from would stay without it even once the cause
            // is gone (a template's script whose file is then added): the allowlist is in no key
            if (dropped.isEmpty()) {
                if (onDisk != null) {
                    disk.put("layouts", onDisk, html);
                }
                used.put(uri, new Entry(key, body, html));
            }
            write.write(html);
        });
    }

    /**
     * A layout as the disk keeps it, fit to publish: one this user's builds sealed passed the allowlist
     * when it was laid out; any other (the folder is anyone's to write, and no key can be kept) passes it
     * again, so a crafted entry runs no script.
     */
    private byte[] fromDisk(byte[] html, Charset encoding) {
        return disk.sealed()
                ? html
                : allowlist.clean(new String(html, encoding)).getBytes(encoding);
    }

    /**
     * The key of a page: the site's hash, its template and every field of its content but the body,
     * which is compared as it is (a page kept by the conversion cache keeps the very same string).
     */
    private String key(String template, Map<String, Object> content) {
        StringBuilder key = new StringBuilder(site).append('\u0000').append(template);
        new TreeMap<>(content).forEach((name, value) -> {
            if (!name.equals("body") && !name.equals("rendered")) {
                key.append('\u0000').append(name).append('=').append(KeyText.of(value));
            }
        });
        return key.toString();
    }

    /** Whether {@code entry} is a layout made from this key and body (null is none). */
    private static boolean madeFrom(Entry entry, String key, String body) {
        return entry != null && entry.key().equals(key) && body.equals(entry.body());
    }

    /** The page's HTML from the last build, or null when anything it is made from changed. */
    private byte[] take(String uri, String key, String body) {
        Entry entry = entries.get(uri);
        if (!madeFrom(entry, key, body)) {
            return null;
        }
        used.put(uri, entry);
        hits++;
        return entry.html();
    }
}
