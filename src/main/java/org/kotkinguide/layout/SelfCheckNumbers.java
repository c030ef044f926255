package org.kotkinguide.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kotkinguide.model.SelfCheckNumber;

/**
 * Numbers a chapter's self-check questions on the site as the PDF and the EPUB number them ("2.1").
 * The number is text in the question's summary, not a CSS counter, so a screen reader says it as
 * part of the question's name and a student can quote it. Done when the page is laid out, not when
 * it is converted: a chapter moved in the reading order keeps its conversion and gets new numbers.
 */
public final class SelfCheckNumbers {
    // Asciidoctor writes a collapsible answer as <details class="answer"> with its title as the summary
    private static final Pattern QUESTION =
            Pattern.compile("(<details\\b[^>]*\\bclass=\"[^\"]*\\banswer\\b[^\"]*\"[^>]*>\\s*<summary\\b[^>]*>)");

    private SelfCheckNumbers() {}

    /** {@code html} with each self-check question of chapter {@code chapter} numbered. */
    public static String numbered(String html, int chapter) {
        if (!html.contains("answer")) {
            return html;
        }
        Matcher question = QUESTION.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        int n = 0;
        while (question.find()) {
            n++;
            question.appendReplacement(
                    out,
                    Matcher.quoteReplacement(question.group(1) + "<span class=\"question-number\">"
                            + SelfCheckNumber.of(chapter, n) + "</span> "));
        }
        question.appendTail(out);
        return out.toString();
    }
}
