package org.kotkinguide.content;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jsoup.Jsoup;
import org.kotkinguide.model.Reference;

/**
 * The guide's references, read from BibTeX and formatted in one CSL style. Citations are cached by
 * key and locator: the same citation always reads the same, whichever page asks first.
 */
public final class ReferenceLibrary {
    private static final Pattern PAGES = Pattern.compile("^\\s*(\\d+)\\s*(?:[-–—]+\\s*(\\d+))?\\s*$");
    /** More digits than any book's pages (and than an int holds): said as too large, never parsed. */
    public static final int MOST_PAGE_DIGITS = 6;

    private static final Pattern TOO_LONG = Pattern.compile("\\d{" + (MOST_PAGE_DIGITS + 1) + ",}");
    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    /** The start of an entry, {@code @book{key,}; @string, @preamble and @comment have no key. */
    private static final Pattern ENTRY =
            Pattern.compile("@(?!(?i:string|preamble|comment)\\b)(\\w+)\\s*[{(]\\s*([^,\\s}]+)\\s*,");
    /** The elements a formatted entry may keep. */
    private static final java.util.Set<String> FORMATTING =
            java.util.Set.of("i", "b", "em", "strong", "span", "sup", "sub");

    private final CSL csl;
    private final List<Reference> references;
    private final String madeFrom;
    private final Map<String, String> citations = new ConcurrentHashMap<>();

    /**
     * Whether the style cites a work again in another form than the first time (a note style's short
     * note, "ibid."): then each citation is made as a first one. A page may be converted in any build,
     * alone or after others, so a form that depended on the citations made before it would differ
     * between a cached build and a clean one.
     */
    private final boolean byPosition;

    private final java.util.Set<String> keys;

    private final List<ContentError> warnings;

    private ReferenceLibrary(
            CSL csl, List<Reference> references, String madeFrom, boolean byPosition, List<ContentError> warnings) {
        this.csl = csl;
        this.warnings = List.copyOf(warnings);
        this.references = List.copyOf(references);
        this.madeFrom = madeFrom;
        this.byPosition = byPosition;
        this.keys = references.stream().map(Reference::key).collect(java.util.stream.Collectors.toSet());
    }

    /** What this library's citations and entries are made from: a hash of the BibTeX file, the style and the locale. */
    public String madeFrom() {
        return madeFrom;
    }

    /** Reads {@code bibFile}; {@code displayName} is how errors name it. */
    public static ReferenceLibrary load(Path bibFile, String displayName, String style, String language) {
        return load(bibFile, displayName, style, language, key -> 0);
    }

    /** As {@link #load(Path, String, String, String)}; {@code settingLine} gives the line of jbake.properties that sets a key. */
    public static ReferenceLibrary load(
            Path bibFile,
            String displayName,
            String style,
            String language,
            java.util.function.ToIntFunction<String> settingLine) {
        if (!Files.isRegularFile(bibFile)) {
            throw new GuideBuildException(displayName, 0, "missing: the guide needs its references in BibTeX here");
        }
        if (!CSL.supportsStyle(style)) {
            throw new GuideBuildException(
                    "jbake.properties",
                    settingLine.applyAsInt("guide.csl.style"),
                    "unknown CSL style '" + style + "' in guide.csl.style: use a style's file name from the CSL"
                            + " styles repository, such as chicago-author-date, chicago-note-bibliography, apa,"
                            + " modern-language-association or harvard-cite-them-right");
        }
        if (ReferenceLibrary.class.getResource("/locales-" + language + ".xml") == null) {
            throw new GuideBuildException(
                    "jbake.properties",
                    settingLine.applyAsInt("guide.csl.locale"),
                    "unknown CSL locale '" + language
                            + "' in guide.csl.locale: use a language and region such as en-US, en-GB, de-DE or fr-FR");
        }
        Map<String, CSLItemData> items;
        Map<String, String> annotations = new java.util.HashMap<>();
        List<FieldWords> notesToShow = new ArrayList<>();
        String bibText;
        String madeFrom;
        try {
            byte[] bib = Files.readAllBytes(bibFile);
            bibText = Utf8Text.decode(bib, displayName);
            // a mistake in the file's shape, in words at its entry, before the parser says it in its grammar's
            List<org.kotkinguide.content.ContentError> shape = BibTexShape.problems(bibText, displayName);
            if (!shape.isEmpty()) {
                throw new GuideBuildException(shape);
            }
            checkKeysAreUnique(bibText, displayName);
            madeFrom = Sha256.hex(bib) + "\u0000" + style + "\u0000" + language;
            BibTeXDatabase database = parse(bibText);
            items = new BibTeXConverter().toItemData(database);
            // CSL styles print no annotation: the bibliography page shows it under the entry itself
            database.getEntries().forEach((key, entry) -> {
                org.jbibtex.Value annote = entry.getField(new org.jbibtex.Key("annote"));
                if (annote != null) {
                    annotations.put(key.getValue(), userText(annote));
                }
                for (String field : UNPRINTED) {
                    org.jbibtex.Value value = entry.getField(new org.jbibtex.Key(field));
                    if (value != null && !userText(value).isEmpty()) {
                        notesToShow.add(new FieldWords(key.getValue(), field, userText(value)));
                    }
                }
            });
        } catch (ParseException | TokenMgrException e) {
            Matcher line = LINE.matcher(String.valueOf(e.getMessage()));
            throw new GuideBuildException(
                    displayName,
                    line.find() ? Integer.parseInt(line.group(1)) : 0,
                    "not valid BibTeX: " + firstLine(e.getMessage()).replace("<EOF>", "the end of the file"));
        } catch (IOException e) {
            throw new GuideBuildException(displayName, 0, "cannot read: " + e.getMessage());
        }
        try {
            CSL csl = new CSL(new ListItemDataProvider(items.values().toArray(new CSLItemData[0])), style, language);
            csl.setOutputFormat("html");
            csl.registerCitationItems(items.keySet());
            // citeproc-java gives entries without their keys: format each work alone, then order
            // them as the style orders the whole bibliography
            List<String> ordered = List.of(csl.makeBibliography().getEntries());
            List<Reference> references = new ArrayList<>();
            for (String key : items.keySet()) {
                Bibliography alone = csl.makeBibliography(item -> item.getId().equals(key));
                String html = plainHtml(alone.getEntries()[0]);
                int[] pages = pageRange(items.get(key).getPage());
                references.add(new Reference(
                        key, html, Jsoup.parse(html).text(), pages[0], pages[1], annotations.getOrDefault(key, "")));
            }
            Map<String, Integer> position = new java.util.HashMap<>();
            for (Reference r : references) {
                position.put(
                        r.key(),
                        ordered.indexOf(
                                csl.makeBibliography(item -> item.getId().equals(r.key()))
                                        .getEntries()[0]));
            }
            references.sort(java.util.Comparator.comparing(r -> position.get(r.key())));
            boolean byPosition = false;
            if (!items.isEmpty()) {
                // the same citation twice: a style whose second differs forms citations by their place
                CSLCitation twice = new CSLCitation(
                        new CSLCitationItemBuilder(items.keySet().iterator().next()).build());
                byPosition = !csl.makeCitation(twice)
                        .get(0)
                        .getText()
                        .equals(csl.makeCitation(twice).get(0).getText());
                csl.reset();
                csl.registerCitationItems(items.keySet());
            }
            return new ReferenceLibrary(
                    csl,
                    references,
                    madeFrom,
                    byPosition,
                    unprinted(notesToShow, references, bibText, displayName, style));
        } catch (IOException e) {
            throw new GuideBuildException(displayName, 0, "cannot format references: " + e.getMessage());
        }
    }

    /** The entry types citeproc-java reads as a kind of work (its BibTeXConverter's), in the order a message lists them. */
    private static final List<String> TYPES = List.of(
            "book",
            "article",
            "incollection",
            "inbook",
            "inproceedings",
            "conference",
            "proceedings",
            "phdthesis",
            "mastersthesis",
            "techreport",
            "manual",
            "booklet",
            "periodical",
            "standard",
            "patent",
            "unpublished",
            "online",
            "electronic",
            "www",
            "misc");

    /** BibTeX keeps the last of two entries with one key; a guide would cite a work its author did not mean. */
    private static void checkKeysAreUnique(String bib, String displayName) {
        Map<String, Integer> firstLine = new java.util.HashMap<>();
        List<org.kotkinguide.content.ContentError> duplicates = new ArrayList<>();
        Matcher entry = ENTRY.matcher(bib);
        while (entry.find()) {
            String key = entry.group(2).strip();
            int line = 1
                    + (int) bib.substring(0, entry.start())
                            .chars()
                            .filter(c -> c == '\n')
                            .count();
            String type = entry.group(1).toLowerCase(java.util.Locale.ROOT);
            if (!TYPES.contains(type)) {
                // citeproc-java takes it for another kind of work: "@bok" set a book's title in quotes
                duplicates.add(new org.kotkinguide.content.ContentError(
                        displayName,
                        line,
                        "unknown entry type '@" + entry.group(1) + "'" + Suggestions.didYouMean(type, TYPES)
                                + ": use one of @" + String.join(", @", TYPES)));
                continue;
            }
            Integer first = firstLine.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), line);
            if (first != null) {
                duplicates.add(new org.kotkinguide.content.ContentError(
                        displayName, line, "duplicate BibTeX key '" + key + "': line " + first + " has it too"));
            }
        }
        if (!duplicates.isEmpty()) {
            throw new GuideBuildException(duplicates);
        }
    }

    /**
     * Fields an author writes for readers that CSL styles leave out of the entry: {@code note} goes to
     * CSL's note, which no common style prints (chicago-author-date, apa, mla, harvard), and
     * {@code howpublished} to nothing. Their words would be lost without a word to the author.
     */
    private static final List<String> UNPRINTED = List.of("note", "howpublished");

    /** A field of an entry, and its words as a reader would see them. */
    private record FieldWords(String key, String field, String words) {}

    /** A warning at each {@link #UNPRINTED} field whose words the style left out of its entry. */
    private static List<ContentError> unprinted(
            List<FieldWords> fields, List<Reference> references, String bibText, String displayName, String style) {
        List<ContentError> warnings = new ArrayList<>();
        for (FieldWords field : fields) {
            String key = field.key();
            String name = field.field();
            String words = field.words();
            Reference reference = references.stream()
                    .filter(r -> r.key().equals(key))
                    .findFirst()
                    .orElse(null);
            if (reference == null || squeezed(reference.entryText()).contains(squeezed(words))) {
                continue;
            }
            warnings.add(new ContentError(
                    displayName,
                    fieldLine(bibText, key, name),
                    "the " + style + " style leaves '" + name + "' out of the entry '" + key
                            + "', so readers never see \""
                            + words + "\": put it in 'annote' (shown under the entry)"
                            + (name.equals("note")
                                    ? ", or for @unpublished or @misc in 'type' (the kind of work)"
                                    : "")));
        }
        return warnings;
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The line of {@code field} in the entry {@code key}, or the entry's own line if not found. */
    private static int fieldLine(String bibText, String key, String field) {
        Matcher entry = ENTRY.matcher(bibText);
        int start = -1;
        int end = bibText.length();
        while (entry.find()) {
            if (start >= 0) {
                end = entry.start();
                break;
            }
            if (entry.group(2).strip().equals(key)) {
                start = entry.start();
            }
        }
        if (start < 0) {
            return 0;
        }
        Matcher at = Pattern.compile("(?im)^\\s*" + Pattern.quote(field) + "\\s*=")
                .matcher(bibText)
                .region(start, end);
        int offset = at.find() ? at.end() : start;
        return 1
                + (int) bibText.substring(0, offset)
                        .chars()
                        .filter(c -> c == '\n')
                        .count();
    }

    /** A field's words as a reader would see them: no braces, LaTeX's dashes as dashes, one space between words. */
    private static String userText(org.jbibtex.Value value) {
        return value.toUserString()
                .replaceAll("[{}]", "")
                .replace("---", "—")
                .replace("--", "–")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** Warnings about the file: fields the style does not print. */
    public List<ContentError> warnings() {
        return warnings;
    }

    /** The works in bibliography order. */
    public List<Reference> references() {
        return references;
    }

    public Reference find(String key) {
        return references.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }

    /** The in-text citation as HTML, e.g. {@code (Kotkin 2014, 553–55)}; locator may be empty. */
    public synchronized String cite(String key, String locator) {
        return citations.computeIfAbsent(key + "\u0000" + locator, k -> {
            if (byPosition) {
                csl.reset();
                csl.registerCitationItems(keys);
            }
            CSLCitationItemBuilder item = new CSLCitationItemBuilder(key);
            if (!locator.isEmpty()) {
                item.locator(locator).label(de.undercouch.citeproc.csl.CSLLabel.PAGE);
            }
            return csl.makeCitation(new CSLCitation(item.build())).get(0).getText();
        });
    }

    /**
     * The entry's inner HTML, with citeproc's inline styles turned into elements (no style attributes
     * on our pages). Only text formatting is kept: an entry is shown as it is on the bibliography page
     * and in tooltips, so whatever else a BibTeX field made (a link, an attribute) is dropped.
     */
    public static String plainHtml(String entry) {
        org.jsoup.nodes.Element body = Jsoup.parse(entry).body().selectFirst(".csl-entry");
        for (org.jsoup.nodes.Element span : body.select("[style]")) {
            String style = span.attr("style");
            span.tagName(style.contains("italic") ? "i" : style.contains("bold") ? "b" : "span")
                    .removeAttr("style");
        }
        for (org.jsoup.nodes.Element element : body.select("*")) {
            if (element == body) {
                continue;
            }
            if (!FORMATTING.contains(element.normalName())) {
                element.unwrap();
            } else {
                element.attributes().asList().forEach(attribute -> element.removeAttr(attribute.getKey()));
            }
        }
        return body.html().strip();
    }

    /**
     * Parses "553", "553-555" or "553–555" into {first, last}; {0, 0} when it is not a page range, or
     * a number in it is too long to be a page ({@link #pageNumberTooLong}).
     */
    public static int[] pageRange(String pages) {
        if (pages == null) {
            return new int[] {0, 0};
        }
        Matcher m = PAGES.matcher(pages);
        if (!m.matches() || pageNumberTooLong(pages)) {
            return new int[] {0, 0};
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        return new int[] {first, last};
    }

    /** Whether {@code pages} holds a number of more than {@link #MOST_PAGE_DIGITS} digits. */
    public static boolean pageNumberTooLong(String pages) {
        return TOO_LONG.matcher(pages).find();
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /**
     * The BibTeX file's text as the parser reads it: LaTeX's accents and letters as Unicode letters
     * ({@link LatexLetters}), and biblatex's {@code langid} (which reference managers export) taken as the
     * entry's {@code language} where it has none, so that the style does not give a German title English
     * title case ("Die Geschichte Der Überfälle"); and an article's {@code number}, BibTeX's field for its
     * issue, taken as its {@code issue}, which citeproc-java alone dropped.
     */
    public static BibTeXDatabase parse(String bibText) throws IOException, ParseException {
        BibTeXDatabase database = new BibTeXConverter()
                .loadDatabase(new ByteArrayInputStream(
                        LatexLetters.toUnicode(bibText).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        org.jbibtex.Key langid = new org.jbibtex.Key("langid");
        org.jbibtex.Key language = new org.jbibtex.Key("language");
        org.jbibtex.Key number = new org.jbibtex.Key("number");
        org.jbibtex.Key issue = new org.jbibtex.Key("issue");
        database.getEntries().values().forEach(entry -> {
            if (entry.getField(langid) != null && entry.getField(language) == null) {
                entry.addField(language, entry.getField(langid));
            }
            // an article's number is its issue in BibTeX ("7 (2): 11-29"); citeproc-java reads only 'issue'
            if (entry.getType().getValue().equalsIgnoreCase("article")
                    && entry.getField(number) != null
                    && entry.getField(issue) == null) {
                entry.addField(issue, entry.getField(number));
            }
        });
        return database;
    }
}
