package org.kotkinguide.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.ReferenceLibrary;
import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Guide;
import org.kotkinguide.model.Term;

/**
 * "Cite this page": a reference to one page of the guide (a chapter or a term), formatted by
 * citeproc-java in the guide's CSL style like the bibliography, with the page's address when the guide
 * names its host ({@code site.host}); and the same reference as BibTeX and RIS to download.
 */
public final class PageCitation {
    /** The folder of the downloadable references, relative to the site root. */
    public static final String FOLDER = "cite";

    /** One page's reference: as HTML and text in the guide's style, and its download files (relative to the site root). */
    public record Entry(String html, String text, String bibtexFile, String risFile) {}

    private final Map<String, Entry> byUri = new HashMap<>();
    private final Map<String, String> files = new HashMap<>();

    private PageCitation() {}

    /**
     * References for every chapter and term page of the guide. A page is dated by {@code updated}, its
     * "Last updated" day by address, when it has one (a web page is cited by the day it last changed,
     * and the student sees that day on it), else by the edition's {@code guide.date}.
     */
    public static PageCitation of(GuideSource source, Map<String, LocalDate> updated) {
        PageCitation citations = new PageCitation();
        Guide guide = source.guide();
        String host = guide.settings().siteHost();
        String author = guide.settings().author();
        LocalDate edition = date(guide.settings().date());
        String container = guide.settings().title()
                + (guide.settings().subtitle().isEmpty()
                        ? ""
                        : ": " + guide.settings().subtitle());
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        for (Chapter chapter : guide.chapters()) {
            titles.put(chapter.uri(), chapter.title());
        }
        for (Term term : guide.terms()) {
            titles.put(term.uri(), term.name());
        }
        List<CSLItemData> items = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (Map.Entry<String, String> page : titles.entrySet()) {
            String id = page.getKey().replace(".html", "").replace('/', '-');
            ids.put(page.getKey(), id);
            LocalDate date = updated.getOrDefault(page.getKey(), edition);
            CSLItemDataBuilder item = new CSLItemDataBuilder()
                    .id(id)
                    .type(CSLType.WEBPAGE)
                    .title(page.getValue())
                    .containerTitle(container)
                    .author(new CSLNameBuilder().literal(author).build());
            if (date != null) {
                item.issued(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            }
            if (!host.isEmpty()) {
                item.URL(url(host, page.getKey()));
            }
            items.add(item.build());
        }
        citations.readingFiles(source);
        if (items.isEmpty()) {
            return citations;
        }
        try {
            CSL csl = new CSL(
                    new ListItemDataProvider(items.toArray(new CSLItemData[0])),
                    guide.settings().cslStyle(),
                    guide.settings().cslLocale());
            csl.setOutputFormat("html");
            csl.registerCitationItems(ids.values().toArray(new String[0]));
            for (Map.Entry<String, String> page : titles.entrySet()) {
                String id = ids.get(page.getKey());
                String html = withAuthorsCapitals(
                        ReferenceLibrary.plainHtml(
                                csl.makeBibliography(i -> i.getId().equals(id)).getEntries()[0]),
                        page.getValue());
                String base = FOLDER + "/" + id;
                String url = host.isEmpty() ? "" : url(host, page.getKey());
                citations.byUri.put(
                        page.getKey(), new Entry(html, Jsoup.parse(html).text(), base + ".bib", base + ".ris"));
                LocalDate date = updated.getOrDefault(page.getKey(), edition);
                citations.files.put(
                        base + ".bib", PageFormats.bibtex(id, page.getValue(), author, container, date, url));
                citations.files.put(base + ".ris", PageFormats.ris(page.getValue(), author, container, date, url));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return citations;
    }

    /**
     * {@code html}, a page's reference, with the capitals its author gave the page's title: a style's
     * title case lowercases short words ("Brushing Off European Rapprochement" became "Brushing off",
     * where "off" belongs to the verb). It may still capitalise a word the author wrote in lower case.
     */
    static String withAuthorsCapitals(String html, String title) {
        if (html.contains(title)) {
            return html; // the style left it as written (most titles): no parse, 1,200 times at 1,000 chapters
        }
        if (title.toLowerCase(Locale.ROOT).length() != title.length()) {
            return html; // a letter whose lower case is longer: the positions would not match
        }
        org.jsoup.nodes.Element body = Jsoup.parseBodyFragment(html).body();
        String wanted = title.toLowerCase(Locale.ROOT);
        for (org.jsoup.nodes.Element element : body.getAllElements()) {
            for (org.jsoup.nodes.TextNode node : element.textNodes()) {
                String text = node.getWholeText();
                String lower = text.toLowerCase(Locale.ROOT);
                int at = lower.length() == text.length() ? lower.indexOf(wanted) : -1;
                if (at >= 0) {
                    StringBuilder kept = new StringBuilder(text);
                    for (int i = 0; i < title.length(); i++) {
                        if (Character.isUpperCase(title.charAt(i))) {
                            kept.setCharAt(at + i, title.charAt(i));
                        }
                    }
                    node.text(kept.toString());
                    return body.html();
                }
            }
        }
        return html;
    }

    /** The reading as its own BibTeX entry (copied from the guide's BibTeX file) and as RIS. */
    private void readingFiles(GuideSource source) {
        String key = source.guide().settings().readingKey();
        java.nio.file.Path bibFile = source.folder().resolve(source.settings().references());
        try {
            byte[] bib = java.nio.file.Files.readAllBytes(bibFile);
            files.put(
                    READING + ".bib", PageFormats.entry(new String(bib, java.nio.charset.StandardCharsets.UTF_8), key));
            CSLItemData reading = new de.undercouch.citeproc.bibtex.BibTeXConverter()
                    .toItemData(org.kotkinguide.content.ReferenceLibrary.parse(
                            new String(bib, java.nio.charset.StandardCharsets.UTF_8)))
                    .get(key);
            files.put(READING + ".ris", PageFormats.ris(reading));
        } catch (IOException | org.jbibtex.ParseException e) {
            // the loader read this file already; a failure here is not the author's to fix
            throw new IllegalStateException("cannot read the references again: " + e.getMessage(), e);
        }
    }

    /** The reading's download files, without extension, relative to the site root. */
    public static final String READING = FOLDER + "/reading";

    /** The reference of the page at {@code uri}, or null for a page that has none. */
    public Entry at(String uri) {
        return byUri.get(uri);
    }

    /** Every download file by its path in the site. */
    public Map<String, String> files() {
        return Map.copyOf(files);
    }

    /** Every page's reference, by the page's URI: with {@link #files}, all there is to keep between builds. */
    public Map<String, Entry> entries() {
        return Map.copyOf(byUri);
    }

    /** The references a build made before and kept ({@link #entries} and {@link #files} as they were). */
    public static PageCitation kept(Map<String, Entry> entries, Map<String, String> files) {
        PageCitation citations = new PageCitation();
        citations.byUri.putAll(entries);
        citations.files.putAll(files);
        return citations;
    }

    private static String url(String host, String uri) {
        return host + uri;
    }

    /** {@code guide.date} as the guide writes it ("25 November 2026", or 2026-11-25); null when it is neither. */
    static LocalDate date(String text) {
        String value = text.strip();
        for (DateTimeFormatter format :
                List.of(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH), DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
