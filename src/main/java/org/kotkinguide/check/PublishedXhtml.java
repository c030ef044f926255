package org.kotkinguide.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * {@link PublishedHtml}'s allowlist for the XHTML documents of an EPUB, which an e-reader reads as
 * XML: the same elements and attributes as a site page, less what a book has no use for (script of
 * any kind, {@code <noscript>}, forms and their fields), plus what an EPUB is made of
 * ({@code epub:type}, {@code xml:lang}, the namespaces of XHTML, SVG and the EPUB vocabulary, the
 * cover's SVG {@code <image>} of a file in the book). Read with an XML parser, as the e-reader reads
 * it, and written once as XML, so what is kept is what the e-reader sees: an element in another
 * namespace ({@code <s:script>}, a {@code <div xmlns=...svg>}), a processing instruction, an entity
 * of a document type or a CDATA section in the body is not kept.
 */
public final class PublishedXhtml {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";

    /** Namespace declarations, each kept only on the element that may declare it, and only with its value. */
    private static final Map<String, String> HTML_NAMESPACES = Map.of(
            "xmlns", XHTML,
            "xmlns:epub", "http://www.idpf.org/2007/ops",
            "xmlns:mml", "http://www.w3.org/1998/Math/MathML");

    private static final Map<String, String> SVG_NAMESPACES =
            Map.of("xmlns", SVG, "xmlns:xlink", "http://www.w3.org/1999/xlink");

    /** A site page's elements an EPUB does not carry: a book runs nothing and sends nothing. */
    private static final Set<String> NOT_IN_A_BOOK = Set.of(
            "form",
            "input",
            "button",
            "select",
            "option",
            "optgroup",
            "textarea",
            "output",
            "fieldset",
            "dialog",
            "search");

    /** Attributes any kept element of an EPUB may have besides a site page's. */
    private static final Set<String> EPUB_ATTRIBUTES = Set.of("epub:type", "xml:lang");

    private PublishedXhtml() {}

    /** The XHTML document with everything outside the allowlist dropped, as well-formed XHTML. */
    public static String clean(String xhtml) {
        Document document = Jsoup.parse(xhtml, "", Parser.xmlParser());
        document.outputSettings()
                .prettyPrint(false)
                .charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.xhtml)
                .syntax(Document.OutputSettings.Syntax.xml);
        Element root = null;
        for (Node node : new ArrayList<>(document.childNodes())) {
            if (root == null
                    && node instanceof Element element
                    && element.tagName().equals("html")) {
                root = element;
            } else {
                node.remove(); // the input's declaration, document type (its entities) and anything after the root
            }
        }
        if (root == null) {
            root = document.appendElement("html");
        }
        cleanAttributes(root);
        cleanChildren(root);
        // the declaration and document type as asciidoctor-epub3 writes them
        return "<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE html>\n" + document.html() + "\n";
    }

    private static void cleanChildren(Element parent) {
        for (Node node : new ArrayList<>(parent.childNodes())) {
            if (node instanceof Element element) {
                if (keep(element)) {
                    cleanAttributes(element);
                    cleanChildren(element);
                } else {
                    element.remove(); // with its content: it might be read as markup or as script
                }
            } else if (node instanceof TextNode text) {
                if (text instanceof org.jsoup.nodes.CDataNode
                        && !parent.normalName().equals("style")) {
                    node.replaceWith(new TextNode(text.text())); // written escaped: only text
                }
            } else {
                node.remove(); // comments, processing instructions, document types
            }
        }
    }

    private static boolean keep(Element element) {
        String name = element.tagName();
        String parent = element.parent() == null ? "" : element.parent().tagName();
        if (name.indexOf(':') >= 0) {
            return false; // an element of another namespace by its prefix
        }
        if (inSvg(element)) {
            String lower = name.toLowerCase(Locale.ROOT);
            // as on the site: its shapes, no nested picture, no title (which the site's HTML reads apart)
            return (PublishedHtml.SVG_ELEMENTS.contains(lower) && !lower.equals("svg") && !lower.equals("title"))
                    || (name.equals("image") && coverImage(element));
        }
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            return false; // XML is read by case: <SCRIPT> is no element of XHTML's either
        }
        if (name.equals("head") || name.equals("body")) {
            return parent.equals("html");
        }
        if (PublishedHtml.HEAD_ELEMENTS.contains(name) && parent.equals("head")) {
            return switch (name) {
                case "link" ->
                    PublishedHtml.LINK_RELS.contains(element.attr("rel").toLowerCase(Locale.ROOT))
                            && SafeHtml.scheme(element.attr("href")) == null;
                case "meta" -> !element.hasAttr("http-equiv");
                default -> true;
            };
        }
        if (name.equals("svg")) {
            return true;
        }
        return PublishedHtml.BODY_ELEMENTS.contains(name) && !NOT_IN_A_BOOK.contains(name);
    }

    /** A picture's {@code <image>} of a file inside the book (the cover), by a path with no scheme. */
    private static boolean coverImage(Element image) {
        String href = image.hasAttr("xlink:href") ? image.attr("xlink:href") : image.attr("href");
        return !href.isBlank() && SafeHtml.scheme(href) == null && !href.strip().startsWith("/");
    }

    private static boolean inSvg(Element element) {
        for (Element up = element.parent(); up != null; up = up.parent()) {
            if (up.tagName().equals("svg")) {
                return true;
            }
        }
        return false;
    }

    private static void cleanAttributes(Element element) {
        String name = element.tagName();
        boolean svg = name.equals("svg") || inSvg(element);
        Set<String> own =
                svg ? PublishedHtml.SVG_ATTRIBUTES : PublishedHtml.ELEMENT_ATTRIBUTES.getOrDefault(name, Set.of());
        Map<String, String> namespaces = name.equals("html") && element.parent() instanceof Document
                ? HTML_NAMESPACES
                : name.equals("svg") ? SVG_NAMESPACES : Map.of();
        List<String> drop = new ArrayList<>();
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey();
            String lower = key.toLowerCase(Locale.ROOT);
            boolean allowed;
            if (lower.equals("xmlns") || lower.startsWith("xmlns:")) {
                allowed = attribute.getValue().equals(namespaces.get(key));
            } else if (key.indexOf(':') >= 0) {
                allowed = EPUB_ATTRIBUTES.contains(key) || (key.equals("xlink:href") && name.equals("image") && svg);
            } else {
                allowed = (own.contains(lower) && !lower.equals("xmlns"))
                        || (name.equals("image") && svg && lower.equals("href"))
                        || PublishedHtml.GLOBAL_ATTRIBUTES.contains(lower)
                        || PublishedHtml.NAMED.matcher(lower).matches();
            }
            if (allowed && (PublishedHtml.URL_ATTRIBUTES.contains(lower) || lower.endsWith(":href"))) {
                allowed = SafeHtml.urlProblem(name, lower.endsWith(":href") ? "href" : lower, attribute.getValue())
                        == null;
            }
            if (!allowed || lower.startsWith("on")) {
                drop.add(key);
            }
        }
        drop.forEach(element::removeAttr);
    }
}
