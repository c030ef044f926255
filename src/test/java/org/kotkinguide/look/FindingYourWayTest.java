package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.RealGuide;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Knowing where you are and getting elsewhere: menus, contents, breadcrumbs, previous and next. */
class FindingYourWayTest extends BrowserTestBase {

    @Test
    void on_a_phone_the_chapter_list_is_a_menu_the_header_button_opens_and_escape_closes() {
        open(RealGuide.chapter(), 390, "light");
        WebElement menu = browser.driver().findElement(By.id("chapters-menu"));
        assertFalse(menu.isDisplayed(), "the chapter list shows before it is asked for");
        WebElement button = browser.driver().findElement(By.className("menu-button"));
        button.click();
        assertTrue(menu.isDisplayed());
        assertEquals("true", button.getAttribute("aria-expanded"));
        WebElement chapter = menu.findElement(By.cssSelector(".chapter-list a"));
        assertEquals(
                1.0,
                number(
                        "var r = arguments[0].getBoundingClientRect();"
                                + " return r.left >= 0 && r.right <= 390 && r.top >= 0 && r.bottom <= window.innerHeight ? 1 : 0",
                        chapter),
                "the menu is on the screen");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertFalse(menu.isDisplayed());
        assertEquals("false", button.getAttribute("aria-expanded"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} px wide")
    @org.junit.jupiter.params.provider.ValueSource(ints = {390, 1366})
    void the_first_tab_shows_the_skip_link_above_the_header(int width) {
        open(RealGuide.chapter(), width, "dark");
        js("document.activeElement.blur()");
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .sendKeys(Keys.TAB)
                .perform();
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("skip-link", focused.getAttribute("class"));
        assertEquals(
                1.0,
                number(
                        "var r = arguments[0].getBoundingClientRect();"
                                + " var e = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                                + " return r.width > 0 && r.left >= 0 && r.top >= 0 && e === arguments[0] ? 1 : 0",
                        focused),
                "the focused skip link is on the screen and nothing covers it");
    }

    @Test
    void on_a_phone_a_citations_link_opens_the_bibliography_with_the_entry_below_the_header() {
        open("bibliography.html#" + RealGuide.citedWork(), 390, "light");
        browser.waiting()
                .until(d -> number("return document.getElementById('" + RealGuide.citedWork()
                                + "').getBoundingClientRect().top"
                                + " >= document.querySelector('.site-header').getBoundingClientRect().bottom ? 1 : 0")
                        == 1.0);
        assertEquals(
                1.0,
                number("var top = document.getElementById('" + RealGuide.citedWork() + "').getBoundingClientRect().top;"
                        + " return top < innerHeight / 2 ? 1 : 0"),
                "and near the top of the screen, not scrolled away");
    }

    @Test
    void on_a_phone_the_menus_close_button_closes_it() {
        open(RealGuide.chapter(), 390, "light");
        browser.driver().findElement(By.className("menu-button")).click();
        WebElement menu = browser.driver().findElement(By.id("chapters-menu"));
        assertTrue(menu.isDisplayed());
        menu.findElement(By.className("menu-close")).click();
        assertFalse(menu.isDisplayed());
    }

    @Test
    void on_a_phone_tabbing_out_of_the_menu_closes_it_so_focus_is_never_behind_it() {
        open(RealGuide.chapter(), 390, "light");
        WebElement button = browser.driver().findElement(By.className("menu-button"));
        button.click();
        WebElement menu = browser.driver().findElement(By.id("chapters-menu"));
        assertTrue(menu.isDisplayed());
        List<WebElement> links = menu.findElements(By.cssSelector("a"));
        WebElement last = links.get(links.size() - 1);
        js("arguments[0].focus()", last);
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .sendKeys(org.openqa.selenium.Keys.TAB)
                .perform();
        assertFalse(menu.isDisplayed(), "focus left the menu and it is still open over the page");
        assertEquals("false", button.getAttribute("aria-expanded"));
    }

    @Test
    void on_a_phone_without_javascript_the_chapter_list_follows_the_text() {
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver())
                .executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
        try {
            open(RealGuide.chapter(), 390, "light");
            WebElement menu = browser.driver().findElement(By.id("chapters-menu"));
            assertTrue(menu.isDisplayed());
            assertTrue(menu.getRect().getY()
                    > browser.driver().findElement(By.id("main")).getRect().getY());
            assertFalse(
                    browser.driver().findElement(By.className("menu-button")).isDisplayed(),
                    "a button that would do nothing");
        } finally {
            ((org.openqa.selenium.chrome.ChromeDriver) browser.driver())
                    .executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
        }
    }

    @Test
    void on_a_phone_on_this_page_is_folded_at_the_top_of_the_chapter_and_opens_with_a_tap() {
        open(RealGuide.chapter(), 390, "light");
        WebElement toc = browser.driver().findElement(By.className("toc"));
        assertTrue(
                toc.getRect().getY()
                        < browser.driver()
                                .findElement(By.tagName("h1"))
                                .getRect()
                                .getY(),
                "it is above the text");
        WebElement firstSection = toc.findElement(By.cssSelector("ol a"));
        assertFalse(firstSection.isDisplayed(), "it starts folded");
        toc.findElement(By.tagName("summary")).click();
        assertTrue(firstSection.isDisplayed());
    }

    @Test
    void on_a_wide_screen_tab_goes_from_the_chapter_list_to_the_sections_of_on_this_page_past_its_title() {
        open(RealGuide.chapter(), 1366, "light");
        List<WebElement> chapters = browser.driver().findElements(By.cssSelector(".sidebar a"));
        WebElement last = chapters.get(chapters.size() - 1);
        browser.script("arguments[0].focus()", last);
        last.sendKeys(Keys.TAB);
        assertEquals(
                browser.driver().findElement(By.cssSelector(".toc ol a")),
                browser.driver().switchTo().activeElement(),
                "the column's title cannot fold it, so it is no stop of its own");
        // on a phone the title folds and opens the list: a control, in the Tab order
        open(RealGuide.chapter(), 390, "light");
        WebElement title = browser.driver().findElement(By.cssSelector(".toc summary"));
        browser.script("document.getElementById('main').focus()");
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
        assertEquals(title, browser.driver().switchTo().activeElement());
        title.sendKeys(Keys.ENTER);
        assertTrue(browser.driver().findElement(By.cssSelector(".toc ol a")).isDisplayed(), "Enter opens it");
    }

    @Test
    void on_a_laptop_on_this_page_is_shown() {
        open(RealGuide.chapter(), 1024, "light");
        WebElement toc = browser.driver().findElement(By.className("toc"));
        assertTrue(toc.isDisplayed(), "hidden below 1216 px");
    }

    @Test
    void the_section_being_read_is_marked_in_on_this_page() {
        open(RealGuide.chapter(), 1366, "light");
        List<WebElement> links = browser.driver().findElements(By.cssSelector(".toc ol a"));
        WebElement later = links.get(links.size() / 2);
        String id = later.getAttribute("href").replaceAll(".*#", "");
        js("document.getElementById(arguments[0]).scrollIntoView({ block: 'start' })", id);
        browser.waiting().until(d -> "location".equals(later.getAttribute("aria-current")));
        assertEquals(
                1,
                browser.driver()
                        .findElements(By.cssSelector(".toc a[aria-current]"))
                        .size());
        assertFalse(later.getCssValue("color").equals(links.get(0).getCssValue("color")), "the mark is visible");
    }

    @Test
    void the_header_marks_chapters_on_a_chapter_page_and_glossary_on_a_term_page() {
        open(RealGuide.chapter(), 1366, "light");
        assertMarked("Chapters");
        open(RealGuide.term(), 1366, "light");
        assertMarked("Glossary");
    }

    @Test
    void the_chapter_list_beside_the_page_marks_the_reference_page_shown_or_the_glossary_on_a_term_page() {
        // the sidebar marked the chapter being read but never the glossary, a term or the bibliography
        for (String[] pageAndLink : new String[][] {
            {"glossary/index.html", "Glossary"}, {RealGuide.term(), "Glossary"}, {"bibliography.html", "Bibliography"}
        }) {
            open(pageAndLink[0], 1366, "light");
            List<String> marked = browser.driver().findElements(By.cssSelector(".sidebar a")).stream()
                    .filter(link -> !link.getCssValue("border-left-color").matches("rgba\\(.*,\\s*0\\)"))
                    .map(WebElement::getText)
                    .toList();
            assertEquals(1, marked.size(), pageAndLink[0] + ": " + marked);
            assertTrue(marked.get(0).startsWith(pageAndLink[1]), pageAndLink[0] + ": " + marked);
        }
    }

    private static void assertMarked(String name) {
        for (WebElement link : browser.driver().findElements(By.cssSelector(".site-nav a"))) {
            String underline = link.getCssValue("border-bottom-color");
            boolean transparent = underline.matches("rgba\\(.*,\\s*0\\)");
            boolean marked = !transparent
                    && !link.getCssValue("border-bottom-style").equals("none")
                    && Colours.contrast(
                                    underline,
                                    browser.driver()
                                            .findElement(By.className("site-header"))
                                            .getCssValue("background-color"))
                            > 3;
            assertEquals(link.getText().equals(name), marked, link.getText() + " marked: " + marked);
        }
    }

    @Test
    void a_term_page_has_breadcrumbs_back_to_the_glossary_and_the_guide() {
        open(RealGuide.term(), 1366, "light");
        List<String> crumbs = browser.driver().findElements(By.cssSelector(".breadcrumbs li")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(List.of("the guide", "Glossary", RealGuide.termName()).size(), crumbs.size(), crumbs.toString());
        assertEquals("Glossary", crumbs.get(1).replace("›", "").strip());
        assertTrue(browser.driver()
                .findElement(By.cssSelector(".breadcrumbs li:nth-child(2) a"))
                .getAttribute("href")
                .endsWith("glossary/index.html"));
    }

    @Test
    void a_term_page_links_the_previous_and_next_terms_a_to_z() {
        open("glossary/index.html", 1366, "light");
        List<String> terms = browser.driver().findElements(By.cssSelector(".term-entry dt a")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
        browser.driver().get(terms.get(1));
        assertEquals(
                terms.get(0),
                browser.driver()
                        .findElement(By.cssSelector(".pager a[rel=prev]"))
                        .getAttribute("href"));
        assertEquals(
                terms.get(2),
                browser.driver()
                        .findElement(By.cssSelector(".pager a[rel=next]"))
                        .getAttribute("href"));
    }

    @Test
    void the_whole_chapter_card_on_the_home_page_is_a_link() {
        open("index.html", 1366, "light");
        WebElement summary = browser.driver().findElement(By.cssSelector(".chapter-cards li p"));
        js("arguments[0].scrollIntoView({ block: 'center' })", summary);
        Object hit = js(
                "var r = arguments[0].getBoundingClientRect(); var e = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                        + " return e && e.closest('a') ? e.closest('a').href : null",
                summary);
        assertTrue(
                hit != null && hit.toString().contains("chapters/"),
                "the card's summary is not part of the link: " + hit);
    }

    @Test
    void far_down_a_chapter_a_back_to_top_link_appears() {
        open(RealGuide.chapter(), 390, "light");
        assertFalse(browser.driver().findElement(By.className("back-to-top")).isDisplayed());
        js("window.scrollTo(0, document.scrollingElement.scrollHeight)");
        browser.waiting().until(d -> d.findElement(By.className("back-to-top")).isDisplayed());
    }

    @Test
    void a_glossary_letter_whose_terms_the_category_filter_hid_is_no_longer_a_link() {
        open("glossary/index.html", 1366, "light");
        int before = browser.driver()
                .findElements(By.cssSelector(".letters a[href]"))
                .size();
        browser.driver()
                .findElement(By.cssSelector(".glossary-filter button[data-category='Person']"))
                .click();
        for (WebElement letter : browser.driver().findElements(By.cssSelector(".letters a[href]"))) {
            String target = letter.getAttribute("href").replaceAll(".*#", "");
            assertTrue(
                    browser.driver().findElement(By.id(target)).isDisplayed(),
                    letter.getText() + " leads to a hidden group");
        }
        assertTrue(browser.driver()
                        .findElements(By.cssSelector(".letters a[href]"))
                        .size()
                < before);
    }
}
