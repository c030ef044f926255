package org.kotkinguide.cite;

import java.time.LocalDate;
import org.kotkinguide.content.ReferenceLibrary;

/**
 * A guide page's reference as BibTeX ({@code @misc}, which every reference manager reads) and as RIS
 * ({@code ELEC}, an electronic source), for "Cite this page".
 */
final class PageFormats {
    private PageFormats() {}

    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };

    /**
     * A guide written by "… editors" (the usual {@code guide.author}) names its editors, not a person:
     * RIS has them as ED, where reference managers take a name as a group's, not as "Last, First".
     */
    static boolean namesEditors(String author) {
        return author.strip().toLowerCase(java.util.Locale.ROOT).matches(".*\\b(editors|eds\\.?)$");
    }

    static String bibtex(String key, String title, String author, String container, LocalDate date, String url) {
        StringBuilder bib = new StringBuilder("@misc{").append(key).append(",\n");
        // double braces: the author is a body, not a person with a family name
        field(bib, "author", "{" + escapeBibtex(author) + "}");
        field(bib, "title", escapeBibtex(title));
        field(bib, "howpublished", escapeBibtex(container));
        if (date != null) {
            field(bib, "year", String.valueOf(date.getYear()));
            // BibTeX's own month macro (jan ... dec), unbraced: styles print it as the month's name
            bib.append("  month = ").append(MONTHS[date.getMonthValue() - 1]).append(",\n");
        }
        if (!url.isEmpty()) {
            field(bib, "url", url);
        }
        return bib.append("}\n").toString();
    }

    private static void field(StringBuilder bib, String name, String value) {
        bib.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /**
     * Braces and backslashes would end a field or start a command; BibTeX's special characters are
     * escaped, each character once (escaping the braces after the backslashes broke the braces of the
     * backslash's own command).
     */
    static String escapeBibtex(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                escaped.append("\\textbackslash{}");
            } else if ("{}&%$#_".indexOf(c) >= 0) {
                escaped.append('\\').append(c);
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static String ris(String title, String author, String container, LocalDate date, String url) {
        StringBuilder ris = new StringBuilder();
        line(ris, "TY", "ELEC");
        line(ris, namesEditors(author) ? "ED" : "AU", author);
        line(ris, "TI", title);
        line(ris, "T2", container);
        if (date != null) {
            line(ris, "PY", String.valueOf(date.getYear()));
            line(
                    ris,
                    "DA",
                    String.format(
                            java.util.Locale.ROOT,
                            "%04d/%02d/%02d",
                            date.getYear(),
                            date.getMonthValue(),
                            date.getDayOfMonth()));
        }
        if (!url.isEmpty()) {
            line(ris, "UR", url);
        }
        ris.append("ER  - \r\n");
        return ris.toString();
    }

    private static void line(StringBuilder ris, String tag, String value) {
        // RIS is one field a line: a line break in a value would start a new, wrong field
        ris.append(tag)
                .append("  - ")
                .append(value.replaceAll("[\\r\\n]+", " "))
                .append("\r\n");
    }

    /** The entry {@code key} of a BibTeX file, as written there (from its {@code @} to its closing brace). */
    static String entry(String bib, String key) {
        java.util.regex.Matcher start = java.util.regex.Pattern.compile(
                        "@\\w+\\s*\\{\\s*" + java.util.regex.Pattern.quote(key) + "\\s*,")
                .matcher(bib);
        if (!start.find()) {
            return "";
        }
        int depth = 0;
        for (int i = bib.indexOf('{', start.start()); i < bib.length(); i++) {
            char c = bib.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                return bib.substring(start.start(), i + 1) + "\n";
            }
        }
        return bib.substring(start.start()) + "\n";
    }

    /** A work from the BibTeX file as RIS: a book, a chapter or an article with its people, title, year, publisher and pages. */
    static String ris(de.undercouch.citeproc.csl.CSLItemData item) {
        StringBuilder ris = new StringBuilder();
        String type = item.getType() == null
                ? "GEN"
                : switch (item.getType()) {
                    case BOOK -> "BOOK";
                    case CHAPTER -> "CHAP";
                    case ARTICLE_JOURNAL, ARTICLE_MAGAZINE, ARTICLE_NEWSPAPER -> "JOUR";
                    default -> "GEN";
                };
        line(ris, "TY", type);
        if (item.getAuthor() != null) {
            for (de.undercouch.citeproc.csl.CSLName name : item.getAuthor()) {
                line(
                        ris,
                        "AU",
                        name.getLiteral() != null
                                ? name.getLiteral()
                                : name.getFamily() + (name.getGiven() == null ? "" : ", " + name.getGiven()));
            }
        }
        if (item.getEditor() != null) {
            for (de.undercouch.citeproc.csl.CSLName name : item.getEditor()) {
                line(
                        ris,
                        "ED",
                        name.getLiteral() != null
                                ? name.getLiteral()
                                : name.getFamily() + (name.getGiven() == null ? "" : ", " + name.getGiven()));
            }
        }
        optional(ris, "TI", item.getTitle());
        optional(ris, "T2", item.getContainerTitle());
        if (item.getIssued() != null
                && item.getIssued().getDateParts() != null
                && item.getIssued().getDateParts().length > 0) {
            line(ris, "PY", String.valueOf(item.getIssued().getDateParts()[0][0]));
        }
        optional(ris, "PB", item.getPublisher());
        optional(ris, "CY", item.getPublisherPlace());
        int[] pages = ReferenceLibrary.pageRange(item.getPage());
        if (pages[0] > 0) {
            line(ris, "SP", String.valueOf(pages[0]));
            line(ris, "EP", String.valueOf(pages[1]));
        }
        optional(ris, "SN", item.getISBN());
        ris.append("ER  - \r\n");
        return ris.toString();
    }

    private static void optional(StringBuilder ris, String tag, String value) {
        if (value != null && !value.isBlank()) {
            line(ris, tag, value);
        }
    }
}
