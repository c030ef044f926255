package org.kotkinguide.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The ids of an HTML page and the URLs it loads or links to (an {@code a} or {@code link} with an
 * {@code href}; a {@code script}, {@code img} or {@code source} with a {@code src}), read in one pass
 * over its tags as an HTML tokenizer reads them: comments, doctypes and the text of script, style,
 * title and the like hold no tags; attribute names are case-insensitive and the first of a name
 * counts; character references in values are decoded. It builds no document tree, which is what
 * made the link check slow: the 16 MB single page of 1,000 chapters took jsoup 0.15 s to parse.
 */
final class PageLinks {
    /** Elements whose content is text up to their end tag, never tags. */
    private static final Set<String> TEXT_ONLY =
            Set.of("script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "plaintext");
    /** The only attributes read: the rest are skipped without being copied out. */
    private static final List<String> WANTED = List.of("id", "href", "src", "rel", "data-probe");

    private static final Set<String> LINKING = Set.of("a", "link", "script", "img", "source");

    /** One element that links: its name and the attributes read ({@code href}, {@code src}, {@code rel}, {@code id}, {@code data-probe}). */
    record Link(String element, Map<String, String> attributes) {
        /** The URL it names: its {@code href}, else its {@code src}. */
        String url() {
            return attributes.containsKey("href") ? attributes.get("href") : attributes.getOrDefault("src", "");
        }
    }

    private final Set<String> ids = new HashSet<>();
    private final List<Link> links = new ArrayList<>();

    private PageLinks() {}

    static PageLinks of(String html) {
        PageLinks page = new PageLinks();
        page.read(html);
        return page;
    }

    Set<String> ids() {
        return ids;
    }

    List<Link> links() {
        return links;
    }

    private void read(String html) {
        int at = html.indexOf('<');
        while (at >= 0 && at < html.length() - 1) {
            char next = html.charAt(at + 1);
            int after;
            if (html.startsWith("<!--", at)) {
                after = endOf(html, "-->", at + 4);
            } else if (next == '!' || next == '?') {
                after = endOf(html, ">", at + 2);
            } else if (next == '/' || isLetter(next)) {
                after = tag(html, at);
            } else {
                after = at + 1; // a '<' in text
            }
            at = html.indexOf('<', after);
        }
    }

    /** Reads the tag at {@code start} ('<' of a start or end tag); returns where reading goes on. */
    private int tag(String html, int start) {
        boolean end = html.charAt(start + 1) == '/';
        int i = start + (end ? 2 : 1);
        int nameStart = i;
        while (i < html.length() && !isSpace(html.charAt(i)) && html.charAt(i) != '/' && html.charAt(i) != '>') {
            i++;
        }
        String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
        Map<String, String> attributes = new LinkedHashMap<>();
        boolean closed = false;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '>') {
                i++;
                closed = true;
                break;
            }
            if (isSpace(c) || c == '/') {
                i++;
                continue;
            }
            int attributeStart = i++;
            while (i < html.length() && !isSpace(html.charAt(i)) && "/>=".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            String attribute = wanted(html, attributeStart, i);
            i = skipSpace(html, i);
            String value = "";
            if (i < html.length() && html.charAt(i) == '=') {
                i = skipSpace(html, i + 1);
                if (i < html.length() && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                    int close = html.indexOf(html.charAt(i), i + 1);
                    close = close < 0 ? html.length() : close;
                    value = attribute == null ? "" : html.substring(i + 1, close);
                    i = Math.min(close + 1, html.length());
                } else {
                    int valueStart = i;
                    while (i < html.length() && !isSpace(html.charAt(i)) && html.charAt(i) != '>') {
                        i++;
                    }
                    value = attribute == null ? "" : html.substring(valueStart, i);
                }
            }
            if (attribute == null) {
                continue;
            }
            attributes.putIfAbsent(attribute, value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, true) : value);
        }
        if (end || !closed) {
            return i; // a tag the page ends inside is no tag
        }
        if (attributes.containsKey("id")) {
            ids.add(attributes.get("id"));
        }
        if (LINKING.contains(name)
                && (attributes.containsKey(name.equals("a") || name.equals("link") ? "href" : "src"))) {
            links.add(new Link(name, attributes));
        }
        if (TEXT_ONLY.contains(name)) {
            return name.equals("plaintext") ? html.length() : endTag(html, name, i);
        }
        return i;
    }

    /** The attribute named from {@code start} to {@code end}, if it is one the check reads; else null. */
    private static String wanted(String html, int start, int end) {
        for (String name : WANTED) {
            if (end - start == name.length() && html.regionMatches(true, start, name, 0, name.length())) {
                return name;
            }
        }
        return null;
    }

    /** Where the text of a text-only element ends: at its end tag, in any case. */
    private static int endTag(String html, String name, int from) {
        String close = "</" + name;
        for (int at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
            if (html.regionMatches(true, at, close, 0, close.length())
                    && (at + close.length() == html.length()
                            || "\t\n\f\r />".indexOf(html.charAt(at + close.length())) >= 0)) {
                return at;
            }
        }
        return html.length();
    }

    private static int endOf(String html, String marker, int from) {
        int at = html.indexOf(marker, from);
        return at < 0 ? html.length() : at + marker.length();
    }

    private static int skipSpace(String html, int i) {
        while (i < html.length() && isSpace(html.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
