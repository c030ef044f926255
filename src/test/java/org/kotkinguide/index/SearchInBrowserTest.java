package org.kotkinguide.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kotkinguide.support.RealGuide;
import org.kotkinguide.support.RealGuideInBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A student searches the real guide in headless Chromium, opened from the disk ({@code file://})
 * and from a web server under a sub-path.
 */
class SearchInBrowserTest extends RealGuideInBrowser {
    @BeforeEach
    void forgetEarlierConsoleMessages() {
        browser.consoleErrors();
    }

    private static String url(String how, String page) {
        if (how.equals("http")) {
            return server.url(page);
        }
        String query = page.contains("?") ? page.substring(page.indexOf('?')) : "";
        return RealGuide.site().folder().resolve(page.replaceAll("\\?.*", "")).toUri() + query;
    }

    /** Types in the header's search box on the home page and waits for the results. */
    private static List<WebElement> typeInHeader(String how, String query) {
        browser.driver().get(url(how, "index.html"));
        WebElement box = browser.driver().findElement(By.id("search-input"));
        box.sendKeys(query);
        browser.waiting()
                .until(d -> !d.findElement(By.cssSelector(".search-box .search-status"))
                        .getText()
                        .isEmpty());
        return browser.driver().findElements(By.cssSelector(".search-box .search-results a"));
    }

    /** The results' addresses, without the words they ask the opened page to mark (?highlight=...). */
    private static List<String> hrefs(List<WebElement> links) {
        // read in one call, not one round trip to the browser a link
        List<?> urls = (List<?>) browser.script("return arguments[0].map(a => a.href)", links);
        return urls.stream().map(url -> withoutHighlight((String) url)).toList();
    }

    private static String withoutHighlight(String url) {
        return url.replaceAll("\\?highlight=[^#]*", "");
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void a_terms_name_finds_its_glossary_entry_first_and_a_chapter_section_about_it(String how) {
        List<String> results = hrefs(typeInHeader(how, RealGuide.termName()));
        assertTrue(results.get(0).endsWith(RealGuide.term()), results.toString());
        assertTrue(
                results.stream().anyMatch(u -> chaptersLinkingTheTerm().stream().anyMatch(c -> u.contains(c + "#"))),
                results.toString());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void after_the_term_a_query_names_come_the_chapters_then_entries_that_only_mention_it(String how) {
        List<WebElement> links = typeInHeader(how, RealGuide.termName());
        List<String> results = hrefs(links);
        assertTrue(results.get(0).endsWith(RealGuide.term()), results.toString());
        assertTrue(
                results.get(1).contains("chapters/") || results.get(1).contains("timeline.html#"),
                "a chapter's or the timeline's section comes second, not an entry that only mentions it: " + results);
        List<?> groups = (List<?>) browser.script(
                "return [...document.querySelectorAll('.search-box .result-page')].map(p => p.textContent)");
        assertEquals("Glossary", groups.get(0), groups.toString());
        List<String> chapterGroups = chaptersLinkingTheTerm().stream()
                .map(RealGuide::nameOf)
                .filter(groups::contains)
                .toList();
        assertFalse(chapterGroups.isEmpty(), groups.toString());
        for (String chapter : chapterGroups) {
            assertTrue(
                    groups.indexOf("Also mentioned in the glossary") > groups.indexOf(chapter),
                    "entries that only mention " + RealGuide.termName() + " come after the chapters: " + groups);
        }
    }

    /** The chapters that link {@link RealGuide#term()}: the ones with a section about it. */
    private static List<String> chaptersLinkingTheTerm() {
        String name = RealGuide.term().substring("glossary/".length());
        return RealGuide.chapters().stream()
                .filter(c -> !RealGuide.site()
                        .page(c)
                        .select("a.term[href$=/" + name + "]")
                        .isEmpty())
                .toList();
    }

    /** The first term (by page) whose name joins two words with a hyphen, as "Alsace-Lorraine". */
    private static String hyphenatedTerm() {
        return RealGuide.site().pages().stream()
                .filter(uri -> uri.startsWith("glossary/") && !uri.equals("glossary/index.html"))
                .filter(uri -> RealGuide.nameOf(uri).matches(".*\\p{L}-\\p{L}.*"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no term's name has a hyphen"));
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void a_name_of_two_words_finds_the_pages_with_both_before_the_start_of_a_short_one(String how) {
        List<WebElement> links = typeInHeader(how, "Li Dazhao");
        assertTrue(links.get(0).getText().contains("Dazhao"), links.get(0).getText());
        assertTrue(links.get(1).getText().contains("Dazhao"), links.get(1).getText());
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void a_name_copied_with_its_en_dash_finds_what_it_finds_with_a_hyphen(String how) {
        String term = hyphenatedTerm();
        String name = RealGuide.nameOf(term).replaceAll("\\s*\\(.*\\)$", "");
        List<String> withDash = hrefs(typeInHeader(how, name.replaceAll("(\\p{L})-(\\p{L})", "$1\u2013$2")));
        assertTrue(withDash.get(0).endsWith(term), withDash.toString());
        assertEquals(hrefs(typeInHeader(how, name)), withDash);
        assertEquals(hrefs(typeInHeader(how, "Soviet-German")), hrefs(typeInHeader(how, "Soviet\u2013German")));
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void the_start_of_a_word_is_enough(String how) {
        String start = RealGuide.termName().substring(0, RealGuide.termName().length() - 3);
        assertTrue(hrefs(typeInHeader(how, start)).stream().anyMatch(u -> u.endsWith(RealGuide.term())));
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void a_misspelt_name_still_finds_its_entry(String how) {
        String name = RealGuide.termName();
        // a letter in the middle left out, as "Chicerin" for "Chicherin"
        String misspelt = name.substring(0, name.length() / 2) + name.substring(name.length() / 2 + 1);
        assertTrue(hrefs(typeInHeader(how, misspelt)).stream().anyMatch(u -> u.endsWith(RealGuide.term())));
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void a_correctly_spelt_word_does_not_bring_in_words_one_letter_away(String how) {
        List<WebElement> results = typeInHeader(how, "pact");
        assertFalse(results.isEmpty());
        for (WebElement result : results) {
            for (WebElement mark : result.findElements(By.tagName("mark"))) {
                assertTrue(
                        mark.getText().toLowerCase().startsWith("pact"),
                        "marked '" + mark.getText() + "' in: " + result.getText());
            }
        }
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void a_result_shows_where_it_is_and_marks_the_matched_words(String how) {
        WebElement first = typeInHeader(how, RealGuide.termName()).get(0);
        assertFalse(first.findElement(By.className("result-where")).getText().isBlank());
        assertTrue(
                first.findElements(By.tagName("mark")).stream()
                        .anyMatch(m -> m.getText()
                                .toLowerCase()
                                .startsWith(RealGuide.termName().toLowerCase())),
                first.getText());
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void a_search_link_shows_its_results_on_load(String how) {
        browser.driver().get(url(how, "search.html?q=" + RealGuide.termName()));
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-page .search-results a")));
        assertEquals(
                RealGuide.termName(),
                browser.driver().findElement(By.id("search-page-input")).getAttribute("value"));
        List<String> results = hrefs(browser.driver().findElements(By.cssSelector(".search-page .search-results a")));
        assertTrue(results.get(0).endsWith(RealGuide.term()), results.toString());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void slash_arrow_keys_and_enter_open_a_result_without_the_mouse(String how) {
        browser.driver().get(url(how, RealGuide.chapter()));
        browser.driver().findElement(By.tagName("body")).sendKeys("/");
        WebElement box = browser.driver().switchTo().activeElement();
        assertEquals("search-input", box.getAttribute("id"), "/ focuses the search box");
        box.sendKeys(RealGuide.termName());
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector(".search-box .search-results a"))
                        .isEmpty());
        box.sendKeys(Keys.ARROW_DOWN);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        WebElement chosen = browser.driver().switchTo().activeElement();
        String target = chosen.getAttribute("href");
        assertTrue(withoutHighlight(target).endsWith(RealGuide.term()), target);
        chosen.sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlToBe(target));
        assertEquals(List.of(), browser.consoleErrors());
    }

    /**
     * The search adds up scores itself instead of running lunr's query (which is 3–10 times slower
     * for a word that thousands of sections contain): the results must be the ones lunr would give,
     * in lunr's order, for the same words and weights, once sections with more of the typed words
     * are put first and entries that only mention them after the rest.
     */
    @Test
    void results_come_in_the_order_lunr_itself_would_rank_them() {
        browser.driver().get(url("file", "search.html?q=" + RealGuide.termName()));
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-page .search-results a")));
        for (String query : List.of(
                RealGuide.termName(),
                "treaty",
                "Soviet geopolitics",
                "limitr",
                "Chicerin",
                "capitalist stabilization",
                "1925",
                "Li Dazhao",
                "Sondergruppe R")) {
            @SuppressWarnings("unchecked")
            List<Object> outOfOrder = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                    var query = arguments[0];
                    var data = GuideSearch.build(GUIDE_SEARCH.docs);
                    var named = data.names[GuideSearch.nameKey(query)] !== undefined;
                    var weights = GuideSearch.wanted(data.index, lunr.tokenizer(query).map(String));
                    var lunrScore = {};
                    data.index.query(function (q) {
                      Object.keys(weights).forEach(function (term) { q.term(term, { boost: weights[term], usePipeline: false }); });
                    }).forEach(function (hit) { lunrScore[data.docs[+hit.ref].url] = hit.score; });
                    // a query that names a glossary term puts that term first, whatever its score
                    var found = GuideSearch.search(data, query).slice(named ? 1 : 0);
                    var ours = found.map(function (r) { return r.doc.url; });
                    // more typed words first, then sections before entries that only mention them
                    var bucket = function (r) { return (255 - r.typedWords) * 2 + (r.mentionOnly ? 1 : 0); };
                    var problems = [];
                    if (ours.length !== Object.keys(lunrScore).length - (named ? 1 : 0)) {
                      problems.push(ours.length + ' results, lunr has ' + Object.keys(lunrScore).length);
                    }
                    ours.forEach(function (url, i) {
                      if (!(url in lunrScore)) { problems.push(url + ' is not a lunr result'); }
                      else if (i > 0 && bucket(found[i]) < bucket(found[i - 1])) { problems.push(url + ' is in a better group than ' + ours[i - 1]); }
                      else if (i > 0 && bucket(found[i]) === bucket(found[i - 1])
                          && lunrScore[url] > lunrScore[ours[i - 1]] + 1e-9) { problems.push(url + ' ranks below ' + ours[i - 1]); }
                    });
                    return problems;""", query);
            assertEquals(List.of(), outOfOrder, "for '" + query + "'");
        }
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void escape_closes_the_results(String how) {
        typeInHeader(how, "Versailles");
        WebElement popup = browser.driver().findElement(By.id("search-popup"));
        assertTrue(popup.isDisplayed());
        browser.driver().findElement(By.id("search-input")).sendKeys(Keys.ESCAPE);
        assertFalse(popup.isDisplayed());
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void an_unknown_word_says_nothing_was_found_and_suggests_the_glossary(String how) {
        assertEquals(List.of(), typeInHeader(how, "xylophonic"));
        WebElement status = browser.driver().findElement(By.cssSelector(".search-box .search-status"));
        assertTrue(status.getText().startsWith("Nothing found for “xylophonic”"), status.getText());
        assertTrue(status.findElement(By.tagName("a")).getAttribute("href").endsWith("glossary/index.html"));
        // screen readers hear the count once the typing pauses, not the status at every keystroke
        assertEquals(null, status.getAttribute("aria-live"));
        WebElement said = browser.driver().findElement(By.cssSelector(".search-box .search-said"));
        assertEquals("status", said.getAttribute("role"));
        browser.waiting().until(d -> said.getAttribute("textContent").equals(status.getAttribute("textContent")));
    }
}
