package org.kotkinguide.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What a converted page may not hold, however the author's text produced it (raw HTML, an inline
 * SVG, a URL whose quote closed an attribute): an element that runs or loads code or changes where
 * the page's links and forms go, an event-handler attribute, {@code srcdoc}, or a URL with a scheme
 * that can run script. Read on the page's HTML as a browser parses it, so no spelling gets past it.
 */
public final class SafeHtml {
    /** One thing a page may not hold, and the text to look for in the source to find its line. */
    public record Unsafe(String problem, String needle) {}

    private static final Set<String> ELEMENTS = Set.of(
            "script",
            "iframe",
            "frame",
            "frameset",
            "object",
            "embed",
            "applet",
            "base",
            "form",
            "meta",
            "link",
            "portal");
    /** Attributes whose value is a URL a browser follows or loads. */
    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "href",
            "src",
            "xlink:href",
            "action",
            "formaction",
            "poster",
            "background",
            "data",
            "cite",
            "ping",
            "longdesc",
            "lowsrc",
            "dynsrc",
            "codebase",
            "manifest",
            "srcset");
    /** Schemes a link may use: none of them runs script. */
    public static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel", "ftp", "irc");

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    private SafeHtml() {}

    /** Everything unsafe in {@code root}'s subtree, in document order. */
    public static List<Unsafe> check(Element root) {
        List<Unsafe> found = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            String name = element.normalName();
            if (ELEMENTS.contains(name)) {
                found.add(new Unsafe(
                        article(name) + " <" + name + "> element: a page's text may not make script, embedded"
                                + " content, forms or head elements, which run or load code or change where links go",
                        "<" + name));
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    found.add(new Unsafe(
                            "an event-handler attribute (" + key + ") on <" + name
                                    + ">: pages run no script from their text (is a quote in a URL closing its link?)",
                            key));
                } else if (key.equals("srcdoc")) {
                    found.add(new Unsafe("a srcdoc attribute on <" + name + ">: pages may not embed documents", key));
                } else if (URL_ATTRIBUTES.contains(key)) {
                    String problem = urlProblem(name, key, attribute.getValue());
                    if (problem != null) {
                        found.add(new Unsafe(problem, attribute.getValue().strip()));
                    }
                }
            }
        }
        return found;
    }

    /** Null when the URL is safe where it stands, else why not. */
    static String urlProblem(String element, String attribute, String value) {
        if (value.indexOf(':') < 0) {
            return null; // no scheme: a path in the site, as nearly every link is (the link check asks this of each)
        }
        List<String> urls =
                attribute.equals("srcset") || attribute.equals("ping") ? List.of(value.split(",")) : List.of(value);
        for (String url : urls) {
            String scheme = scheme(attribute.equals("srcset") ? url.strip().split("\\s+")[0] : url);
            if (scheme == null || SCHEMES.contains(scheme)) {
                continue;
            }
            if (scheme.equals("data")
                    && element.equals("img")
                    && (attribute.equals("src") || attribute.equals("srcset"))
                    && normalized(url).startsWith("data:image/")) {
                continue; // what :data-uri: makes of an image: an image, no script
            }
            return article(scheme) + " " + scheme + ": URL ('" + shorten(url.strip()) + "') in <" + element + " "
                    + attribute
                    + ">: links and images may use only "
                    + String.join(", ", SCHEMES.stream().sorted().toList())
                    + " or a path in the site";
        }
        return null;
    }

    /** The URL's scheme, lower case, as a browser reads it (ignoring tabs, newlines and leading spaces); null if it has none. */
    static String scheme(String url) {
        Matcher m = SCHEME.matcher(normalized(url));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String normalized(String url) {
        String stripped = url.replaceAll("[\\t\\n\\r]", "");
        int start = 0;
        while (start < stripped.length() && stripped.charAt(start) <= ' ') {
            start++;
        }
        return stripped.substring(start).toLowerCase(Locale.ROOT);
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String shorten(String url) {
        return url.length() > 60 ? url.substring(0, 57) + "..." : url;
    }
}
