package org.kotkinguide.model;

/**
 * A work in {@code references.bib}. {@code firstPage}/{@code lastPage} bound the locators a citation
 * may use (0 when the entry gives no pages); {@code entryHtml} is the full reference in the guide's
 * CSL style. {@code annotation} is the entry's BibTeX {@code annote} field as plain text ("" when it has
 * none): a line the bibliography shows under the entry on what the work is or why to read it.
 */
public record Reference(
        String key, String entryHtml, String entryText, int firstPage, int lastPage, String annotation) {

    public Reference(String key, String entryHtml, String entryText, int firstPage, int lastPage) {
        this(key, entryHtml, entryText, firstPage, lastPage, "");
    }

    public boolean hasPageRange() {
        return firstPage > 0 && lastPage >= firstPage;
    }

    public String pageRange() {
        return hasPageRange() ? firstPage + "–" + lastPage : "";
    }

    /** The fragment id of this work on the bibliography page. */
    public String anchor() {
        return "ref-" + key;
    }
}
