package org.kotkinguide.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every published page passes the allowlist: the templates' own markup comes through unchanged in
 * meaning, and no known mutation-XSS vector, wherever it sits in a page, leaves a script behind.
 */
class PublishedHtmlTest {
    private static final PublishedHtml ALLOWLIST =
            PublishedHtml.withScripts(Set.of("theme", "search", "flashcards"), "https://guide.example/");

    /** Known mutation-XSS and parser-differential payloads (browsers read them differently from many sanitisers). */
    static final List<String> VECTORS = List.of(
            "<noscript><p title=\"</noscript><script src=../evil.js></script>\">x</p></noscript>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">x</p></noscript>",
            "<svg><style><img src=x onerror=alert(1)></style></svg>",
            "<math><style><img src=x onerror=alert(1)></style></math>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
            "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<template><script>alert(1)</script></template>",
            "<xmp><p title=\"</xmp><script>alert(1)</script>\"></xmp>",
            "<noembed><p title=\"</noembed><script>alert(1)</script>\"></noembed>",
            "<noframes><p title=\"</noframes><script>alert(1)</script>\"></noframes>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<a href=\" javascript:alert(1)\">x</a>",
            "<img src=x onerror=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<button formaction=\"javascript:alert(1)\">x</button>",
            "<form action=\"javascript:alert(1)\"><input type=submit></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<script src=\"js/theme.js\">alert(1)</script>",
            "<script src=\"../evil.js\"></script>",
            "<script src=\"data:text/javascript,alert(1)\"></script>",
            "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
            "<![CDATA[><img src=x onerror=alert(1)>]]>",
            "<style><img src=x onerror=alert(1)></style>",
            "<textarea></textarea><script>alert(1)</script>",
            "<title><img src=x onerror=alert(1)></title>",
            "<plaintext><script>alert(1)</script>",
            "<isindex action=javascript:alert(1) type=submit>",
            "<video poster=javascript:alert(1)//></video>",
            "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
            "<img srcset=\"javascript:alert(1) 1x\">");

    /** Where an author's text can end up in a page. */
    static final List<String> PLACES = List.of(
            "<p>%s</p>",
            "<td>%s</td>", "<table>%s</table>", "<pre>%s</pre>", "<li>%s</li>", "%s", "<div class=\"x\">%s");

    private static String page(String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
                <title>A page</title>
                <script src="../js/theme.js"></script>
                <link rel="stylesheet" href="../css/base.css">
                <script src="../js/search.js" defer></script>
                </head>
                <body class="chapter"><main>%s</main>
                <noscript><p>Search needs JavaScript.</p></noscript>
                </body>
                </html>
                """.formatted(body);
    }

    @Test
    void keeps_the_templates_own_scripts_styles_and_study_tool_markup() {
        String body = "<form class=\"search\" action=\"../search.html\" role=\"search\"><input type=\"search\""
                + " name=\"q\" aria-label=\"Search\" autocomplete=\"off\"><button type=\"button\" data-deck=\"all\""
                + " aria-pressed=\"false\">Flip</button></form><dialog open><select name=\"c\"><option value=\"1\""
                + " selected>One</option></select></dialog><a href=\"#top\">top</a> <a href=\"x.html#y\">y</a>"
                + " <a href=\"https://example.org/\">z</a> <img src=\"data:image/png;base64,AAAA\" alt=\"\">";
        Document cleaned = Jsoup.parse(ALLOWLIST.clean(page(body)));
        assertEquals(
                List.of("../js/theme.js", "../js/search.js"),
                cleaned.select("script").eachAttr("src"));
        assertEquals(1, cleaned.select("script[defer]").size());
        assertEquals("../css/base.css", cleaned.select("link[rel=stylesheet]").attr("href"));
        assertEquals(1, cleaned.select("meta[http-equiv]").size());
        assertEquals(
                1,
                cleaned.select("form[action=../search.html][role=search] input[name=q][aria-label]")
                        .size());
        assertEquals(
                1,
                cleaned.select("button[type=button][data-deck=all][aria-pressed]")
                        .size());
        assertEquals(1, cleaned.select("dialog[open] select option[selected]").size());
        assertEquals(
                List.of("#top", "x.html#y", "https://example.org/"),
                cleaned.select("a").eachAttr("href"));
        assertTrue(cleaned.select("img").attr("src").startsWith("data:image/png"));
        assertEquals(1, cleaned.select("noscript").size());
        assertEquals("chapter", cleaned.body().className());
    }

    @Test
    void the_pages_policy_allows_only_the_scripts_it_kept_by_their_nonce() {
        Document cleaned = Jsoup.parse(ALLOWLIST.clean(page("<p>x</p>")));

        String nonce = cleaned.select("script").first().attr("nonce");
        assertEquals(44, nonce.length(), nonce); // a SHA-256 in Base64
        assertEquals(List.of(nonce, nonce), cleaned.select("script").eachAttr("nonce"));
        assertEquals(
                "default-src 'self'; script-src 'nonce-" + nonce + "' 'strict-dynamic'",
                cleaned.selectFirst("meta[http-equiv]").attr("content"));
    }

    @Test
    void markup_cannot_name_the_nonce_of_the_page_it_stands_in() {
        String nonce =
                Jsoup.parse(ALLOWLIST.clean(page("<p>x</p>"))).select("script").attr("nonce");
        // the payload of the issue, carrying the nonce the page had without it
        String payload = "<noscript><p title=\"</noscript><script src=../evil.js nonce=" + nonce + "></script>\">x</p>"
                + "</noscript><script src=\"../js/theme.js\" nonce=\"" + nonce + "\"></script>";
        Document cleaned = Jsoup.parse(ALLOWLIST.clean(page("<p>x</p>" + payload)));

        String now = cleaned.select("script").attr("nonce");
        assertFalse(now.equals(nonce), "the page's nonce did not change with its text");
        assertTrue(cleaned.select("script").eachAttr("nonce").stream().allMatch(now::equals));
    }

    @Test
    void a_page_without_scripts_runs_none() {
        String html = ALLOWLIST.clean(page("<p>x</p>").replaceAll("<script[^>]*></script>", ""));

        assertEquals(
                "default-src 'self'; script-src 'none'",
                Jsoup.parse(html).selectFirst("meta[http-equiv]").attr("content"));
    }

    @Test
    void a_page_cleaned_twice_is_the_same_as_cleaned_once() {
        String once = ALLOWLIST.clean(page("<p>Text &amp; <em>more</em> “quoted” <code>&lt;b&gt;</code></p>"));
        assertEquals(once, ALLOWLIST.clean(once));
        assertTrue(once.startsWith("<!DOCTYPE html>"));
    }

    @Test
    void the_noscript_payload_of_the_issue_ends_inert() {
        String cleaned = ALLOWLIST.clean(page(VECTORS.get(0)));
        assertNoScript(cleaned);
        assertFalse(cleaned.contains("evil.js\"></script>"), cleaned);
    }

    @Property(tries = 300)
    void no_known_vector_leaves_a_script_wherever_it_stands(
            @ForAll("vectors") String vector, @ForAll("places") String place) {
        assertNoScript(ALLOWLIST.clean(page(place.formatted(vector))));
    }

    @Provide
    Arbitrary<String> vectors() {
        return Arbitraries.of(VECTORS).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> places() {
        return Arbitraries.of(PLACES);
    }

    /**
     * What a browser (scripting on) would find: jsoup reads {@code <noscript>} as markup, so its
     * content is read again as a browser does, as text up to the first {@code </noscript>}.
     */
    static void assertNoScript(String html) {
        Document page = Jsoup.parse(html);
        for (Element noscript : page.select("noscript")) {
            assertFalse(noscript.html().toLowerCase(Locale.ROOT).contains("</noscript"), html);
        }
        for (Element script : page.select("script")) {
            assertTrue(script.attr("src").matches("(\\.\\./)*js/(theme|search|flashcards)\\.js"), html);
            assertTrue(script.data().isEmpty(), html);
        }
        assertTrue(
                page.select("math, iframe, object, embed, base, template, xmp, noembed, noframes, plaintext")
                        .isEmpty(),
                html);
        // an inline SVG picture may stand, with its shapes only: nothing in it read as markup, linked or animated
        assertTrue(
                page.select("svg style, svg script, svg a, svg use, svg foreignobject, svg animate, svg set, svg svg")
                        .isEmpty(),
                html);
        assertTrue(page.select("meta[http-equiv=refresh]").isEmpty(), html);
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on") || key.equals("srcdoc") || key.equals("formaction"), html);
                if (Set.of("href", "src", "action", "poster", "srcset", "xlink:href")
                        .contains(key)) {
                    assertNull(SafeHtml.urlProblem(element.normalName(), key, attribute.getValue()), html);
                }
            }
        }
    }
}
