package org.kotkinguide.model;

import java.util.regex.Pattern;

/**
 * The role lines of the blocks the student PDF moves out of the text, written as the book reads them:
 * a self-check answer ({@code [.answer%collapsible]}) goes to the Answers appendix, an essay prompt's
 * marking guide ({@code [.marking-guide%collapsible]}) to the marking guides'. The book
 * ({@code pdf.ChapterText}) moves only these lines, and the check ({@code check.BlockRoles}) refuses
 * any other line with the role, which the book would print in place.
 */
public final class FoldedBlockLines {
    private FoldedBlockLines() {}

    public static final Pattern ANSWER = Pattern.compile("^\\[(?:\\.answer%collapsible|%collapsible\\.answer)\\]$");

    public static final Pattern MARKING_GUIDE = Pattern.compile("^\\[\\.marking-guide(?:%collapsible)?\\]$");
}
