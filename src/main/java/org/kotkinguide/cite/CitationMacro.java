package org.kotkinguide.cite;

import java.util.Map;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.ReferenceLibrary;
import org.kotkinguide.content.Suggestions;
import org.kotkinguide.macros.MacroSite;
import org.kotkinguide.macros.TipLink;
import org.kotkinguide.macros.UseLog;
import org.kotkinguide.model.Reference;
import org.kotkinguide.statements.Statement;

/**
 * {@code cite:kotkin2014[553]}, {@code cite:kotkin2014[553-555]} or {@code cite:kotkin2014[]}: an
 * in-text citation in the guide's CSL style, linked to the bibliography with the full reference as a
 * tooltip. A page outside the work's range, an unknown key, or the reading cited inside a block
 * marked as the guide's own inference or as background, is an error with file and line.
 */
@Name("cite")
public class CitationMacro extends InlineMacroProcessor {
    private final GuideSource source;
    private final ContentErrors errors;
    private final UseLog uses;

    /** Notes in {@code uses} where each work is cited on the site's pages. */
    public CitationMacro(GuideSource source, ContentErrors errors, UseLog uses) {
        this.source = source;
        this.errors = errors;
        this.uses = uses;
    }

    @Override
    public Object process(ContentNode parent, String target, Map<String, Object> attributes) {
        MacroSite site = MacroSite.of(
                parent, "cite:" + target + "[" + TipLink.text(attributes) + "]", "cite:" + target + "[", source);
        // "553 - 555", or "553-" and "555" on two lines (which Asciidoctor joins with a space), is 553-555
        String locator = TipLink.text(attributes).replaceAll("\\s*([-–—])\\s*", "$1");
        ReferenceLibrary library = source.library();
        Reference reference = library.find(target);
        String problem = reference == null ? unknownKey(target, library) : checkLocator(reference, locator);
        if (problem == null) {
            problem = checkStatement(reference, parent);
        }
        if (problem != null) {
            errors.add(site.file(), site.line(), problem);
            return createPhraseNode(parent, "quoted", "(" + TipLink.escape(target) + ")");
        }
        if (site.notesUse()) {
            uses.note(reference.key(), site.usage());
        }
        String citation = library.cite(reference.key(), locator.replace('–', '-'));
        // citeproc's HTML may hold entities (&ndash;); the PDF converter wants plain, escaped text
        String linkText = site.html()
                ? citation
                : TipLink.escape(org.jsoup.Jsoup.parse(citation).text());
        return TipLink.create(
                this,
                parent,
                site,
                "cite",
                site.rootPath() + "bibliography.html#" + reference.anchor(),
                reference.anchor(),
                linkText,
                reference.entryHtml());
    }

    /** Null unless the reading is cited inside a block that says the words are not the reading's. */
    private String checkStatement(Reference reference, ContentNode parent) {
        Statement statement = Statement.around(parent);
        if (statement == null
                || statement.mayCiteTheReading()
                || !reference.key().equals(source.guide().settings().readingKey())) {
            return null;
        }
        return "cite:" + reference.key() + " inside a [." + statement.role() + "] block: only what the notes say"
                + " is cited to the reading (move the cited words into a [." + Statement.NOTES_SAY.role() + "] block)";
    }

    /** A key no entry has: the close one meant, or where an entry for it goes. */
    private String unknownKey(String target, ReferenceLibrary library) {
        String meant = Suggestions.didYouMean(
                target, library.references().stream().map(Reference::key).toList());
        return "unknown citation key '" + TipLink.plain(target) + "'"
                + (meant.isEmpty()
                        ? ": no entry of " + source.settings().references() + " has it; add the work there"
                        : meant);
    }

    /** Null when the locator is fine, else what is wrong with it. */
    static String checkLocator(Reference reference, String locator) {
        if (locator.isEmpty()) {
            return null;
        }
        if (ReferenceLibrary.pageNumberTooLong(locator)) {
            return "page '" + TipLink.plain(locator) + "' is too long to be a page number (at most "
                    + ReferenceLibrary.MOST_PAGE_DIGITS + " digits)";
        }
        int[] pages = ReferenceLibrary.pageRange(locator);
        if (pages[0] == 0) {
            return "page '" + TipLink.plain(locator) + "' is not a page number or a page range like 12 or 12-15"
                    + (locator.contains(",")
                            ? ": cite each page or range on its own ("
                                    + java.util.Arrays.stream(locator.split(","))
                                            .map(String::strip)
                                            .filter(p -> !p.isEmpty())
                                            .map(p -> "cite:" + reference.key() + "[" + TipLink.plain(p) + "]")
                                            .collect(java.util.stream.Collectors.joining(" and "))
                                    + ")"
                            : "");
        }
        if (pages[1] < pages[0]) {
            return "page range '" + locator + "' runs backwards";
        }
        if (reference.hasPageRange() && (pages[0] < reference.firstPage() || pages[1] > reference.lastPage())) {
            return "page " + locator + " is outside the pages of " + reference.key() + " this guide covers ("
                    + reference.pageRange() + ")";
        }
        return null;
    }
}
