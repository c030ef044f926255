package org.kotkinguide.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kotkinguide.model.Chapter;

/**
 * A chapter with nothing under its header (a stub started and forgotten, or text left in another
 * file) would be published as a title over an empty page, listed in the contents like the others:
 * a warning at its title.
 */
public final class EmptyChapters {
    private EmptyChapters() {}

    /** A warning for each chapter whose body holds only blank lines and comments. */
    public static List<ContentError> warnings(GuideSource source) {
        Map<String, Page> pagesByUri = source.pagesByUri();
        List<ContentError> warnings = new ArrayList<>();
        for (Chapter chapter : source.guide().chapters()) {
            Page page = pagesByUri.get(chapter.uri());
            if (page != null
                    && isEmpty(page.lines()
                            .subList(
                                    Math.min(
                                            page.header().bodyLine(),
                                            page.lines().size()),
                                    page.lines().size()))) {
                warnings.add(new ContentError(
                        page.displayName(),
                        page.header().titleLine(),
                        "the chapter '" + chapter.title() + "' has nothing under its header: a student would find"
                                + " a title over an empty page; write its text after the header's blank line"));
            }
        }
        return warnings;
    }

    private static boolean isEmpty(List<String> body) {
        boolean inComment = false;
        for (String line : body) {
            String text = line.strip();
            if (text.equals("////")) {
                inComment = !inComment;
            } else if (!inComment && !text.isEmpty() && !text.startsWith("//")) {
                return false;
            }
        }
        return true;
    }
}
