package org.kotkinguide.glossary;

import java.util.Map;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Suggestions;
import org.kotkinguide.macros.MacroSite;
import org.kotkinguide.macros.TipLink;
import org.kotkinguide.macros.UseLog;
import org.kotkinguide.model.Term;

/**
 * {@code term:limitrophe[]} or {@code term:limitrophe[the limitrophe states]}: a link to the term's
 * page with its short definition as a tooltip. Notes where the term is used for its page's
 * "Appears in"; an unknown id is an error naming the nearest known one.
 */
@Name("term")
public class GlossaryTermMacro extends InlineMacroProcessor {
    private final GuideSource source;
    private final ContentErrors errors;
    private final Map<String, Term> terms;
    private final UseLog uses;

    /** Notes in {@code uses} where each term is used on the site's pages. */
    public GlossaryTermMacro(GuideSource source, ContentErrors errors, UseLog uses) {
        this.source = source;
        this.errors = errors;
        this.uses = uses;
        this.terms = source.guide().termsById();
    }

    @Override
    public Object process(ContentNode parent, String target, Map<String, Object> attributes) {
        MacroSite site = MacroSite.of(parent, "term:" + target + "[", source);
        // a kept page depends on each term it names, in a heading or a partial too, known or not
        uses.lookedUp(site.usage().pageUri(), target);
        String text = TipLink.text(attributes);
        if (text.lastIndexOf('[') > text.lastIndexOf(']')) {
            // "term:x[the [second] person]": the first ']' ends the macro, and " person]" is printed as typed
            errors.add(
                    site.file(),
                    site.line(),
                    "term:" + TipLink.plain(target) + "[" + TipLink.plain(text) + "] ends at its first ']', so what"
                            + " follows it is printed as typed: write a ']' inside a term's text as '\\]'");
        }
        Term term = terms.get(target);
        if (term == null) {
            errors.add(
                    site.file(),
                    site.line(),
                    "unknown glossary term '" + TipLink.plain(target) + "'"
                            + Suggestions.didYouMeanTerm(target, terms.values()));
            return createPhraseNode(parent, "quoted", text.isEmpty() ? TipLink.escape(target) : text);
        }
        if (site.notesUse()) {
            uses.note(term.id(), site.usage());
        }
        String linkText = text.isEmpty() ? TipLink.escape(term.name()) : text;
        return TipLink.create(
                this,
                parent,
                site,
                "term",
                site.rootPath() + term.uri(),
                "term-" + term.id(),
                linkText,
                "<strong>" + TipLink.escape(term.name()) + "</strong>: " + TipLink.escape(term.shortDefinition()));
    }
}
