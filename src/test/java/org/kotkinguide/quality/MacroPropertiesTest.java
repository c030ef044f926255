package org.kotkinguide.quality;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.asciidoctor.Options;
import org.kotkinguide.content.ContentError;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.convert.GuideOptions;
import org.kotkinguide.macros.MacroSite;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.TemporaryFolders;

/**
 * Whatever an author types as a macro's target and text, the macros either render it or report the
 * project's own located error: never an unexpected exception, never markup from the input.
 */
class MacroPropertiesTest {
    private static GuideSource source;

    private static synchronized GuideSource guide() throws IOException {
        if (source == null) {
            source = GuideLoader.load(GuideFolders.fixture("minimal", TemporaryFolders.deletedAtExit("properties-")));
        }
        return source;
    }

    private static String convert(String line, ContentErrors errors) throws IOException {
        GuideSource source = guide();
        Options options = GuideOptions.options(
                        source.folder(),
                        "content/chapters/mouths.adoc",
                        Map.of(MacroSite.PAGE_ATTRIBUTE, "chapters/mouths.html", MacroSite.ROOT_ATTRIBUTE, "../"))
                .build();
        return GuideOptions.converting(
                source,
                errors,
                "content/chapters/mouths.adoc",
                "page",
                asciidoctor -> asciidoctor.convert("= Page\n\n" + line + "\n", options));
    }

    private static void check(String html, ContentErrors errors) {
        assertFalse(html.contains("<script") || html.contains("<img") || html.contains("onerror="), html);
        for (ContentError error : errors.all()) {
            assertTrue(error.file().equals("content/chapters/mouths.adoc") && error.line() >= 1, error.toString());
        }
    }

    @Property(tries = 150)
    void any_term_macro_renders_or_reports_a_located_error(
            @ForAll @StringLength(max = 24) String target, @ForAll @StringLength(max = 24) String text)
            throws IOException {
        ContentErrors errors = new ContentErrors();
        String html = convert("Before term:" + target + "[" + text + "] after.", errors);
        check(html, errors);
    }

    @Property(tries = 150)
    void any_citation_macro_renders_or_reports_a_located_error(
            @ForAll @StringLength(max = 24) String key, @ForAll @StringLength(max = 24) String locator)
            throws IOException {
        ContentErrors errors = new ContentErrors();
        String html = convert("Before cite:" + key + "[" + locator + "] after.", errors);
        check(html, errors);
    }

    @Property(tries = 100)
    void a_known_term_with_any_text_always_links_to_its_page(@ForAll @StringLength(min = 1, max = 24) String text)
            throws IOException {
        ContentErrors errors = new ContentErrors();
        String clean = text.replaceAll("[\\[\\]\\\\\\r\\n]", "x");
        String html = convert("See term:delta[" + clean + "].", errors);
        check(html, errors);
        assertTrue(html.contains("href=\"../glossary/delta.html\"") || !errors.isEmpty(), html);
    }
}
