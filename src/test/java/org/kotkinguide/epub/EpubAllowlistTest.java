package org.kotkinguide.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.support.GuideFolders;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The EPUB's XHTML passes the site's allowlist: a guide that allows raw HTML and passes script, event
 * handlers, script links, frames, forms and an SVG with a script through every passthrough form gets
 * an EPUB with none of them, and with its labels, links, images and tables.
 */
@Tag("integration")
class EpubAllowlistTest {
    @TempDir
    static Path work;

    /** Every file of the EPUB by its path inside it, and the order they are stored in. */
    static final Map<String, String> files = new LinkedHashMap<>();

    private static final String CHAPTER = """
            = Hostile Passthroughs
            :jbake-type: chapter
            :jbake-order: 3

            == Kept

            [.notes-say]
            Rivers end at a term:delta[], as the notes say.

            See https://example.org/rivers[a river site].

            image::river.png[A river]

            |===
            | River | Length
            | Nile | 6650 km
            |===

            ++++
            <script>alert(1)</script>
            <p onclick="alert(2)">Clicked</p>
            <a href="javascript:alert(3)">script link</a>
            <iframe src="https://example.org/"></iframe>
            <form action="https://evil.example/"><input name="q"/></form>
            <svg xmlns="http://www.w3.org/2000/svg"><script>alert(4)</script><circle r="4" onload="alert(5)"/></svg>
            <s:script xmlns:s="http://www.w3.org/2000/svg">alert(6)</s:script>
            <noscript><p title="&lt;/noscript&gt;&lt;script&gt;alert(7)&lt;/script&gt;">x</p></noscript>
            ++++

            Inline, pass:[<img src="river.png" onerror="alert(8)" alt="inline"/>] and
            +++<a href="JaVaScRiPt:alert(9)">another</a>+++ and
            pass:q[<b onmouseover="alert(10)">bold</b>].
            """;

    @BeforeAll
    static void makeTheEpubOfAHostileGuide() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(guide.resolve("jbake.properties"), "\nguide.raw-html=true\n", StandardOpenOption.APPEND);
        Files.writeString(guide.resolve("content/chapters/hostile.adoc"), CHAPTER);
        ContentErrors errors = new ContentErrors();
        Path epub = work.resolve("study-guide.epub");
        new EpubExport(GuideLoader.load(guide), errors).write(epub);
        assertEquals(List.of(), errors.all());
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                files.put(
                        entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private static List<String> documents() {
        return files.keySet().stream().filter(n -> n.endsWith(".xhtml")).toList();
    }

    @Test
    void no_document_of_the_epub_holds_a_script_an_event_handler_a_script_url_a_frame_or_a_form() throws Exception {
        assertTrue(documents().size() > 3, files.keySet().toString());
        List<String> found = new ArrayList<>();
        for (String name : documents()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            // as an e-reader reads it: XML with namespaces (this fails on anything not well-formed)
            org.w3c.dom.Document xml = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)));
            NodeList all = xml.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                String local = element.getLocalName().toLowerCase(Locale.ROOT);
                if (List.of("script", "iframe", "form", "input", "object", "embed", "noscript")
                        .contains(local)) {
                    found.add(name + ": <" + element.getTagName() + ">");
                }
                NamedNodeMap attributes = element.getAttributes();
                for (int a = 0; a < attributes.getLength(); a++) {
                    Attr attribute = (Attr) attributes.item(a);
                    if (String.valueOf(attribute.getLocalName())
                                    .toLowerCase(Locale.ROOT)
                                    .startsWith("on")
                            || attribute.getValue().toLowerCase(Locale.ROOT).contains("javascript:")) {
                        found.add(name + ": " + attribute.getName() + "=\"" + attribute.getValue() + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), found);
        assertFalse(files.get("EPUB/package.opf").contains("scripted"), "no document is declared scripted");
        assertEquals("mimetype", files.keySet().iterator().next(), "the mimetype is the EPUB's first file");
    }

    @Test
    void the_chapters_labels_links_images_and_tables_are_kept() {
        String name = documents().stream()
                .filter(n -> files.get(n).contains("Hostile Passthroughs"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no hostile chapter in " + documents()));
        Document chapter = Jsoup.parse(files.get(name), "", Parser.xmlParser());
        assertTrue(
                chapter.select(".notes-say").text().startsWith("The reading, as the notes report it"),
                chapter.select(".notes-say").outerHtml());
        assertEquals(1, chapter.select("a[href=https://example.org/rivers]").size(), "a link to the web");
        assertFalse(chapter.select(".notes-say a[href]").isEmpty(), "the term's link to the glossary");
        assertEquals(1, chapter.select("img[alt=A river]").size(), "the image");
        assertEquals(1, chapter.select("img[alt=inline]").size(), "the passed-through image, without its handler");
        assertTrue(chapter.select("table").text().contains("Nile 6650 km"), "the table");
        assertEquals("bold", chapter.select("b").text(), "the passed-through words, without their handler");
        assertTrue(chapter.text().contains("Clicked") && chapter.text().contains("script link"), "words stay");
    }
}
