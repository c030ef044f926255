package org.kotkinguide.model;

/** One place a term or a citation is used: a section of a page. */
public record Usage(String pageUri, String pageTitle, String sectionId, String sectionTitle) {

    /** The link to the section, relative to the site root. */
    public String href() {
        return sectionId == null || sectionId.isEmpty() ? pageUri : pageUri + "#" + sectionId;
    }

    /** "Chapter › Section", or just the page title when the use is outside any section. */
    public String label() {
        return sectionTitle == null || sectionTitle.isEmpty() ? pageTitle : pageTitle + " › " + sectionTitle;
    }
}
