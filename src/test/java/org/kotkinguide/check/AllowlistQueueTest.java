package org.kotkinguide.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pages a build lays out are cleaned on other cores, yet the site is what cleaning them one after
 * another makes: each page is written, with what the allowlist dropped from it, on the thread that laid
 * it out and in the order it was laid out.
 */
class AllowlistQueueTest {
    private static final PublishedHtml ALLOWLIST = PublishedHtml.withScripts(Set.of("theme"), "");

    /** Page {@code n}: pages of very different lengths, so later ones are often cleaned before earlier ones. */
    private static String page(int n) {
        String text = "<p>Paragraph of page " + n + ".</p>";
        String handler = n % 7 == 3 ? "<button onclick=\"steal()\">Go</button>" : "";
        return "<!DOCTYPE html>\n<html><head><title>Page " + n + "</title><script src=\"js/theme.js\"></script>"
                + "</head><body>" + text.repeat(n % 5 == 0 ? 400 : 1) + handler + "</body></html>";
    }

    @Test
    void every_page_is_written_as_cleaning_it_alone_would_make_it_in_the_order_it_was_laid_out() throws IOException {
        AllowlistQueue queue = new AllowlistQueue(ALLOWLIST);
        List<String> written = new ArrayList<>();
        List<List<String>> droppedFrom = new ArrayList<>();
        Thread layingOut = Thread.currentThread();
        for (int n = 0; n < 120; n++) {
            queue.add(page(n), (cleaned, dropped) -> {
                assertSame(layingOut, Thread.currentThread(), "a page is written by the thread that laid it out");
                written.add(cleaned);
                droppedFrom.add(dropped);
            });
        }
        queue.finish();
        assertEquals(120, written.size(), "every page is written once finished");
        for (int n = 0; n < 120; n++) {
            List<String> alone = new ArrayList<>();
            assertEquals(ALLOWLIST.clean(page(n), alone), written.get(n), "page " + n);
            assertEquals(alone, droppedFrom.get(n), "what was dropped from page " + n);
            assertEquals(n % 7 == 3, !alone.isEmpty(), "the handler on page " + n + " is said");
        }
    }

    @Test
    void a_page_that_cannot_be_written_stops_the_build_where_it_is_taken() throws IOException {
        AllowlistQueue queue = new AllowlistQueue(ALLOWLIST);
        List<Integer> written = new ArrayList<>();
        IOException full = new IOException("No space left on device: site/chapter-2.html");
        IOException thrown = assertThrows(IOException.class, () -> {
            for (int n = 0; n < 40; n++) {
                int page = n;
                queue.add(page(n), (cleaned, dropped) -> {
                    if (page == 2) {
                        throw full;
                    }
                    written.add(page);
                });
            }
            queue.finish();
        });
        assertSame(full, thrown);
        assertEquals(List.of(0, 1), written, "no page after the one that failed is written");
    }

    @Test
    void pages_left_waiting_are_all_written_by_finish() throws IOException {
        AllowlistQueue queue = new AllowlistQueue(ALLOWLIST);
        List<Integer> written = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            int page = n;
            queue.add(page(n * 5), (cleaned, dropped) -> written.add(page));
        }
        queue.finish();
        assertEquals(List.of(0, 1, 2, 3, 4), written);
    }
}
