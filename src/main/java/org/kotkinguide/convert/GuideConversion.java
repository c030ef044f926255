package org.kotkinguide.convert;

import org.asciidoctor.Asciidoctor;
import org.kotkinguide.check.ContentFiles;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.model.Guide;

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
     * {@code started} if this call started it. The pages come back with the guide as converting
     * found it ({@link ConvertedPages#guide()}): the loaded guide is not changed.
     */
    public static ConvertedPages convert(
            GuideSource source, ContentErrors errors, ConversionCache cache, Runnable started) {
        cache.startBuild(source);
        // the content folder's other files are published as they are: none may run script either
        ContentFiles.check(source, errors);
        ConvertedPages rendered;
        PageUses uses = PageUses.none();
        if (cache.holdsEvery(source)) {
            rendered = PageConverter.convertAll(source, errors, cache, uses);
        } else {
            Asciidoctor asciidoctor = AsciidoctorRuntime.get();
            if (AsciidoctorRuntime.firstUseSinceStart()) {
                started.run();
            }
            synchronized (asciidoctor) {
                GuideMacros.use(asciidoctor, source, errors, uses);
                rendered = PageConverter.convertAll(source, errors, cache, uses);
            }
        }
        Guide guide = source.guide();
        // kept pages or converted, the timeline's events take their text from its page
        rendered.convertedFrom(guide.converted(
                uses.terms().usages(), uses.citations().usages(), TimelineTexts.of(source, rendered, errors)));
        return rendered;
    }
}
