package org.kotkinguide.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kotkinguide.model.FoldedBlockLines;
import org.kotkinguide.model.SelfCheckNumber;

/**
 * A chapter's AsciiDoc body made ready for the book: section headings one level down (the chapter
 * itself becomes the level-1 heading), and each self-check answer and marking guide either kept by
 * its question or prompt (teacher edition) or moved out, leaving the question numbered with a link to
 * its answer in the Answers appendix, and the page that answer is on when the book has pages (student
 * edition).
 */
final class ChapterText {
    private static final Pattern HEADING = Pattern.compile("^(=+)\\s+\\S.*");
    private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.([^.\\s].*)$");
    private static final Pattern ANSWER_STYLE = FoldedBlockLines.ANSWER;
    // "What a strong answer does" under an essay prompt, which the site folds
    private static final Pattern MARKING_GUIDE_STYLE = FoldedBlockLines.MARKING_GUIDE;
    // the first line of an item of an ordered list (". text"), not a block title (".Title")
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*\\.+\\s+(\\S.*)$");
    // a block the site folds ("%collapsible", e.g. a marking guide): on paper it is simply open, with no "▼" before its
    // title
    private static final Pattern COLLAPSIBLE = Pattern.compile("^\\[[^\\]]*%collapsible[^\\]]*\\]$");
    private static final Pattern DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|_{4,}|={4,}|\\*{4,}|\\+{4,}|\\|===)$");
    // ids and references to them: every chapter has its own #objectives, so in one book they get the chapter's slug
    private static final Pattern BLOCK_ID = Pattern.compile("^\\[#([\\w-]+)");
    private static final Pattern ANCHOR = Pattern.compile("\\[\\[([\\w-]+)");
    private static final Pattern XREF = Pattern.compile("<<#?([\\w-]+)|xref:#?([\\w-]+)\\[");

    /**
     * A self-check question and its answer's lines. {@code label} is what the reader sees on both
     * sides and on the site, e.g. "2.1": the chapter's number, the question's ({@link SelfCheckNumber}).
     */
    record Answer(
            String anchor,
            String questionAnchor,
            String label,
            int chapter,
            int number,
            String question,
            List<String> lines) {}

    /**
     * A marking guide ("What a strong answer does") moved out of the student edition to the Answers
     * appendix: a student writing the essay meets the prompt, not the guide to grading it. {@code prompt}
     * is the prompt's text when the guide is attached to an item of a list ("+"), else empty.
     */
    record MarkingGuide(
            String anchor, String promptAnchor, int chapter, String title, String prompt, List<String> lines) {}

    final List<String> lines = new ArrayList<>();
    final List<Answer> answers = new ArrayList<>();
    final List<MarkingGuide> markingGuides = new ArrayList<>();
    // where the open block of the latest run of questions closes, so the next question can join it
    private int questionsClose = -1;

    /**
     * @param number       the chapter's place in reading order, as the site numbers it
     * @param paged        whether the book has page numbers to name (the PDF) or not (the EPUB)
     */
    ChapterText(String slug, int number, List<String> body, Edition edition, boolean paged) {
        String open = null;
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            if (open == null && titledBlock(body, i, ANSWER_STYLE)) {
                int end = closing(body, i + 3, "====");
                int n = answers.size() + 1;
                Answer answer = new Answer(
                        "answer-" + slug + "-" + n,
                        "question-" + slug + "-" + n,
                        SelfCheckNumber.of(number, n),
                        number,
                        n,
                        line.substring(1),
                        body.subList(i + 3, end));
                answers.add(answer);
                if (edition == Edition.TEACHER) {
                    lines.add("." + answer.label() + " " + answer.question());
                    // a box kept whole on one page where it fits
                    lines.add("[#" + answer.questionAnchor() + ".answer%unbreakable]");
                    lines.add("====");
                    lines.addAll(withLeadIn("Answer:", answer.lines()));
                    lines.add("====");
                } else {
                    // the question says where its answer is: a link, and on paper the page too
                    startOrJoinQuestions();
                    lines.add("[#" + answer.questionAnchor() + ".question]");
                    lines.add("*" + answer.label() + "* " + answer.question() + " +");
                    lines.add("<<" + answer.anchor() + ",Answer " + answer.label()
                            + (paged ? ", " + PageNumbers.reference() : "") + ">>");
                    questionsClose = lines.size();
                    lines.add("--");
                }
                i = end;
                continue;
            }
            if (open == null && edition == Edition.STUDENT && titledBlock(body, i, MARKING_GUIDE_STYLE)) {
                int end = closing(body, i + 3, "====");
                int n = markingGuides.size() + 1;
                MarkingGuide guide = new MarkingGuide(
                        "marking-guide-" + slug + "-" + n,
                        "prompt-" + slug + "-" + n,
                        number,
                        line.substring(1),
                        promptBeforeContinuation(),
                        body.subList(i + 3, end));
                markingGuides.add(guide);
                // in its place, where it is: a link, and on paper the page too
                lines.add("[#" + guide.promptAnchor() + ".marking-guide-link]");
                lines.add("<<" + guide.anchor() + "," + guide.title() + (paged ? ", " + PageNumbers.reference() : "")
                        + ">>");
                i = end;
                continue;
            }
            Matcher delimiter = DELIMITER.matcher(line);
            if (delimiter.matches()) {
                open = line.equals(open) ? null : open == null ? line : open;
            }
            if (COLLAPSIBLE.matcher(line).matches()) {
                line = line.replace("%collapsible", "");
            }
            Matcher heading = HEADING.matcher(line);
            lines.add(open == null && heading.matches() ? "=" + line : open == null ? withOwnIds(line, slug) : line);
        }
    }

    /** Whether {@code body} has at {@code at} a block title, then a line of {@code style}, then "====". */
    private static boolean titledBlock(List<String> body, int at, Pattern style) {
        return at + 2 < body.size()
                && BLOCK_TITLE.matcher(body.get(at)).matches()
                && style.matcher(body.get(at + 1)).matches()
                && body.get(at + 2).equals("====");
    }

    /** {@code lines} with {@code leadIn} in bold before the first ("*Answer:* In hills, ..."). */
    static List<String> withLeadIn(String leadIn, List<String> lines) {
        List<String> led = new ArrayList<>();
        led.add("*" + leadIn + "* " + (lines.isEmpty() ? "" : lines.get(0)));
        led.addAll(lines.subList(Math.min(1, lines.size()), lines.size()));
        return led;
    }

    /**
     * The text of the list item that the lines so far end with, joined by "+" to what comes next: the
     * essay prompt a marking guide belongs to. Empty when the lines do not end so.
     */
    private String promptBeforeContinuation() {
        int plus = lines.size() - 1;
        if (plus < 0 || !lines.get(plus).equals("+")) {
            return "";
        }
        for (int start = plus - 1; start >= 0 && !lines.get(start).isBlank(); start--) {
            Matcher item = LIST_ITEM.matcher(lines.get(start));
            if (item.matches()) {
                List<String> words = new ArrayList<>(List.of(item.group(1).strip()));
                lines.subList(start + 1, plus).forEach(more -> words.add(more.strip()));
                return String.join(" ", words);
            }
        }
        return "";
    }

    /**
     * Questions that follow one another (blank lines apart) share one open block that is kept on one
     * page where it fits: so each question stays with the page its answer names, and the last
     * question of a chapter is never left alone on a page.
     */
    private void startOrJoinQuestions() {
        if (questionsClose >= 0
                && lines.subList(questionsClose + 1, lines.size()).stream().allMatch(String::isBlank)) {
            lines.subList(questionsClose, lines.size()).clear();
            lines.add("");
            return;
        }
        lines.add("[.questions%unbreakable]");
        lines.add("--");
    }

    /**
     * Gives the chapter's ids, and the references to them, the prefix {@code slug_}. Not "--":
     * Asciidoctor turns a word-joined "--" into an em dash before it reads the reference.
     */
    static String withOwnIds(String line, String slug) {
        String result = BLOCK_ID.matcher(line).replaceFirst("[#" + slug + "_$1");
        result = ANCHOR.matcher(result).replaceAll("[[" + slug + "_$1");
        Matcher xref = XREF.matcher(result);
        StringBuilder out = new StringBuilder();
        while (xref.find()) {
            String replacement = xref.group(1) != null
                    ? "<<" + slug + "_" + xref.group(1)
                    : "xref:" + slug + "_" + xref.group(2) + "[";
            xref.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        xref.appendTail(out);
        return out.toString();
    }

    private static int closing(List<String> body, int from, String delimiter) {
        for (int i = from; i < body.size(); i++) {
            if (body.get(i).equals(delimiter)) {
                return i;
            }
        }
        return body.size();
    }
}
