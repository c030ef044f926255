package org.kotkinguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.Browser;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.RealGuide;
import org.kotkinguide.support.Site;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.PointerInput.Origin;

/**
 * Whatever an author writes, a student's browser runs only the guide's own scripts: no page of any
 * type has an event-handler attribute, or a script other than the ones the templates load from the
 * site's own files. Fixture {@code guides/hostile-author} puts script-like text everywhere an author
 * can (titles, a summary, a term's name, category and definition, a link's text, BibTeX fields, raw
 * HTML with {@code guide.raw-html=true}); the guide still builds, and all of it is shown as text. (A
 * double quote in a BibTeX address is refused at its line, see SmallMistakesTest; the addresses here
 * try single quotes, which an address may hold.)
 */
@Tag("integration")
class NoScriptFromTextTest {
    @TempDir
    static Path work;

    static Path site;

    @BeforeAll
    static void buildTheHostileAuthorsGuide() {
        site = work.resolve("site");
        BuildRun run = BuildRun.build(GuideFolders.minimalWith("hostile-author", work), site);
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void a_hostile_authors_guide_builds_with_no_script_of_theirs_on_any_page() {
        assertOnlyTheGuidesOwnScripts(new Site(site));
        Document chapter = new Site(site).page("chapters/mouths.html");
        assertTrue(chapter.select("h1").text().contains("<img src=x onerror=alert(1)>"), "the title is shown as text");
        assertTrue(
                chapter.select(".cite-ref .tip")
                        .text()
                        .replace('’', '\'') // the page's typography curls an apostrophe
                        .contains("https://doi.org/10.1234/x'onfocus='alert(1)'autofocus='"),
                "the reference's DOI is shown as text in its tooltip:\n" + chapter.select(".cite-ref .tip"));
        assertEquals("Raw HTML", chapter.select(".note b").text(), "raw HTML the guide allows is kept");
        assertTrue(Files.isRegularFile(site.resolve("river.svg")), "an SVG image with no script is published");
    }

    @Test
    void a_student_reading_the_hostile_guide_in_a_browser_sees_no_alert() {
        // the JVM's one Chromium, handed over as if just started (Browser.shared): no start of its own
        Browser browser = Browser.shared();
        // a link of a kind already hovered for real (same page type, same markup) runs the same code
        Set<String> hoveredKinds = new TreeSet<>();
        for (String uri : new Site(site).pages()) {
            browser.driver().get(site.resolve(uri).toUri().toString());
            // every link and tooltip gets the events a student's mouse and Tab key send, in one call
            // per page (the tooltips themselves are the page's HTML, which the test above checks)
            List<?> kinds = (List<?>) browser.script(EVERY_LINK_HOVERED_AND_FOCUSED);
            List<WebElement> links = browser.driver().findElements(By.cssSelector("a, .ref"));
            assertEquals(kinds.size(), links.size(), uri);
            // and one link of each kind is hovered and focused as a student does, through the browser
            for (int i = 0; i < links.size(); i++) {
                WebElement link = links.get(i);
                if (kinds.get(i) != null && hoveredKinds.add(kinds.get(i).toString()) && link.isDisplayed()) {
                    // straight onto the link: moveToElement glides there for 100 ms, a tenth of a second
                    // per kind spent on moves between other elements, which the test does not look at
                    new Actions(browser.driver())
                            .tick(MOUSE.createPointerMove(Duration.ZERO, Origin.fromElement(link), 0, 0))
                            .perform();
                    browser.script("arguments[0].focus()", link);
                }
            }
            assertThrows(
                    NoAlertPresentException.class,
                    () -> browser.driver().switchTo().alert(),
                    uri);
        }
        assertTrue(hoveredKinds.size() > 10, "links of many kinds were hovered: " + hoveredKinds);
        // the missing 404.html's probes for not-found.js in the folders above the site are expected misses
        assertEquals(
                List.of(),
                browser.consoleErrors().stream()
                        .filter(e -> !e.contains("js/not-found.js"))
                        .toList(),
                "no script was refused or failed");
    }

    private static final PointerInput MOUSE = new PointerInput(PointerInput.Kind.MOUSE, "default mouse");

    /**
     * Sends every shown link and tooltip of the page the pointer's and the keyboard's events and focuses
     * it; returns, for each {@code a, .ref} in document order, its kind (the page's type, its markup and
     * its parent's), or null when it is not shown.
     */
    private static final String EVERY_LINK_HOVERED_AND_FOCUSED = """
            var kinds = [];
            var pageType = document.body.className;
            document.querySelectorAll('a, .ref').forEach(function (link) {
              var box = link.getBoundingClientRect();
              if (box.width === 0 && box.height === 0) { kinds.push(null); return; }
              ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove'].forEach(function (type) {
                link.dispatchEvent(new MouseEvent(type, {bubbles: type.indexOf('enter') < 0, view: window}));
              });
              link.focus();
              var parent = link.parentElement;
              kinds.push(pageType + ' ' + link.tagName + '.' + link.className + ' in ' + parent.tagName + '.'
                  + parent.className);
            });
            return kinds;
            """;

    @Test
    void the_real_guide_has_no_script_but_its_own_on_any_page() {
        assertOnlyTheGuidesOwnScripts(RealGuide.site());
    }

    /** No on* attribute anywhere; every script loads one of the site's own script files and has no text. */
    private static void assertOnlyTheGuidesOwnScripts(Site site) {
        Set<String> ownScripts = ownScripts(site.folder());
        List<String> found = new ArrayList<>();
        for (String uri : site.pages()) {
            Document page = site.page(uri);
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    if (attribute.getKey().toLowerCase().startsWith("on")) {
                        found.add(uri + ": <" + element.normalName() + " " + attribute.getKey() + "=\""
                                + attribute.getValue() + "\">");
                    }
                }
            }
            for (Element script : page.select("script")) {
                String target = siteRelative(uri, script.attr("src"));
                // 404.html is served at any depth, so it looks for the site's not-found.js one folder up at a time
                boolean probe =
                        script.hasAttr("data-probe") && script.attr("src").matches("(\\.\\./)*js/not-found\\.js");
                if (!(ownScripts.contains(target) || probe) || !script.data().isBlank()) {
                    found.add(uri + ": " + script.outerHtml());
                }
            }
        }
        assertEquals(List.of(), found, "a script the build did not write");
        assertTrue(ownScripts.contains("js/tips.js"), "the templates' scripts are known: " + ownScripts);
    }

    /** The scripts the build writes: the guide's assets/js (site js/), lunr and the search index. */
    private static Set<String> ownScripts(Path site) {
        Set<String> scripts = new TreeSet<>(Set.of("search-index.js", "js/lunr.min.js"));
        try (Stream<Path> files = Files.list(GuideFolders.PROJECT.resolve("assets/js"))) {
            files.forEach(file -> scripts.add("js/" + file.getFileName()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return scripts;
    }

    private static String siteRelative(String page, String src) {
        if (src.isEmpty()) {
            return "(inline)";
        }
        return Path.of(page).resolveSibling(src).normalize().toString().replace('\\', '/');
    }
}
