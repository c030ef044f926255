package org.kotkinguide.layout;

import java.util.List;
import org.kotkinguide.model.Chapter;

/**
 * The chapters a page's sidebar lists. A guide of up to {@code max} chapters lists them all; a
 * larger one (a whole course) lists the {@code max} around the page's chapter and links to the
 * home page for the rest, so a page's size and rendering time do not grow with the course.
 *
 * @param shown the chapters to list, in reading order
 * @param start the reading-order number of the first one (for {@code <ol start>})
 * @param total how many chapters the guide has
 */
public record ChapterNav(List<Chapter> shown, int start, int total) {

    /** Sidebar length when a guide's properties do not say ({@code guide.nav.max-chapters}). */
    public static final int DEFAULT_MAX = org.kotkinguide.settings.SettingsFile.DEFAULT_NAV_MAX_CHAPTERS;

    /** @param number the page's chapter's number in reading order (1, 2, ...), or 0 for other pages (they list the first chapters) */
    public static ChapterNav around(List<Chapter> chapters, int number, int max) {
        if (chapters.size() <= max) {
            return new ChapterNav(chapters, 1, chapters.size());
        }
        int at = Math.max(number - 1, 0);
        int from = Math.max(0, Math.min(at - max / 2, chapters.size() - max));
        return new ChapterNav(chapters.subList(from, from + max), from + 1, chapters.size());
    }

    /** Whether some chapters are left out of the list. */
    public boolean partial() {
        return shown.size() < total;
    }
}
