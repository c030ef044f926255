package org.kotkinguide.cache;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import org.kotkinguide.content.Sha256;
import org.kotkinguide.model.Timeline;
import org.kotkinguide.model.Usages;

/**
 * The text a cache key is made from, for the values a template can read (the guide model, a page's
 * fields): every field by name and value, each string with its length before it, so two different
 * values never give one text (a long string by its length and SHA-256, so never but by a collision
 * of SHA-256, which the caches' names already rest on). Never an object's {@code toString()}, which a class is free to make
 * leave fields out (or give only its identity, different in every process): a value of a kind not
 * known here is an error, found by the first test that builds a page holding it.
 */
public final class KeyText {
    /**
     * A string longer than this goes into the text as its length and SHA-256, not whole: the one-page
     * edition's key held every chapter's HTML, the search index's every page's text (3.3 MB each at 200
     * chapters), written out and hashed again on every rebuild.
     */
    static final int WHOLE_UP_TO = 4096;

    /**
     * Each long string's SHA-256, by the string: a rebuild in one process (the preview's, the warm build
     * server's) keys the pages it kept with the very strings it converted, so each is hashed once. An entry
     * goes when its string is no longer held.
     */
    private static final Map<String, String> DIGESTS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private KeyText() {}

    public static String of(Object value) {
        StringBuilder text = new StringBuilder();
        append(text, value);
        return text.toString();
    }

    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append('~');
        } else if (value instanceof CharSequence string && string.length() > WHOLE_UP_TO) {
            String whole = string.toString();
            String digest = DIGESTS.get(whole);
            if (digest == null) {
                digest = Sha256.hex(whole);
                DIGESTS.put(whole, digest);
            }
            text.append('#').append(string.length()).append(':').append(digest);
        } else if (value instanceof CharSequence string) {
            text.append('"').append(string.length()).append(':').append(string);
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
            text.append(value.getClass().getSimpleName().charAt(0))
                    .append(value)
                    .append(';');
        } else if (value instanceof Enum<?> constant) {
            text.append('E').append(constant.name()).append(';');
        } else if (value instanceof java.util.Date date) {
            text.append('D').append(date.getTime()).append(';');
        } else if (value instanceof java.nio.file.Path path) {
            append(text, path.toString().replace('\\', '/'));
        } else if (value instanceof Record record) {
            text.append(record.getClass().getSimpleName()).append('(');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                text.append(component.getName()).append('=');
                append(text, read(component, record));
            }
            text.append(')');
        } else if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.forEach((key, entry) -> entries.add(of(key) + "=" + of(entry)));
            if (!(map instanceof LinkedHashMap || map instanceof SortedMap)) {
                entries.sort(null); // no order of its own: the same entries are the same key
            }
            text.append('{');
            entries.forEach(entry -> text.append(entry).append(','));
            text.append('}');
        } else if (value instanceof Collection<?> collection) {
            List<String> items =
                    new ArrayList<>(collection.stream().map(KeyText::of).toList());
            if (collection instanceof java.util.Set
                    && !(collection instanceof LinkedHashSet || collection instanceof SortedSet)) {
                items.sort(null);
            }
            text.append('[');
            items.forEach(item -> text.append(item).append(','));
            text.append(']');
        } else if (value instanceof Object[] array) {
            append(text, List.of(array));
        } else if (value instanceof Usages usages) {
            // sorted: keys() is a Set.copyOf, whose order changes from one JVM to the next, which made every
            // command-line build's model key new and so laid out every page again after a one-line edit
            Map<String, Object> byKey = new java.util.TreeMap<>();
            usages.keys().forEach(key -> byKey.put(key, usages.of(key)));
            text.append("Usages");
            append(text, byKey);
        } else if (value instanceof Timeline timeline) {
            text.append("Timeline");
            append(
                    text,
                    java.util.Arrays.asList(
                            timeline.title(), timeline.file(), timeline.introHtml(), timeline.events()));
        } else {
            throw new IllegalArgumentException("no key text for a "
                    + value.getClass().getName() + ": say in KeyText which of its fields a page can show");
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
