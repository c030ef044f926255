package org.kotkinguide.layout;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kotkinguide.cache.DiskCache;
import org.kotkinguide.cache.KeyText;
import org.kotkinguide.cite.PageCitation;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Term;

/**
 * "Cite this page" for every chapter and term, kept on disk between builds. The references are made
 * from the settings (title, author, date, host, style, locale, the reading's key), what the references
 * are made from (the BibTeX file's bytes, the style and locale), each chapter's and term's address
 * and title, and each page's "Last updated" day, and from nothing else: on those they are kept.
 */
final class KeptCitations {
    private KeptCitations() {}

    static PageCitation of(GuideSource source, Map<String, LocalDate> updated, DiskCache disk) {
        List<String> pages = new ArrayList<>();
        for (Chapter chapter : source.guide().chapters()) {
            pages.add(chapter.uri());
            pages.add(chapter.title());
        }
        for (Term term : source.guide().terms()) {
            pages.add(term.uri());
            pages.add(term.name());
        }
        List<String> days = new ArrayList<>();
        new TreeMap<>(updated).forEach((uri, day) -> {
            days.add(uri);
            days.add(day.toString());
        });
        String key = DiskCache.key(
                "page citations",
                source.settingsKey(),
                source.library().madeFrom(),
                KeyText.of(pages),
                KeyText.of(days));
        byte[] entry = disk.get("citations", key);
        if (entry != null) {
            try {
                return read(new String(entry, StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                // intact by its hash yet unreadable: made again below
            }
        }
        PageCitation made = PageCitation.of(source, updated);
        disk.put("citations", key, write(made).getBytes(StandardCharsets.UTF_8));
        return made;
    }

    /** Each string told apart by its length before it (as {@link KeyText} writes strings): entries, then files. */
    private static String write(PageCitation citations) {
        StringBuilder text = new StringBuilder();
        Map<String, PageCitation.Entry> entries = new TreeMap<>(citations.entries());
        text.append(entries.size()).append('\n');
        entries.forEach((uri, entry) -> {
            for (String part : List.of(uri, entry.html(), entry.text(), entry.bibtexFile(), entry.risFile())) {
                text.append(KeyText.of(part));
            }
        });
        new TreeMap<>(citations.files())
                .forEach((name, file) -> text.append(KeyText.of(name)).append(KeyText.of(file)));
        return text.toString();
    }

    private static PageCitation read(String text) {
        int newline = text.indexOf('\n');
        int count = Integer.parseInt(text.substring(0, newline));
        int[] at = {newline + 1};
        Map<String, PageCitation.Entry> entries = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String uri = next(text, at);
            entries.put(uri, new PageCitation.Entry(next(text, at), next(text, at), next(text, at), next(text, at)));
        }
        Map<String, String> files = new TreeMap<>();
        while (at[0] < text.length()) {
            files.put(next(text, at), next(text, at));
        }
        return PageCitation.kept(entries, files);
    }

    /** The string at {@code at[0]}, as KeyText wrote it ('"', its length, ':', its characters); moves past it. */
    private static String next(String text, int[] at) {
        if (text.charAt(at[0]) != '"') {
            throw new IllegalStateException("not a kept string at " + at[0]);
        }
        int colon = text.indexOf(':', at[0]);
        int length = Integer.parseInt(text.substring(at[0] + 1, colon));
        at[0] = colon + 1 + length;
        return text.substring(colon + 1, at[0]);
    }
}
