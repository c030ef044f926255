package org.kotkinguide.layout;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each section heading of a page a "#" link to itself, so a reader with a mouse can share or
 * bookmark the section (as mdBook and Read the Docs do). It is hidden from screen readers and is no
 * stop for Tab: inside the heading it would be read as part of the heading's name at every heading,
 * and a page's sections would each cost a Tab. The keyboard's way to a section's address is the same
 * section's entry in "On this page". Added when the page is laid out, so the search index and the
 * tables of contents never see it.
 */
public final class HeadingLinks {
    // Asciidoctor writes a section's heading as <h2 id="...">Title</h2>
    private static final Pattern HEADING = Pattern.compile("<h([2-4]) id=\"([^\"<>]+)\">(.*?)</h\\1>", Pattern.DOTALL);

    /**
     * Each page's HTML as linked, by its HTML: JBake lays out every page of a rebuild, most of them with
     * the HTML the last build converted (the preview's, the warm build server's), and searching each
     * page for headings again was a twentieth of a one-chapter rebuild. An entry goes when its page's
     * HTML is no longer held.
     */
    private static final Map<String, String> LINKED = Collections.synchronizedMap(new WeakHashMap<>());

    private HeadingLinks() {}

    /** {@code html} with a link after each section heading's text. */
    public static String linked(String html) {
        if (!html.contains("<h")) {
            return html;
        }
        String kept = LINKED.get(html);
        if (kept != null) {
            return kept;
        }
        String linked = linkedNow(html);
        LINKED.put(html, linked);
        return linked;
    }

    private static String linkedNow(String html) {
        Matcher heading = HEADING.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (heading.find()) {
            heading.appendReplacement(
                    out,
                    Matcher.quoteReplacement("<h" + heading.group(1) + " id=\"" + heading.group(2) + "\">"
                            + heading.group(3)
                            + "<a class=\"heading-link\" href=\"#" + heading.group(2)
                            + "\" aria-hidden=\"true\" tabindex=\"-1\" title=\"Link to this section\">#</a></h"
                            + heading.group(1) + ">"));
        }
        heading.appendTail(out);
        return out.toString();
    }
}
