package org.kotkinguide.pdf;

/**
 * "p. 31" in a PDF: asciidoctor-pdf cannot print the page an id lands on, so the book's text names it
 * with a placeholder at the end of a link to the id, after a no-break space, and {@link PageNumberForms}
 * writes the page's number there once the book is laid out.
 */
final class PageNumbers {
    /** Wide enough for any page of a study guide: the text is laid out with it, and the number fits its place. */
    static final String PLACEHOLDER = "999";

    private PageNumbers() {}

    /** The end of a link's text that names the page of the id it links to: {@code "p. " + the page}. */
    static String reference() {
        return "p.{nbsp}" + PLACEHOLDER;
    }
}
