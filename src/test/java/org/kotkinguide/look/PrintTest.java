package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kotkinguide.support.OneBrowser;
import org.kotkinguide.support.RealGuide;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Printing a chapter from the browser: black on white whatever the screen's scheme, answers included, no screen-only links. */
class PrintTest extends OneBrowser {
    private static void printChapter(String scheme) {
        browser.driver()
                .get(RealGuide.site()
                        .folder()
                        .resolve(RealGuide.chapter())
                        .toUri()
                        .toString());
        browser.emulate(1366, 900, scheme, "print");
    }

    @ParameterizedTest(name = "with a {0} system scheme")
    @ValueSource(strings = {"light", "dark"})
    void a_printed_chapter_is_black_on_white_with_every_text_readable(String scheme) {
        printChapter(scheme);
        assertEquals("rgb(255, 255, 255)", browser.script("return getComputedStyle(document.body).backgroundColor"));
        assertEquals("rgb(0, 0, 0)", browser.script("return getComputedStyle(document.body).color"));
        @SuppressWarnings("unchecked")
        List<List<String>> texts = (List<List<String>>) browser.script("""
                function background(e) {
                  for (; e; e = e.parentElement) {
                    var c = getComputedStyle(e).backgroundColor;
                    if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { return c; }
                  }
                  return 'rgb(255, 255, 255)';
                }
                return Array.from(document.querySelectorAll('main *')).filter(function (e) {
                  return e.offsetParent !== null && Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
                }).map(e => [e.tagName + '.' + e.className, getComputedStyle(e).color, background(e)]);""");
        List<String> faint = texts.stream()
                .filter(x -> Colours.contrast(x.get(1), x.get(2)) < 7)
                .map(x -> x.get(0) + " " + x.get(1) + " on " + x.get(2))
                .distinct()
                .limit(5)
                .toList();
        assertEquals(List.of(), faint);
        String objectives = (String) browser.script(
                "return getComputedStyle(document.querySelector('#objectives + .sectionbody')).backgroundColor");
        assertTrue(Colours.luminance(objectives) > 0.9, "the objectives box prints on " + objectives);
    }

    /**
     * Every chapter printed on A4 by Chromium itself: no sheet ends with a heading, a block's label
     * ("The guide infers") or a date "On the timeline" whose text is on the next sheet, and the note for
     * a copy without a web address, which speaks of the screen, is not printed.
     */
    @Test
    void no_printed_sheet_ends_with_a_heading_or_a_label_cut_from_its_text() throws Exception {
        for (String chapter : RealGuide.site().pages().stream()
                .filter(page -> page.startsWith("chapters/"))
                .toList()) {
            browser.driver()
                    .get(RealGuide.site().folder().resolve(chapter).toUri().toString());
            @SuppressWarnings("unchecked")
            List<String> openers = (List<String>) browser.script("""
                    return Array.from(document.querySelectorAll(
                        'main h2, main h3, main h4, main .title, .timeline-here-date'))
                      .map(e => e.textContent.replace(/#.*$/s, '').replace(/\\s+/g, ' ').trim())
                      .filter(t => t);""");
            org.openqa.selenium.print.PrintOptions a4 = new org.openqa.selenium.print.PrintOptions();
            a4.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
            byte[] pdf = java.util.Base64.getDecoder()
                    .decode(((org.openqa.selenium.PrintsPage) browser.driver())
                            .print(a4)
                            .getContent());
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setSortByPosition(true); // Chromium writes the links' text apart from their lines
                assertFalse(stripper.getText(document).contains("no web address"), chapter);
                for (int page = 1; page < document.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    List<String> lines = stripper.getText(document)
                            .lines()
                            .map(String::strip)
                            .filter(line -> !line.isEmpty())
                            .toList();
                    String last = lines.get(lines.size() - 1);
                    assertFalse(
                            openers.stream().anyMatch(opener -> opener.equalsIgnoreCase(last)),
                            chapter + ", sheet " + page + " ends with \"" + last + "\"");
                }
            }
        }
    }

    @Test
    void a_printed_chapter_includes_the_self_check_answers() {
        printChapter("light");
        List<WebElement> answers = browser.driver().findElements(By.cssSelector("details.answer"));
        assertFalse(answers.isEmpty());
        for (WebElement answer : answers) {
            Number height = (Number) browser.script(
                    "var body = arguments[0].querySelector(':scope > :not(summary)'); return body ? body.getBoundingClientRect().height : 0",
                    answer);
            assertTrue(height.doubleValue() > 0, "an answer is left out of the print: " + answer.getText());
        }
    }

    @Test
    void a_printed_chapter_leaves_out_links_and_buttons_that_only_work_on_screen() {
        printChapter("light");
        for (String selector : List.of(
                ".site-header",
                ".sidebar",
                ".toc",
                ".pager",
                ".handout",
                ".breadcrumbs",
                ".back-to-top",
                ".site-footer .download")) {
            for (WebElement element : browser.driver().findElements(By.cssSelector(selector))) {
                assertFalse(element.isDisplayed(), selector + " is printed");
            }
        }
    }

    @Test
    void a_printed_chapters_footer_lines_up_with_its_text() {
        // its smaller type once made its "34em" narrower, and its padding set its words in
        printChapter("light");
        @SuppressWarnings("unchecked")
        java.util.List<Number> edges = (java.util.List<Number>) browser.script("""
                const text = document.querySelector('main .paragraph').getBoundingClientRect();
                const footer = document.querySelector('.site-footer');
                const box = footer.getBoundingClientRect();
                const words = Array.from(footer.querySelectorAll('p')).find(p => p.getClientRects().length > 0).getBoundingClientRect();
                return [text.left, text.right, box.left, box.right, words.left];""");
        double left = edges.get(0).doubleValue();
        double right = edges.get(1).doubleValue();
        assertEquals(left, edges.get(2).doubleValue(), 1, "the footer's rule starts where the text does");
        assertEquals(right, edges.get(3).doubleValue(), 1, "and ends where it ends");
        assertEquals(left, edges.get(4).doubleValue(), 1, "the footer's words start where the text does");
    }

    @Test
    void a_printed_chapter_has_lines_of_a_readable_length() {
        printChapter("light");
        Number charactersPerLine = (Number) browser.script("""
                var p = document.querySelector('main .paragraph p');
                var style = getComputedStyle(p);
                var probe = document.createElement('span');
                probe.textContent = 'abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz';
                p.appendChild(probe);
                var perCharacter = probe.getBoundingClientRect().width / probe.textContent.length;
                p.removeChild(probe);
                return p.getBoundingClientRect().width / perCharacter;""");
        assertTrue(charactersPerLine.doubleValue() <= 85, charactersPerLine + " characters a line");
        assertTrue(charactersPerLine.doubleValue() >= 45, charactersPerLine + " characters a line");
    }

    @Test
    void a_printed_self_check_box_or_marking_guide_is_not_split_across_sheets() {
        printChapter("light");
        for (String selector : List.of("details.answer", "details.marking-guide")) {
            assertEquals(
                    "avoid",
                    browser.script(
                            "return getComputedStyle(document.querySelector(arguments[0])).breakInside", selector),
                    selector);
        }
    }

    /** Opens a chapter on screen, with window.print() recorded instead of opening the print dialog. */
    private static void openChapterToPrint() {
        browser.driver()
                .get(RealGuide.site()
                        .folder()
                        .resolve(RealGuide.chapter())
                        .toUri()
                        .toString());
        browser.emulate(1366, 900, "light", "screen");
        browser.script("window.printed = 0; window.print = function () { window.printed++; };");
    }

    private static double printedAnswerHeight() {
        return ((Number) browser.script("""
                        return Array.from(document.querySelectorAll('details.answer > :not(summary), details.marking-guide'))
                          .reduce((sum, e) => sum + e.getBoundingClientRect().height, 0);""")).doubleValue();
    }

    @Test
    void print_worksheet_prints_the_questions_without_their_answers_and_the_teachers_copy_with_them() {
        openChapterToPrint();
        browser.driver()
                .findElement(By.cssSelector(".print-worksheet [data-print=worksheet]"))
                .click();
        assertEquals(1L, ((Number) browser.script("return window.printed")).longValue(), "it opens the print dialog");
        browser.emulate(1366, 900, "light", "print");
        assertEquals(0, printedAnswerHeight(), 0.5, "no answer or marking guide on the worksheet");
        for (WebElement question : browser.driver().findElements(By.cssSelector("details.answer > summary"))) {
            assertTrue(question.isDisplayed(), "the question is printed: " + question.getText());
        }
        assertFalse(
                browser.driver().findElement(By.cssSelector(".print-worksheet")).isDisplayed(),
                "the buttons are not printed");

        // after printing, and with "Print with answers", the answers are printed again
        browser.script("window.dispatchEvent(new Event('afterprint'))");
        assertTrue(printedAnswerHeight() > 0, "the browser's own print is the whole page again");
        browser.emulate(1366, 900, "light", "screen");
        browser.driver()
                .findElement(By.cssSelector(".print-worksheet [data-print=answers]"))
                .click();
        browser.emulate(1366, 900, "light", "print");
        assertTrue(printedAnswerHeight() > 0, "the teacher's copy has the answers");
    }

    @Test
    void without_javascript_there_is_no_print_worksheet_button() {
        var buttons = RealGuide.site().page(RealGuide.chapter()).select(".print-worksheet");
        assertEquals(1, buttons.size());
        assertTrue(buttons.first().hasAttr("hidden"), "hidden until the script shows it");
    }
}
