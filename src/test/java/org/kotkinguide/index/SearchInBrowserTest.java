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
    void locarno_finds_its_glossary_entry_first_and_the_chapter_section_about_it(String how) {
        List<String> results = hrefs(typeInHeader(how, "Locarno"));
        assertTrue(results.get(0).endsWith("glossary/locarno.html"), results.toString());
        assertTrue(
                results.stream().anyMatch(u -> u.contains("chapters/brushing-off-european-rapprochement.html#")),
                results.toString());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void after_the_term_a_query_names_come_the_chapters_then_entries_that_only_mention_it(String how) {
        List<WebElement> links = typeInHeader(how, "Locarno");
        List<String> results = hrefs(links);
        assertTrue(results.get(0).endsWith("glossary/locarno.html"), results.toString());
        assertTrue(results.get(1).contains("chapters/"), "a chapter's section comes second: " + results);
        List<?> groups = (List<?>) browser.script(
                "return [...document.querySelectorAll('.search-box .result-page')].map(p => p.textContent)");
        assertEquals("Glossary", groups.get(0), groups.toString());
        assertTrue(
                groups.indexOf("Also mentioned in the glossary")
                        > groups.indexOf("Brushing Off European Rapprochement"),
                "entries that only mention Locarno come after the chapters: " + groups);
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
        List<String> withDash = hrefs(typeInHeader(how, "Alsace\u2013Lorraine"));
        assertTrue(withDash.get(0).endsWith("glossary/alsace-lorraine.html"), withDash.toString());
        assertEquals(hrefs(typeInHeader(how, "Alsace-Lorraine")), withDash);
        assertEquals(hrefs(typeInHeader(how, "Soviet-German")), hrefs(typeInHeader(how, "Soviet\u2013German")));
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void the_start_of_a_word_is_enough(String how) {
        assertTrue(hrefs(typeInHeader(how, "limitr")).stream().anyMatch(u -> u.endsWith("glossary/limitrophe.html")));
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void a_misspelt_name_still_finds_the_person(String how) {
        assertTrue(hrefs(typeInHeader(how, "Chicerin")).stream().anyMatch(u -> u.endsWith("glossary/chicherin.html")));
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
        WebElement first = typeInHeader(how, "Comintern").get(0);
        assertFalse(first.findElement(By.className("result-where")).getText().isBlank());
        assertTrue(
                first.findElements(By.tagName("mark")).stream()
                        .anyMatch(m -> m.getText().toLowerCase().startsWith("comintern")),
                first.getText());
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void a_search_link_shows_its_results_on_load(String how) {
        browser.driver().get(url(how, "search.html?q=Comintern"));
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-page .search-results a")));
        assertEquals(
                "Comintern",
                browser.driver().findElement(By.id("search-page-input")).getAttribute("value"));
        List<String> results = hrefs(browser.driver().findElements(By.cssSelector(".search-page .search-results a")));
        assertTrue(results.get(0).endsWith("glossary/comintern.html"), results.toString());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"file", "http"})
    void slash_arrow_keys_and_enter_open_a_result_without_the_mouse(String how) {
        browser.driver().get(url(how, "chapters/soviet-geopolitics.html"));
        browser.driver().findElement(By.tagName("body")).sendKeys("/");
        WebElement box = browser.driver().switchTo().activeElement();
        assertEquals("search-input", box.getAttribute("id"), "/ focuses the search box");
        box.sendKeys("Locarno");
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector(".search-box .search-results a"))
                        .isEmpty());
        box.sendKeys(Keys.ARROW_DOWN);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        WebElement chosen = browser.driver().switchTo().activeElement();
        String target = chosen.getAttribute("href");
        assertTrue(withoutHighlight(target).endsWith("glossary/locarno.html"), target);
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
        browser.driver().get(url("file", "search.html?q=Locarno"));
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-page .search-results a")));
        for (String query : List.of(
                "Locarno",
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
