package org.kotkinguide.build;

import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.model.Guide;
import org.kotkinguide.index.SearchIndex;
import org.kotkinguide.render.PageTemplates;
import org.kotkinguide.render.RenderedPages;
import org.kotkinguide.render.SiteRenderer;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Builds one guide: load content → render the site → index for search → publish. Every stage works in a staging
 * folder; the output is replaced only when all of them succeeded.
 */
public final class GuideBuild {
    private final Path source;
    private final OutputFolder output;
    private final Progress progress;

    public GuideBuild(Path source, Path output, PrintStream console) {
        this.source = source;
        this.output = new OutputFolder(output);
        this.progress = new Progress(console);
    }

    /** Runs the build; throws {@link org.kotkinguide.content.GuideBuildException} with every located error. */
    public Guide run() {
        Logging.quiet();
        progress.start();
        GuideSource guideSource = GuideLoader.load(source);
        Guide guide = guideSource.guide();
        progress.done("read " + count(guide.chapters().size(), "chapter") + ", " + count(guide.terms().size(), "term")
                + ", " + count(guide.references().size(), "reference"));

        Path staging = output.createStaging();
        try {
            ContentErrors errors = new ContentErrors();
            RenderedPages rendered = SiteRenderer.render(guideSource, staging, errors);
            errors.throwIfAny();
            progress.done("rendered " + count(rendered.all().size(), "page") + " (" + count(guide.chapters().size(), "chapter")
                    + ", " + count(guide.terms().size(), "term") + ")");

            SearchIndex.Summary index = SearchIndex.write(guideSource, rendered, new PageTemplates(guideSource, errors), staging);
            errors.throwIfAny();
            progress.done("indexed " + count(index.sections(), "section") + ", " + count(index.terms(), "term") + ", "
                    + count(index.references(), "reference") + " (search-index.js " + kilobytes(index.indexBytes()) + ")");

            output.publish(staging);
            progress.done("wrote " + output.target());
            return guide;
        } finally {
            OutputFolder.delete(staging);
        }
    }

    static String kilobytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
