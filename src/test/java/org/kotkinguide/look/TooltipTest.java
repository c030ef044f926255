package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kotkinguide.support.OneBrowser;
import org.kotkinguide.support.RealGuide;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Term and citation tooltips: inside the screen at any width, and hoverable, dismissable, persistent (WCAG 1.4.13). */
class TooltipTest extends OneBrowser {
    private static void openChapter(int width) {
        browser.emulate(width, width > 600 ? 900 : 844, "light", "screen");
        browser.driver()
                .get(RealGuide.site()
                        .folder()
                        .resolve(RealGuide.chapter())
                        .toUri()
                        .toString());
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {390, 768, 1366})
    void every_tip_of_a_chapter_opens_inside_the_screen_and_never_widens_the_page(int width) {
        openChapter(width);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) browser.script("""
                var outside = [], widest = 0, links = document.querySelectorAll('main .ref > a');
                links.forEach(function (a) {
                  a.scrollIntoView({ block: 'center' });
                  a.focus();
                  var tip = a.parentNode.querySelector('.tip').getBoundingClientRect();
                  if (tip.width === 0) { outside.push(a.textContent + ': not shown'); }
                  if (tip.left < 0 || tip.right > document.documentElement.clientWidth || tip.top < 0 || tip.bottom > window.innerHeight) {
                    outside.push(a.textContent + ': ' + Math.round(tip.left) + '..' + Math.round(tip.right) + ' x ' + Math.round(tip.top) + '..' + Math.round(tip.bottom));
                  }
                  widest = Math.max(widest, document.scrollingElement.scrollWidth);
                  a.blur();
                });
                return { outside: outside, widest: widest, count: links.length };""");
        assertTrue(((Number) result.get("count")).intValue() > 20, "the chapter has " + result.get("count") + " tips");
        assertEquals(List.of(), result.get("outside"));
        assertTrue(
                ((Number) result.get("widest")).intValue() <= width,
                "the page widened to " + result.get("widest") + " px");
    }

    @Test
    void a_tapped_tip_on_a_phone_stays_inside_the_screen() {
        openChapter(390);
        // the right-most link on the page, where a tip used to run off the edge
        WebElement link = (WebElement) browser.script("""
                return Array.from(document.querySelectorAll('main .ref > a'))
                  .sort((a, b) => b.getBoundingClientRect().left - a.getBoundingClientRect().left)[0];""");
        browser.script("arguments[0].scrollIntoView({ block: 'center' })", link);
        tap(link);
        WebElement tip = link.findElement(By.xpath("following-sibling::span"));
        assertTrue(tip.isDisplayed(), "the first tap shows the tip");
        Number right = (Number) browser.script("return arguments[0].getBoundingClientRect().right", tip);
        assertTrue(right.doubleValue() <= 390, "the tip ends at " + right);
        assertTrue(((Number) browser.script("return document.scrollingElement.scrollWidth")).intValue() <= 390);
    }

    private static void tap(WebElement element) {
        var finger = new org.openqa.selenium.interactions.PointerInput(
                org.openqa.selenium.interactions.PointerInput.Kind.TOUCH, "finger");
        var tap = new org.openqa.selenium.interactions.Sequence(finger, 0)
                .addAction(finger.createPointerMove(
                        java.time.Duration.ZERO,
                        org.openqa.selenium.interactions.PointerInput.Origin.fromElement(element),
                        0,
                        0))
                .addAction(finger.createPointerDown(
                        org.openqa.selenium.interactions.PointerInput.MouseButton.LEFT.asArg()))
                .addAction(
                        finger.createPointerUp(org.openqa.selenium.interactions.PointerInput.MouseButton.LEFT.asArg()));
        ((org.openqa.selenium.remote.RemoteWebDriver) browser.driver()).perform(List.of(tap));
    }

    @Test
    void a_tip_opened_by_hovering_closes_with_escape() {
        openChapter(1366);
        WebElement link = browser.driver().findElement(By.cssSelector("main .ref > a.term"));
        WebElement tip = link.findElement(By.xpath("following-sibling::span"));
        new Actions(browser.driver()).moveToElement(link).perform();
        assertTrue(tip.isDisplayed(), "hover shows the tip");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        assertFalse(tip.isDisplayed(), "Escape hides it while the pointer is still on the link");
    }

    @Test
    void the_pointer_can_move_from_the_link_onto_its_tip_without_the_tip_vanishing() {
        openChapter(1366);
        WebElement link = browser.driver().findElement(By.cssSelector("main .ref > a.term"));
        WebElement tip = link.findElement(By.xpath("following-sibling::span"));
        new Actions(browser.driver()).moveToElement(link).perform();
        assertTrue(tip.isDisplayed());
        // the gap between the link's bottom and the tip's top, then the tip itself
        Number gap = (Number) browser.script("""
                var link = arguments[0].getBoundingClientRect(), tip = arguments[1].getBoundingClientRect();
                return Math.round((link.bottom + tip.top) / 2 - (link.top + link.height / 2));""", link, tip);
        new Actions(browser.driver()).moveToElement(link, 0, gap.intValue()).perform();
        assertTrue(tip.isDisplayed(), "the tip vanished in the gap under the link");
        new Actions(browser.driver()).moveToElement(tip).perform();
        assertTrue(tip.isDisplayed(), "the tip vanished under the pointer");
    }
}
