package org.kotkinguide.build;

import org.kotkinguide.assemble.GeneratedPages;
import org.kotkinguide.cache.DiskCache;
import org.kotkinguide.cache.KeptPdfs;
import org.kotkinguide.check.LeftoverMacros;
import org.kotkinguide.check.LinkCheck;
import org.kotkinguide.check.TermFirstUse;
import org.kotkinguide.content.ContentError;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.epub.EpubExport;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.index.SearchIndex;
import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Guide;
import org.kotkinguide.offline.OfflinePackage;
import org.kotkinguide.pdf.Edition;
import org.kotkinguide.pdf.PdfExport;
import org.kotkinguide.render.ConversionCache;
import org.kotkinguide.render.PageTemplates;
import org.kotkinguide.render.RenderCache;
import org.kotkinguide.render.RenderedPages;
import org.kotkinguide.render.SiteFiles;
import org.kotkinguide.render.SiteRenderer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Builds one guide: load content → convert the pages → render the site → index for search → assemble the generated
 * pages → PDFs → offline zip → check links → publish. Every stage works in a staging folder; the output is
 * replaced only when all of them succeeded.
 */
public final class GuideBuild {
    /** Where the site keeps its downloads, relative to its root. */
    public static final String DOWNLOADS = "downloads";
    public static final String PDF = "study-guide.pdf";
    public static final String ZIP = "study-guide-offline.zip";
    public static final String EPUB = "study-guide.epub";
    public static final String HANDOUTS = "handouts";

    private final BuildOptions options;
    private final OutputFolder output;
    private final Progress progress;
    /** Kept between runs of this build (the preview server's), so a rebuild converts only changed pages. */
    private final ConversionCache conversions = new ConversionCache();
    /** And pages laid out by the templates, so a rebuild runs them only for pages whose HTML can have changed. */
    private final RenderCache layouts = new RenderCache();
    /** Likewise keep each checked page's links and ids, and each chapter's first-use warnings, so a rebuild reads only pages that changed. */
    private final LinkCheck linkCheck = new LinkCheck();
    private final TermFirstUse firstUse = new TermFirstUse();
    /** The last run's warnings: they do not stop a build. */
    private List<ContentError> warnings = List.of();
    /** Whether this build has run before: only a first run (the command line's) may find nothing to do. */
    private boolean built;

    public GuideBuild(BuildOptions options, PrintStream console) {
        this.options = options;
        this.output = new OutputFolder(options.output());
        this.progress = new Progress(console);
    }

    /** The warnings of the last run (a term named before it is linked), in the order found. */
    public List<ContentError> warnings() {
        return warnings;
    }

    /**
     * Runs the build; throws {@link org.kotkinguide.content.GuideBuildException} with every located error.
     * Returns the guide's model, or null when nothing changed since the last build and nothing was done.
     */
    public Guide run() {
        Logging.quiet();
        progress.start();
        // a site that a killed build left aside is put back first, whatever becomes of this build
        output.recover();
        // what earlier builds kept beside the site; Asciidoctor (JRuby) starts only for a page not kept there
        DiskCache kept = DiskCache.in(output.target().resolveSibling(DiskCache.FOLDER), options.cache());
        if (kept.problem() != null) {
            progress.say("warning: " + kept.problem());
        }
        // a command-line build whose inputs and output are as the last build left them has nothing to do
        UpToDate upToDate = new UpToDate(kept, options, output.target());
        List<String> unchanged = built ? null : upToDate.warningsIfUnchanged();
        built = true;
        if (unchanged != null) {
            unchanged.forEach(warning -> progress.say("warning: " + warning));
            progress.done("nothing changed since the last build: " + output.target() + " is up to date");
            return null;
        }
        GuideSource source = GuideLoader.load(options.source());
        Guide guide = source.guide();
        progress.done("read " + count(guide.chapters().size(), "chapter") + ", " + count(guide.terms().size(), "term")
                + ", " + count(guide.references().size(), "reference"));

        // before anything is written: refuse an output that is not the build's to replace
        output.checkReplaceable(source.folder(), List.of(source.contentFolder(), source.templateFolder(), source.assetFolder()));
        CopiesBesideSite copies = new CopiesBesideSite(output.target());
        if (options.pdf()) {
            copies.checkReplaceable(List.of(PDF, EPUB, ZIP, HANDOUTS));
        }

        conversions.keepOn(kept);
        layouts.keepOn(kept);

        Path staging = output.createStaging();
        // files made on the way that are not part of the site (the teacher edition, the zip's download page)
        Path scratch = output.createStaging();
        // the teacher's PDFs are made aside: the website offers only the student edition
        TeacherEdition teacherEdition = options.pdf() && options.pdfEdition() == Edition.TEACHER
                ? new TeacherEdition(scratch.resolve("teacher-" + PDF), scratch.resolve("teacher-" + HANDOUTS)) : null;
        try {
            ContentErrors errors = new ContentErrors();
            PageTemplates templates = new PageTemplates(source, errors, options.pdf());
            RenderedPages rendered = SiteRenderer.convert(source, errors, conversions,
                    () -> progress.done("started Asciidoctor (JRuby)"));
            errors.throwIfAny();
            progress.done("converted " + count(rendered.all().size(), "page")
                    + (conversions.hits() > 0 ? " (" + conversions.hits() + " unchanged since the last build, kept)" : ""));
            SiteFiles files = new SiteFiles(staging, output.target());
            SiteRenderer.bake(source, rendered, templates, layouts, files, errors);
            errors.throwIfAny();
            progress.done("rendered " + count(rendered.all().size(), "page") + " (" + count(guide.chapters().size(), "chapter")
                    + ", " + count(guide.terms().size(), "term")
                    + (layouts.hits() > 0 ? "; " + layouts.hits() + " laid out as in the last build, kept" : "") + ")");
            warnings = firstUse.warnings(source);
            warnings.forEach(warning -> progress.say("warning: " + warning));

            SearchIndex.Summary index = SearchIndex.write(source, rendered, staging);
            GeneratedPages pages = new GeneratedPages(source, templates, staging);
            pages.searchAnd404(rendered);
            pages.flashcards();
            pages.whosWho();
            pages.citationFiles();
            pages.sitemap();
            errors.throwIfAny();
            progress.done("indexed " + count(index.sections(), "section") + ", " + count(index.terms(), "term") + ", "
                    + count(index.references(), "reference") + " (search-index.js " + kilobytes(index.indexBytes()) + ")");

            if (options.pdf()) {
                writePdfs(source, errors, staging, teacherEdition, kept);
                writeEpub(source, errors, staging);
                writeOfflineCopy(source, pages, staging, scratch);
                errors.throwIfAny();
            } else {
                pages.download(staging.resolve("download.html"), false, 0, 0, 0, List.of());
                errors.throwIfAny();
            }

            // from here on nothing may write into the new site: its files may be the published site's
            files.shareUnchanged();
            checkNoMacroLeft(source, errors, staging, teacherEdition);
            errors.throwIfAny();
            int links = linkCheck.run(source, staging, errors);
            errors.throwIfAny();
            progress.done("checked " + count(links, "link"));

            output.publish(staging);
            if (options.pdf()) {
                Path downloads = output.target().resolve(DOWNLOADS);
                copies.publish(Map.of(PDF, teacherEdition != null ? teacherEdition.book() : downloads.resolve(PDF),
                                EPUB, downloads.resolve(EPUB), ZIP, downloads.resolve(ZIP)),
                        Map.of(HANDOUTS, teacherEdition != null ? teacherEdition.handouts() : downloads.resolve(HANDOUTS)));
            }
            progress.done("wrote " + output.target());
            upToDate.record(warnings.stream().map(String::valueOf).toList());
            kept.prune();
            return guide;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // a failed build's entries are whole pages too; none is left half-written by this process
            kept.flush();
            OutputFolder.delete(staging);
            OutputFolder.delete(scratch);
        }
    }

    /** The PDF is the slow output, so each file gets its own progress line. {@code teacher} is null unless asked for. */
    private void writePdfs(GuideSource source, ContentErrors errors, Path staging, TeacherEdition teacher, DiskCache kept)
            throws IOException {
        PdfExport pdf = new PdfExport(source, errors, new KeptPdfs(kept, source));
        Path downloads = staging.resolve(DOWNLOADS);
        progress.say("making the PDFs (the slow part)...");
        int pages = pdf.book(Edition.STUDENT, downloads.resolve(PDF));
        errors.throwIfAny();
        progress.done("wrote " + DOWNLOADS + "/" + PDF + " (student edition, " + count(pages, "page") + ", "
                + kilobytes(Files.size(downloads.resolve(PDF))) + ")");
        pdf.handouts(downloads.resolve(HANDOUTS), Edition.STUDENT, name -> progress.say("  " + name));
        errors.throwIfAny();
        progress.done("wrote " + count(source.guide().chapters().size(), "chapter handout"));
        if (teacher == null) {
            return;
        }
        pdf.book(Edition.TEACHER, teacher.book());
        pdf.handouts(teacher.handouts(), Edition.TEACHER, name -> { });
        errors.throwIfAny();
        progress.done("wrote the teacher edition and its handouts");
    }

    /** The EPUB, beside the PDF in the site's downloads (and so in the offline copy). */
    private void writeEpub(GuideSource source, ContentErrors errors, Path staging) throws IOException {
        Path epub = staging.resolve(DOWNLOADS).resolve(EPUB);
        new EpubExport(source, errors).write(epub);
        errors.throwIfAny();
        progress.done("wrote " + DOWNLOADS + "/" + EPUB + " (" + kilobytes(Files.size(epub)) + ")");
    }

    /**
     * No page, PDF or EPUB may show a term: or cite: macro as typed. The handouts are not read: their
     * chapters, glossary and bibliography are the whole-guide PDF's text, converted by the same macros.
     */
    private void checkNoMacroLeft(GuideSource source, ContentErrors errors, Path staging, TeacherEdition teacher) {
        LeftoverMacros left = new LeftoverMacros(source).site(staging);
        if (options.pdf()) {
            Path downloads = staging.resolve(DOWNLOADS);
            left.epub(downloads.resolve(EPUB)).pdf(downloads.resolve(PDF));
            if (teacher != null) {
                left.pdf(teacher.book());
            }
        }
        left.report(errors);
    }

    /** The teacher's book and handouts, made in the build's scratch folder (removed however the build ends). */
    private record TeacherEdition(Path book, Path handouts) {
    }

    /**
     * The zip holds the whole site, PDFs included, under one folder. Its download page is the offline
     * variant (no zip to offer from inside the zip); the site's own shows the zip's size, so the zip
     * is made first.
     */
    private void writeOfflineCopy(GuideSource source, GeneratedPages pages, Path staging, Path scratch) throws IOException {
        Path downloads = staging.resolve(DOWNLOADS);
        long pdfBytes = Files.size(downloads.resolve(PDF));
        long epubBytes = Files.size(downloads.resolve(EPUB));
        List<String> handouts = source.guide().chapters().stream().map(Chapter::slug).toList();
        Path offlinePage = scratch.resolve("offline-download.html");
        pages.download(offlinePage, true, pdfBytes, epubBytes, 0, handouts);
        String folder = source.properties().getProperty("guide.offline.folder", slug(source.guide().settings().title())).strip();
        Path zip = downloads.resolve(ZIP);
        OfflinePackage.write(staging, zip, folder, List.of(DOWNLOADS + "/" + ZIP, GuideLoader.SITE_MARKER),
                Map.of("download.html", Files.readAllBytes(offlinePage)));
        pages.download(staging.resolve("download.html"), false, pdfBytes, epubBytes, Files.size(zip), handouts);
        progress.done("wrote " + DOWNLOADS + "/" + ZIP + " (" + kilobytes(Files.size(zip)) + ", unzips to " + folder + "/)");
    }

    static String slug(String title) {
        String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "study-guide" : slug;
    }

    static String kilobytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
