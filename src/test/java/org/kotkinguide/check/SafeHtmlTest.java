package org.kotkinguide.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A page's HTML is read as a browser reads it: no spelling of a script gets past the check. */
class SafeHtmlTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\" javascript:alert(1)\">x</a>",
                "<a href=\"java\tscript:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
                "<a href=\"data:image/svg+xml,<svg onload=alert(1)>\">x</a>",
                "<img src=\"data:text/html,x\" alt=\"\">",
                "<img srcset=\"a.png 1x, javascript:alert(1) 2x\" alt=\"\">",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "<p><button formaction=\"javascript:alert(1)\">x</button></p>",
                "<p onclick=\"alert(1)\">x</p>",
                "<a href=\"https://example.org/\"onfocus=\"alert(1)\"autofocus=\"\">x</a>",
                "<svg><rect onload=\"alert(1)\"/></svg>",
                "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
                "<script src=\"payload.js\"></script>",
                "<object data=\"a.svg\"></object>",
                "<embed src=\"a.swf\">",
                "<base href=\"https://evil.example/\">",
                "<form action=\"https://evil.example/\"><input name=\"q\"></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
                "<link rel=\"stylesheet\" href=\"evil.css\">",
            })
    void script_capable_html_is_refused(String html) {
        assertFalse(SafeHtml.check(Jsoup.parseBodyFragment(html).body()).isEmpty(), html);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<a href=\"https://example.org/a?b=c#d\">x</a>",
                "<a href=\"mailto:teacher@example.org\">x</a>",
                "<a href=\"../glossary/delta.html#usage\">x</a>",
                "<a href=\"#ends\">x</a>",
                "<img src=\"delta-map.png\" alt=\"A map\">",
                "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"A map\">",
                "<p>Text about javascript: and onclick=\"x\" handlers, as text.</p>",
            })
    void what_asciidoc_makes_of_ordinary_text_links_and_images_is_kept(String html) {
        assertEquals(List.of(), SafeHtml.check(Jsoup.parseBodyFragment(html).body()), html);
    }
}
