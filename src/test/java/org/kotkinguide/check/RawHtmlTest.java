package org.kotkinguide.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With {@code guide.raw-html=false}, every way AsciiDoc passes HTML through is found at its line, and nothing else. */
class RawHtmlTest {

    @Test
    void every_kind_of_passthrough_is_found_at_its_line() {
        Map<Integer, String> found = RawHtml.passthroughs(List.of(
                "++++", // 1
                "<b>raw</b>",
                "++++", // 3
                "[pass]", // 4
                "<i>raw</i>",
                "",
                "Text with +++<b>raw</b>+++ inside.", // 7
                "Text with pass:[<b>raw</b>] inside.", // 8
                "Text with pass:q[<b>raw</b>] inside.", // 9
                "Text with $$<b>raw</b>$$ inside.", // 10
                "[subs=none]", // 11
                "[source,html,subs=\"-specialchars\"]", // 12
                ":note: pass:[<b>raw</b>]")); // 13
        assertEquals(List.of(1, 3, 4, 7, 8, 9, 10, 11, 12, 13), List.copyOf(found.keySet()), found.toString());
    }

    @Test
    void text_shown_as_typed_and_escaping_subs_are_not_passthroughs() {
        Map<Integer, String> found = RawHtml.passthroughs(List.of(
                "----",
                "++++",
                "Text with +++<b>shown as typed</b>+++ in a listing.",
                "----",
                "....",
                "pass:[<b>shown as typed</b>]",
                "....",
                "////",
                "++++",
                "////",
                "// a comment: ++++",
                "```",
                "$$",
                "```",
                "[subs=\"+quotes\"]",
                "[subs=\"attributes+\"]",
                "[subs=normal]",
                "Plain text with a passage: and a trespass:[not a macro]."));
        assertEquals(Map.of(), found);
    }
}
