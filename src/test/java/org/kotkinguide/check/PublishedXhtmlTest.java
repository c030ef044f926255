package org.kotkinguide.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An EPUB's XHTML passes the site's allowlist, read as an e-reader reads it (XML, with namespaces):
 * asciidoctor-epub3's own markup comes through, and nothing an author's passthrough adds (script in any
 * namespace, event handlers, script URLs, frames, forms, processing instructions) is left.
 */
class PublishedXhtmlTest {
    /** A chapter as asciidoctor-epub3 writes it, with {@code BODY} in its section. */
    private static final String CHAPTER = """
            <?xml version='1.0' encoding='utf-8'?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" \
            xmlns:mml="http://www.w3.org/1998/Math/MathML" xml:lang="en" lang="en">
            <head>
            <title>Chapter 1: Rivers</title>
            <link rel="stylesheet" type="text/css" href="styles/epub3.css"/>
            <script type="text/javascript"><![CDATA[
            document.addEventListener('DOMContentLoaded', function () { document.body.className = 'x'; });
            ]]></script>
            </head>
            <body>
            <section class="chapter" title="Chapter 1: Rivers" epub:type="chapter" id="chapter-rivers">
            <h1 class="chapter-title">Rivers</h1>
            <div class="notes-say"><div class="block-title">The reading, as the notes report it</div>
            <p>Rivers end at a <a id="term-delta" class="term" href="glossary.xhtml#term-delta">delta</a>.</p></div>
            <p>See <a href="https://example.org/rivers" class="bare">a river site</a> or \
            <a href="mailto:teacher@example.org">write</a>.</p>
            <figure class="image"><img src="chapters/river.png" alt="A river"/></figure>
            <table class="table"><thead><tr><th>River</th></tr></thead><tbody><tr><td>Nile</td></tr></tbody></table>
            <aside id="note" epub:type="footnote"><p>A note.</p></aside>
            BODY
            </section>
            </body>
            </html>
            """;

    /** What an author's passthrough may put in a chapter, beyond the site's mutation vectors. */
    static final List<String> XML_VECTORS = List.of(
            "<script>alert(1)</script>",
            "<p onclick=\"alert(1)\">clicked</p>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<iframe src=\"https://example.org\"></iframe>",
            "<form action=\"https://evil.example\"><input name=\"q\"/></form>",
            "<object data=\"x.swf\"></object>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script><circle r=\"4\" onload=\"alert(1)\"/></svg>",
            "<s:svg xmlns:s=\"http://www.w3.org/2000/svg\"><s:script>alert(1)</s:script></s:svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><s:script xmlns:s=\"http://www.w3.org/2000/svg\">alert(1)</s:script></svg>",
            "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script>",
            "<div xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></div>",
            "<span xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\">x</a></span>",
            "<SCRIPT>alert(1)</SCRIPT>",
            "<?xml-stylesheet type=\"text/xsl\" href=\"evil.xsl\"?>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                    + "<a xlink:href=\"javascript:alert(1)\"><text>x</text></a>"
                    + "<image xlink:href=\"javascript:alert(1)\"/><use xlink:href=\"#x\"/>"
                    + "<animate attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
            "<img src=\"river.png\" onerror=\"alert(1)\" alt=\"x\"/>",
            "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><maction actiontype=\"statusline\" "
                    + "xlink:href=\"javascript:alert(1)\">x</maction></math>",
            "<p><![CDATA[<script>alert(1)</script>]]></p>",
            "<a href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">x</a>",
            "<embed src=\"evil.swf\"/>",
            "<base href=\"https://evil.example/\"/>",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\"/>");

    @Test
    void asciidoctor_epub3s_markup_is_kept_and_its_script_is_not() {
        String cleaned = PublishedXhtml.clean(CHAPTER.replace("BODY", ""));
        Document xml = strictXml(cleaned);
        assertEquals(List.of(), unsafe(xml), cleaned);
        assertTrue(cleaned.startsWith("<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE html>\n<html"), cleaned);
        assertEquals("http://www.w3.org/1999/xhtml", xml.getDocumentElement().getNamespaceURI());
        assertEquals("en", xml.getDocumentElement().getAttribute("xml:lang"));
        assertTrue(cleaned.contains("<link rel=\"stylesheet\" type=\"text/css\" href=\"styles/epub3.css\""), cleaned);
        assertTrue(cleaned.contains("epub:type=\"chapter\""), cleaned);
        assertTrue(cleaned.contains("epub:type=\"footnote\""), cleaned);
        assertTrue(cleaned.contains("The reading, as the notes report it"), "the statement's label");
        assertTrue(cleaned.contains("href=\"glossary.xhtml#term-delta\""), "a link between the book's files");
        assertTrue(cleaned.contains("href=\"https://example.org/rivers\""), "a link to the web");
        assertTrue(cleaned.contains("href=\"mailto:teacher@example.org\""), "an e-mail address");
        assertTrue(cleaned.contains("<img src=\"chapters/river.png\" alt=\"A river\""), cleaned);
        assertTrue(cleaned.contains("<td>Nile</td>"), "a table");
        assertFalse(cleaned.contains("DOMContentLoaded"), "asciidoctor-epub3's script is gone: " + cleaned);
    }

    @Test
    void the_cover_keeps_its_picture_of_the_cover_image() {
        String cover = """
                <?xml version='1.0' encoding='utf-8'?>
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">
                <head><title>Cover</title><style type="text/css">body { margin: 0; }</style></head>
                <body epub:type="cover"><svg version="1.1" xmlns="http://www.w3.org/2000/svg" \
                xmlns:xlink="http://www.w3.org/1999/xlink" width="100%" height="100%" viewBox="0 0 1050 1600" \
                preserveAspectRatio="xMidYMid meet"><image width="1050" height="1600" xlink:href="jacket/front-cover.png"/>
                </svg></body>
                </html>
                """;
        String cleaned = PublishedXhtml.clean(cover);
        Document xml = strictXml(cleaned);
        NodeList images = xml.getElementsByTagNameNS("http://www.w3.org/2000/svg", "image");
        assertEquals(1, images.getLength(), cleaned);
        assertEquals(
                "jacket/front-cover.png",
                ((Element) images.item(0)).getAttributeNS("http://www.w3.org/1999/xlink", "href"));
        assertTrue(cleaned.contains("viewBox=\"0 0 1050 1600\""), cleaned);
        assertTrue(cleaned.contains("body { margin: 0; }"), "the cover's own style");
    }

    @Test
    void each_passthrough_an_author_may_write_is_dropped_and_the_chapter_stays_well_formed() {
        for (String vector : XML_VECTORS) {
            String cleaned = PublishedXhtml.clean(CHAPTER.replace("BODY", vector));
            assertEquals(List.of(), unsafe(strictXml(cleaned)), vector + "\n" + cleaned);
            assertFalse(cleaned.contains("<?xml-stylesheet"), vector);
            assertTrue(cleaned.contains("The reading, as the notes report it"), vector);
        }
    }

    @Provide
    Arbitrary<String> vectors() {
        List<String> all = new ArrayList<>(PublishedHtmlTest.VECTORS);
        all.addAll(XML_VECTORS);
        return Arbitraries.of(all);
    }

    /** Any vector, wrapped in any element of the chapter's body or after text, leaves nothing that runs. */
    @Property(tries = 300)
    void no_vector_wherever_it_stands_leaves_anything_that_runs(
            @ForAll("vectors") String vector, @ForAll("vectors") String second, @ForAll("wrappers") String wrapper) {
        String body = wrapper.replace("X", vector + "text" + second);
        String cleaned = PublishedXhtml.clean(CHAPTER.replace("BODY", body));
        assertEquals(List.of(), unsafe(strictXml(cleaned)), body + "\n" + cleaned);
        // and what is clean stays as it is: the allowlist is applied once, its result needs no second pass
        assertEquals(cleaned, PublishedXhtml.clean(cleaned));
    }

    @Provide
    Arbitrary<String> wrappers() {
        return Arbitraries.of(
                "X",
                "<p>X</p>",
                "<div class=\"paragraph\"><p>X</p></div>",
                "<table><tbody><tr><td>X</td></tr></tbody></table>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><g>X</g></svg>",
                "<p title=\"X\">t</p>",
                "<noscript>X</noscript>",
                "<pre><code>X</code></pre>");
    }

    /** The document as an e-reader parses it: XML with namespaces; fails on anything not well-formed. */
    static Document strictXml(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setExpandEntityReferences(false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xhtml, e);
        }
    }

    private static final Set<String> RUNNING = Set.of(
            "script",
            "iframe",
            "frame",
            "frameset",
            "object",
            "embed",
            "applet",
            "base",
            "form",
            "input",
            "button",
            "foreignobject",
            "use",
            "animate",
            "set",
            "handler",
            "listener",
            "maction",
            "math");

    /** Everything in the document that could run, load or send: by namespace and local name, as an e-reader reads it. */
    static List<String> unsafe(Document xml) {
        List<String> found = new ArrayList<>();
        NodeList all = xml.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String name = element.getLocalName().toLowerCase(Locale.ROOT);
            String ns = String.valueOf(element.getNamespaceURI());
            if (RUNNING.contains(name)) {
                found.add("<" + element.getTagName() + "> in " + ns);
            }
            if (!ns.equals("http://www.w3.org/1999/xhtml") && !ns.equals("http://www.w3.org/2000/svg")) {
                found.add("<" + element.getTagName() + "> in the namespace " + ns);
            }
            if (name.equals("meta") && element.hasAttribute("http-equiv")) {
                found.add("<meta http-equiv>");
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Attr attribute = (Attr) attributes.item(a);
                String local = String.valueOf(attribute.getLocalName()).toLowerCase(Locale.ROOT);
                if (local.startsWith("on")) {
                    found.add(attribute.getName() + " on <" + element.getTagName() + ">");
                }
                if (Set.of("href", "src", "action", "data", "poster", "srcset").contains(local)) {
                    for (String url : attribute.getValue().split(",")) {
                        String scheme = SafeHtml.scheme(url.strip());
                        boolean picture = local.startsWith("src")
                                && url.strip().toLowerCase(Locale.ROOT).startsWith("data:image/");
                        if (scheme != null
                                && !picture
                                && !Set.of("http", "https", "mailto").contains(scheme)) {
                            found.add(attribute.getName() + "=\"" + attribute.getValue() + "\"");
                        }
                    }
                }
            }
        }
        processingInstructions(xml, found);
        return found;
    }

    private static void processingInstructions(Node node, List<String> found) {
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE
                    || child.getNodeType() == Node.ENTITY_REFERENCE_NODE) {
                found.add("a processing instruction or entity: " + child.getNodeName());
            }
            processingInstructions(child, found);
        }
    }
}
