package org.kotkinguide.convert;

import java.util.Map;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.JavaExtensionRegistry;
import org.kotkinguide.cite.CitationMacro;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.glossary.GlossaryTermMacro;
import org.kotkinguide.macros.InlineMacroSyntax;
import org.kotkinguide.statements.StatementLabels;

/**
 * The guide's inline macros (and the statement labels), registered with the process's Asciidoctor once. Registering an
 * AsciidoctorJ extension makes a Ruby class that JRuby keeps for good, and a macro holds its build's
 * whole guide: registering new macros for every build kept every guide the preview ever built
 * (0.6 MB a rebuild of this guide). So a stand-in for each macro is registered once, and each build
 * only hands the stand-ins its own macros.
 */
final class GuideMacros {
    private static final StandIn TERM = new StandIn("term");
    private static final StandIn CITE = new StandIn("cite");
    private static Asciidoctor registeredWith;

    private GuideMacros() {}

    /**
     * From now on {@code term:} and {@code cite:} in {@code asciidoctor} are this build's macros, which
     * read {@code source}, report to {@code errors} and note the site's uses in {@code uses}.
     */
    static synchronized void use(Asciidoctor asciidoctor, GuideSource source, ContentErrors errors, PageUses uses) {
        register(asciidoctor);
        TERM.macro = new GlossaryTermMacro(source, errors, uses.terms());
        CITE.macro = new CitationMacro(source, errors, uses.citations());
    }

    /**
     * On this thread only, until {@link #leaveThisThread}, {@code term:} and {@code cite:} read {@code source}
     * and report to {@code errors}, noting no uses: a book (the PDFs, the EPUB) converts on a thread of its
     * own while another is made, each with its own errors.
     */
    static void useOnThisThread(Asciidoctor asciidoctor, GuideSource source, ContentErrors errors) {
        register(asciidoctor);
        TERM.own.set(new GlossaryTermMacro(source, errors, PageUses.none().terms()));
        CITE.own.set(new CitationMacro(source, errors, PageUses.none().citations()));
    }

    /** Back to the build's macros ({@link #use}) on this thread. */
    static void leaveThisThread() {
        TERM.own.remove();
        CITE.own.remove();
    }

    /** The guide's extensions registered and used once, with no build's macro called ({@link AsciidoctorRuntime#makeExtensionKinds}). */
    static void makeKinds(Asciidoctor asciidoctor) {
        register(asciidoctor);
        asciidoctor.convert(
                "= Kinds\n\nA line of text.", org.asciidoctor.Options.builder().build());
    }

    /** Registers the stand-ins with {@code asciidoctor} unless they are: before anything converts with it. */
    private static synchronized void register(Asciidoctor asciidoctor) {
        if (registeredWith != asciidoctor) {
            asciidoctor.unregisterAllExtensions();
            JavaExtensionRegistry registry = asciidoctor.javaExtensionRegistry();
            registry.inlineMacro(TERM);
            registry.inlineMacro(CITE);
            // holds nothing of a build: registered once like the stand-ins
            registry.treeprocessor(new StatementLabels());
            registry.includeProcessor(new RemoteIncludeRefused());
            registry.preprocessor(new BuildMachineAttributes());
            registeredWith = asciidoctor;
        }
    }

    /** Registered in a macro's place; passes each use on to the current build's macro. */
    private static final class StandIn extends InlineMacroProcessor {
        private volatile InlineMacroProcessor macro;
        /** This thread's own macro while it converts a book ({@link #useOnThisThread}). */
        private final ThreadLocal<InlineMacroProcessor> own = new ThreadLocal<>();

        StandIn(String name) {
            // the bracket text may wrap onto the next line, as in Asciidoctor's own macros; it arrives as typed
            // ("text"), not split at commas into attributes: term:delta[deltas, bays and mouths] shows all its
            // words, and cite:author2020[12,13] is a locator the citation refuses at its line, where attributes
            // made it page 12 and dropped the 13
            super(
                    name,
                    new java.util.HashMap<>(
                            Map.of("regexp", InlineMacroSyntax.regexp(name), "content_model", ":text")));
        }

        @Override
        public Object process(ContentNode parent, String target, Map<String, Object> attributes) {
            InlineMacroProcessor mine = own.get();
            return (mine != null ? mine : macro).process(parent, target, attributes);
        }
    }
}
