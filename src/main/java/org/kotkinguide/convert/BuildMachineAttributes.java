package org.kotkinguide.convert;

import java.util.List;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Preprocessor;
import org.asciidoctor.extension.PreprocessorReader;
import org.kotkinguide.macros.MacroSite;

/**
 * Asciidoctor's attributes that tell of the computer and the moment of the build, not of the guide:
 * {@code {docdir}} and {@code {user-home}} would publish the builder's folders, the dates and times
 * the build's clock (and a page kept from an earlier build would keep that build's day). Taken out
 * before a site page is read, so a reference to one is a missing attribute, said at its line
 * ({@link GuideOptions#MISSING_ATTRIBUTE}). Holds nothing of a build: registered once.
 */
final class BuildMachineAttributes extends Preprocessor {
    /** The attributes taken out, each with what it would have published. */
    static final List<String> FOLDERS = List.of("docdir", "user-home", "docfile", "outdir");

    static final List<String> CLOCK = List.of(
            "localdate", "localtime", "localdatetime", "localyear", "docdate", "doctime", "docdatetime", "docyear");

    @Override
    public void process(Document document, PreprocessorReader reader) {
        // only the site's pages: a book (the PDF, the EPUB) sets its own dates, and its converter reads docdir
        if (!document.hasAttribute(MacroSite.PAGE_ATTRIBUTE)) {
            return;
        }
        java.util.Map<String, Object> attributes = document.getAttributes();
        FOLDERS.forEach(attributes::remove);
        CLOCK.forEach(attributes::remove);
    }

    /** Why {@code name} is not there for a page, or null when it is not one of these. */
    static String why(String name) {
        if (FOLDERS.contains(name)) {
            return "{" + name + "} would publish a folder of the computer that builds the site";
        }
        if (CLOCK.contains(name)) {
            return "{" + name + "} would publish when the site was built (and a page kept from an earlier build"
                    + " would keep that build's): write the date itself";
        }
        return null;
    }
}
