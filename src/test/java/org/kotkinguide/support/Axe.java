package org.kotkinguide.support;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import java.io.IOException;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (WCAG 2.1 A and AA, and best practices) run on the page as it is now, in the page itself.
 * AxeBuilder's default runs each frame apart and joins the parts in a second, blank window, and
 * hands back every passing node too: on the whole-guide page that took 11 s against 4 s here. Our
 * pages have no frames, and a test needs only what fails.
 */
public final class Axe {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private static String source;

    private Axe() {}

    /** One line per rule broken: its id, what it asks, and where (up to five places); "" when none is. */
    public static String violations(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        // half a megabyte of script: sent once a page, not again for each check of the same page
        if (!Boolean.TRUE.equals(page.executeScript("return !!(window.axe && typeof window.axe.run === 'function')"))) {
            page.executeScript(axeSource());
        }
        Object found = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(results => done(results.violations.map(rule => rule.id + ': ' + rule.help + ' at '
                      + rule.nodes.slice(0, 5).map(node => JSON.stringify(node.target)).join(', ')).join('\\n')),
                        error => done('axe failed: ' + error));
                """, TAGS);
        return String.valueOf(found);
    }

    private static synchronized String axeSource() {
        if (source == null) {
            try {
                source = new EmbeddedResourceAxeProvider().getScript();
            } catch (IOException | javax.naming.OperationNotSupportedException e) {
                throw new IllegalStateException("axe-core's script is not in its jar", e);
            }
        }
        return source;
    }
}
