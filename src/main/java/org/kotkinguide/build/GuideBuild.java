package org.kotkinguide.build;

import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.index.SearchIndex;
import org.kotkinguide.model.Guide;
import org.kotkinguide.pdf.Edition;
import org.kotkinguide.pdf.PdfExport;
import org.kotkinguide.render.PageTemplates;
import org.kotkinguide.render.RenderedPages;
import org.kotkinguide.render.SiteRenderer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds one guide: load content → render the site → index for search → PDFs → publish. Every
 * stage works in a staging folder; the output is replaced only when all of them succeeded.
 */
public final class GuideBuild {
    /** Where the site keeps its downloads, relative to its root. */
    public static final String DOWNLOADS = "downloads";
    public static final String PDF = "study-guide.pdf";

    private final BuildOptions options;
    private final OutputFolder output;
    private final Progress progress;

    public GuideBuild(BuildOptions options, PrintStream console) {
        this.options = options;
        this.output = new OutputFolder(options.output());
        this.progress = new Progress(console);
    }

    /** Runs the build; throws {@link org.kotkinguide.content.GuideBuildException} with every located error. */
    public Guide run() {
        Logging.quiet();
        progress.start();
        GuideSource source = GuideLoader.load(options.source());
        Guide guide = source.guide();
        progress.done("read " + count(guide.chapters().size(), "chapter") + ", " + count(guide.terms().size(), "term")
                + ", " + count(guide.references().size(), "reference"));

        Path staging = output.createStaging();
        try {
            ContentErrors errors = new ContentErrors();
            PageTemplates templates = new PageTemplates(source, errors, options.pdf());
            RenderedPages rendered = SiteRenderer.render(source, templates, staging, errors);
            errors.throwIfAny();
            progress.done("rendered " + count(rendered.all().size(), "page") + " (" + count(guide.chapters().size(), "chapter")
                    + ", " + count(guide.terms().size(), "term") + ")");

            SearchIndex.Summary index = SearchIndex.write(source, rendered, templates, staging);
            errors.throwIfAny();
            progress.done("indexed " + count(index.sections(), "section") + ", " + count(index.terms(), "term") + ", "
                    + count(index.references(), "reference") + " (search-index.js " + kilobytes(index.indexBytes()) + ")");

            Path teacherEdition = null;
            if (options.pdf()) {
                teacherEdition = writePdfs(source, errors, staging);
            }

            output.publish(staging);
            if (options.pdf()) {
                // the PDFs also stand next to the site (target/study-guide.pdf, target/handouts/) for teachers
                Path site = output.target();
                OutputFolder.replaceFile(teacherEdition != null ? teacherEdition : site.resolve(DOWNLOADS).resolve(PDF),
                        site.resolveSibling(PDF));
                OutputFolder.replaceFolder(site.resolve(DOWNLOADS).resolve("handouts"), site.resolveSibling("handouts"));
                if (teacherEdition != null) {
                    Files.deleteIfExists(teacherEdition);
                }
            }
            progress.done("wrote " + output.target());
            return guide;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            OutputFolder.delete(staging);
        }
    }

    /** The PDF is the slow output, so each file gets its own progress line. Returns the teacher edition, if asked for. */
    private Path writePdfs(GuideSource source, ContentErrors errors, Path staging) throws IOException {
        PdfExport pdf = new PdfExport(source, errors);
        Path downloads = staging.resolve(DOWNLOADS);
        progress.say("making the PDFs (the slow part)...");
        pdf.book(Edition.STUDENT, downloads.resolve(PDF));
        errors.throwIfAny();
        progress.done("wrote " + DOWNLOADS + "/" + PDF + " (student edition, " + kilobytes(Files.size(downloads.resolve(PDF))) + ")");
        pdf.handouts(downloads.resolve("handouts"), name -> progress.say("  " + name));
        errors.throwIfAny();
        progress.done("wrote " + count(source.guide().chapters().size(), "chapter handout"));
        if (options.pdfEdition() != Edition.TEACHER) {
            return null;
        }
        Path teacher = Files.createTempFile(output.target().getParent(), ".teacher-", ".pdf");
        pdf.book(Edition.TEACHER, teacher);
        errors.throwIfAny();
        progress.done("wrote the teacher edition");
        return teacher;
    }

    static String kilobytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
