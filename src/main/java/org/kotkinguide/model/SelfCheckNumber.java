package org.kotkinguide.model;

/**
 * The one way a self-check question is numbered, in every output: its chapter's number and its own
 * place in the chapter ("2.1", the first question of chapter 2). The site prints it before the
 * question, the PDF, the handouts and the EPUB on the question and on its answer.
 */
public final class SelfCheckNumber {
    private SelfCheckNumber() {}

    /** "2.1" for the first question of chapter 2. */
    public static String of(int chapter, int question) {
        return chapter + "." + question;
    }
}
