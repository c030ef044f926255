package org.kotkinguide.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kotkinguide.support.RealGuide;
import org.kotkinguide.support.Site;

/**
 * The link check reads a page's ids and links without building a document, so it must find what an
 * HTML parser finds: jsoup, which the check used before, is the reference here.
 */
@Tag("integration")
class PageLinksTest {

    private static void assertReadsAsJsoupDoes(String html, String what) {
        Document document = Jsoup.parse(html);
        Set<String> ids = new HashSet<>();
        document.select("[id]").forEach(element -> ids.add(element.id()));
        List<String> links = new ArrayList<>();
        for (Element link : document.select("a[href], link[href], script[src], img[src], source[src]")) {
            links.add(link.hasAttr("href") ? link.attr("href") : link.attr("src"));
        }
        PageLinks read = PageLinks.of(html);
        assertEquals(ids, read.ids(), what + ": ids");
        assertEquals(links, read.links().stream().map(PageLinks.Link::url).toList(), what + ": links");
    }

    @Test
    void every_page_of_the_real_guide_reads_as_an_html_parser_reads_it() throws IOException {
        Site site = RealGuide.site();
        assertFalse(site.pages().isEmpty());
        for (String page : site.pages()) {
            assertReadsAsJsoupDoes(Files.readString(site.folder().resolve(page)), page);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<p>A <a href=\"chapters/x.html#part\">link</a> and <a id=top name=top>an anchor</a>.</p>",
                "<!-- <a href=\"commented-out.html\">old</a> --><a href='single-quoted.html'>ok</a>",
                "<script>var s = '<a href=\"in-a-script.html\">';</script><script src=\"js/real.js\"></script>",
                "<style>a[href] { x: '<img src=no.png>' }</style><IMG SRC=\"upper.png\" ID=\"Upper\">",
                "<title>A <a href=x.html> in a title</title><textarea><a href=\"y.html\"></textarea><a href=after.html>",
                "<a href=\"a.html?x=1&amp;y=2\" href=\"second.html\">entities, and the first of two hrefs</a>",
                "<p>1 < 2 and 3 > 2 <a href = \"spaced.html\" >spaced</a> <a href>empty</a> <a>none</a></p>",
                "<p>In the body:</p><noscript><a href=\"glossary/index.html\">glossary</a></noscript><link rel=canonical href=\"https://x/\">",
                "<!DOCTYPE html><picture><source src=\"s.webp\"><img src=\"i.png\" alt=\"a > b\"></picture><p id=\"\">",
                "<div id=\"one\" data-x=\"<a href='not-a-tag.html'>\"></div><br/><a href=\"unclosed.html"
            })
    void tricky_html_reads_as_an_html_parser_reads_it(String html) {
        assertReadsAsJsoupDoes(html, html);
    }
}
