package org.kotkinguide.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kotkinguide.model.Chapter;

/**
 * Two chapters with one title stand twice in the contents, the sidebar and the PDF, and a student
 * cannot tell them apart. The usual cause is a chapter copied to start the next one: a warning at
 * the second one's title, naming the first.
 */
public final class ChapterTitles {
    private ChapterTitles() {}

    /** A warning for each chapter whose title (in any case) an earlier chapter already has. */
    public static List<ContentError> sameTitleWarnings(GuideSource source) {
        Map<String, Page> pagesByUri = source.pagesByUri();
        Map<String, Page> firstWithTitle = new HashMap<>();
        List<ContentError> warnings = new ArrayList<>();
        for (Chapter chapter : source.guide().chapters()) {
            Page page = pagesByUri.get(chapter.uri());
            Page first = firstWithTitle.putIfAbsent(chapter.title().strip().toLowerCase(Locale.ROOT), page);
            if (first != null && page != null) {
                warnings.add(new ContentError(
                        page.displayName(),
                        page.header().titleLine(),
                        "the chapter '" + chapter.title() + "' has the title of " + first.displayName()
                                + ": a student sees the same title twice in the contents; give each chapter its own"));
            }
        }
        return warnings;
    }
}
