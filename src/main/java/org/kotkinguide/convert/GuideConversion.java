package org.kotkinguide.convert;

import org.asciidoctor.Asciidoctor;
import org.kotkinguide.check.ContentFiles;
import org.kotkinguide.cite.CitationMacro;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.glossary.GlossaryTermMacro;

/**
 * The convert stage: every page's AsciiDoc made into HTML by the process's Asciidoctor with the
 * guide's macros, pages unchanged since the last build taken from the cache. Errors are collected,
 * not thrown, so the author sees them all.
 */
public final class GuideConversion {
    private GuideConversion() {}

    /**
     * Converts every page, taking those unchanged since the last build from {@code cache}. Starts
     * Asciidoctor (and JRuby, seconds) only when some page must be converted, and then runs
     * {@code started} if this call started it.
     */
    public static ConvertedPages convert(
            GuideSource source, ContentErrors errors, ConversionCache cache, Runnable started) {
        cache.startBuild(source);
        // the content folder's other files are published as they are: none may run script either
        ContentFiles.check(source, errors);
        ConvertedPages rendered;
        if (cache.holdsEvery(source)) {
            rendered = PageConverter.convertAll(source, errors, cache);
        } else {
            boolean wasStarted = AsciidoctorRuntime.started();
            Asciidoctor asciidoctor = AsciidoctorRuntime.get();
            if (!wasStarted) {
                started.run();
            }
            synchronized (asciidoctor) {
                registerMacros(asciidoctor, source, errors);
                rendered = PageConverter.convertAll(source, errors, cache);
            }
        }
        // kept pages or converted, the timeline's events take their text from its page
        TimelineTexts.fill(source, rendered, errors);
        return rendered;
    }

    /**
     * The macros read this build's guide: each build gives Asciidoctor its own (registered once, see
     * {@link GuideMacros}); the statement labels go with them so the site and the PDFs label the same blocks.
     */
    public static void registerMacros(Asciidoctor asciidoctor, GuideSource source, ContentErrors errors) {
        GuideMacros.use(asciidoctor, new GlossaryTermMacro(source, errors), new CitationMacro(source, errors));
    }
}
