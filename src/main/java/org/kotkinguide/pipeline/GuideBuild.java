package org.kotkinguide.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kotkinguide.assemble.GeneratedPages;
import org.kotkinguide.cache.DiskCache;
import org.kotkinguide.cache.KeptPdfs;
import org.kotkinguide.cache.KeyText;
import org.kotkinguide.check.BlockRoles;
import org.kotkinguide.check.LeftoverMacros;
import org.kotkinguide.check.LinkCheck;
import org.kotkinguide.check.QuotationCheck;
import org.kotkinguide.check.TermFirstUse;
import org.kotkinguide.content.ContentError;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideBuildException;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.PageImages;
import org.kotkinguide.content.TimelineReader;
import org.kotkinguide.convert.ConversionCache;
import org.kotkinguide.convert.ConvertedPages;
import org.kotkinguide.convert.GuideConversion;
import org.kotkinguide.epub.EpubExport;
import org.kotkinguide.index.SearchIndex;
import org.kotkinguide.layout.LayoutCache;
import org.kotkinguide.layout.PageTemplates;
import org.kotkinguide.layout.SiteBake;
import org.kotkinguide.layout.SiteFiles;
import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Guide;
import org.kotkinguide.offline.OfflinePackage;
import org.kotkinguide.pdf.Edition;
import org.kotkinguide.pdf.PdfExport;
import org.kotkinguide.pdf.PdfTheme;
import org.kotkinguide.settings.Settings;

/**
 * Builds one guide: check for changes → load content → convert the pages → lay them out → index for search →
 * generate the other pages → PDFs, EPUB, offline zip → check links → publish (see {@link BuildStage}). Every
 * stage works in a staging folder; the output is replaced only when all of them succeeded. Each stage's
 * report (counts, outputs kept and redone, time) is printed as it ends and returned in the {@link BuildResult}.
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
    private final ConversionCache conversions;
    /** And pages laid out by the templates, so a rebuild runs them only for pages whose HTML can have changed. */
    private final LayoutCache layouts;
    /** Likewise keep each checked page's links and ids, and each chapter's first-use warnings, so a rebuild reads only pages that changed. */
    private final LinkCheck linkCheck;
    /** And the pages the leftover-macro check passed, so a rebuild reads only pages that changed. */
    private final LeftoverMacros.Passed macrosPassed;
    /** And the generated pages (decks, search, the one-page edition), so a rebuild reads none from the disk. */
    private final GeneratedPages.InMemory generated;

    private final TermFirstUse firstUse;
    /** The last run's warnings: they do not stop a build. */
    private List<ContentError> warnings = List.of();
    /** Whether this build has run before: only a first run (the command line's) may find nothing to do. */
    private boolean built;

    public GuideBuild(BuildOptions options, PrintStream console) {
        this(
                options,
                new Progress(console),
                new ConversionCache(),
                new LayoutCache(),
                new LinkCheck(),
                new LeftoverMacros.Passed(),
                new GeneratedPages.InMemory(),
                new TermFirstUse());
    }

    private GuideBuild(
            BuildOptions options,
            Progress progress,
            ConversionCache conversions,
            LayoutCache layouts,
            LinkCheck linkCheck,
            LeftoverMacros.Passed macrosPassed,
            GeneratedPages.InMemory generated,
            TermFirstUse firstUse) {
        this.options = options;
        this.output = new OutputFolder(options.output());
        this.progress = progress;
        this.conversions = conversions;
        this.layouts = layouts;
        this.linkCheck = linkCheck;
        this.macrosPassed = macrosPassed;
        this.generated = generated;
        this.firstUse = firstUse;
    }

    /**
     * The same guide built into the same folder with the PDFs, the EPUB and the offline copy ({@code serve
     * --pdf}, after each rebuild of the site without them). It shares this build's kept pages, layouts and
     * checked links, so it converts and lays out nothing the site's build just did: the two must run one at a
     * time.
     */
    public GuideBuild withDownloads(Edition edition) {
        BuildOptions all =
                new BuildOptions(options.source(), options.output(), true, edition, options.cache(), options.verbose());
        return new GuideBuild(all, progress, conversions, layouts, linkCheck, macrosPassed, generated, firstUse);
    }

    /**
     * The same build run again as a new command line would run it (its up-to-date check first), printing to
     * {@code console}, with this one's kept pages, layouts and checked links in memory: the warm build
     * server's next build of the same guide reads from memory what a fresh JVM reads from the disk cache.
     * Every one of them is kept by what it was made from, so files edited between the runs are seen.
     */
    public GuideBuild again(PrintStream console) {
        return new GuideBuild(
                options, new Progress(console), conversions, layouts, linkCheck, macrosPassed, generated, firstUse);
    }

    /**
     * Starts Asciidoctor (JRuby) on a background thread, unless it is started: a preview whose first
     * build took every page from the cache would otherwise start it at the author's first edit
     * (4 to 22 s). A build that needs it meanwhile waits for the same start, never starts a second.
     */
    public static void startConverterInBackground() {
        org.kotkinguide.convert.AsciidoctorRuntime.startInBackground();
    }

    /**
     * Loads the PDF converter (asciidoctor-pdf, 3 to 7 s in a new JVM) on a background thread, unless it is
     * loaded: for a warm JVM waiting after a build with PDFs that kept every PDF and so loaded nothing, whose
     * next edit would otherwise load it while the book's conversions wait. Returns the thread, or null when
     * there is nothing to load; the next build starts once it has ended (join it), never beside it.
     */
    public static Thread loadPdfConverterInBackground() {
        if (org.kotkinguide.pdf.PdfExport.convertersLoaded()) {
            return null;
        }
        Thread load = new Thread(
                () -> {
                    long start = System.nanoTime();
                    try {
                        org.kotkinguide.pdf.PdfExport.loadConverters();
                        System.out.printf(
                                "loaded the PDF converter while waiting, in %.1f s%n",
                                (System.nanoTime() - start) / 1e9);
                    } catch (RuntimeException e) {
                        // the next build with PDFs loads it, and reports what is wrong
                    }
                },
                "load the PDF converter");
        load.setDaemon(true);
        load.start();
        return load;
    }

    /** The warnings of the last run (a term named before it is linked), in the order found. */
    public List<ContentError> warnings() {
        return warnings;
    }

    /**
     * Runs the build, stage by stage (see {@link BuildStage}); throws
     * {@link org.kotkinguide.content.GuideBuildException} with every located error. Returns each stage's
     * report and the warnings; when nothing changed since the last build, only the check for changes ran.
     */
    public BuildResult run() {
        Logging.quiet();
        StageRunner stages = new StageRunner(progress);
        try {
            return run(stages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BuildResult run(StageRunner stages) throws IOException {
        // a site that a killed build left aside is put back first, whatever becomes of this build
        output.recover();
        // what earlier builds kept beside the site; Asciidoctor (JRuby) starts only for a page not kept there
        DiskCache kept = DiskCache.in(output.target().resolveSibling(DiskCache.FOLDER), options.cache());
        if (kept.problem() != null) {
            progress.say("warning: " + kept.problem());
        }
        // the settings are read once per run: the up-to-date check, the loader and JBake all take them from here
        Settings settings;
        try {
            settings = GuideLoader.settings(options.source());
        } catch (GuideBuildException e) {
            // said as a good file's are, and kept for `check`
            warnings = e.warnings();
            warnings.forEach(warning -> progress.say(warning.asWarning()));
            throw e;
        }
        // a command-line build whose inputs and output are as the last build left them has nothing to do
        UpToDate upToDate = new UpToDate(kept, options, output.target());
        List<String> unchanged = stages.run(BuildStage.CHECK_FOR_CHANGES, () -> {
            List<String> same = built ? null : upToDate.warningsIfUnchanged();
            if (same != null) {
                same.forEach(progress::say);
            } else if (!built) {
                explain("building: " + upToDate.reason());
            }
            return Stage.Done.of(
                    same,
                    same == null
                            ? null
                            : "nothing changed since the last build: " + output.target() + " is up to date");
        });
        built = true;
        if (unchanged != null) {
            return new BuildResult(stages.reports(), warnings);
        }
        if (upToDate.pagesMayConvert()) {
            // JRuby starts on the other core while the guide is read and the output checked (0.4-0.5 s of an edit)
            startConverterInBackground();
        }
        GuideSource loaded = stages.run(BuildStage.LOAD, () -> load(settings));
        Guide guide = loaded.guide();
        // mistyped or unknown keys: said once here, and kept among the build's warnings
        List<ContentError> settingsWarnings = loaded.settingsWarnings();
        settingsWarnings.forEach(warning -> progress.say(warning.asWarning()));

        // before anything is written: refuse an output that is not the build's to replace
        output.checkReplaceable(
                loaded.folder(), List.of(loaded.contentFolder(), loaded.templateFolder(), loaded.assetFolder()));
        CopiesBesideSite copies = new CopiesBesideSite(output.target());
        if (options.pdf()) {
            copies.checkReplaceable(loaded.folder(), List.of(PDF, EPUB, ZIP, HANDOUTS));
        }

        conversions.keepOn(kept);
        layouts.keepOn(kept);

        Path staging = output.createStaging();
        // files made on the way that are not part of the site (the teacher edition, the zip's download page)
        Path scratch = output.createStaging();
        // the teacher's PDFs are made aside: the website offers only the student edition
        Edition edition = options.pdfEdition() != null ? options.pdfEdition() : Edition.parse(settings.pdfEdition());
        TeacherEdition teacherEdition = options.pdf() && edition == Edition.TEACHER
                ? new TeacherEdition(scratch.resolve("teacher-" + PDF), scratch.resolve("teacher-" + HANDOUTS))
                : null;
        try {
            ContentErrors errors = new ContentErrors();
            checkBeforeConverting(loaded, errors);
            // without the PDFs, the last full build's downloads stay, and the pages keep linking them
            LastDownloads last = new LastDownloads(output.target().resolve(DOWNLOADS));
            List<String> slugs = guide.chapters().stream().map(Chapter::slug).toList();
            // only a whole set: a page must not link a handout the last build did not make
            boolean lastDownloads =
                    !options.pdf() && last.any() && last.handouts(slugs).equals(slugs);
            // read from the pages' text and the terms' names, which the conversion does not change: worked out
            // here, while JRuby may still be starting on the other thread (0.2 s at 200 chapters), and said now,
            // so that a build that then fails says them too (and `check` lists them with its errors)
            warnings = warningsBeforeConverting(loaded, settingsWarnings);
            // the settings' warnings were said when they were read
            warnings.stream().skip(settingsWarnings.size()).forEach(warning -> progress.say(warning.asWarning()));
            ConvertedPages rendered = stages.run(BuildStage.CONVERT, () -> convert(stages, loaded, errors));
            // from here on the guide as the conversion handed it back: where terms and works are used, the timeline's
            // texts
            GuideSource source = loaded.withGuide(rendered.guide());
            PageTemplates templates = new PageTemplates(source, errors, options.pdf() || lastDownloads);
            templates.keepOn(kept);
            SiteFiles files =
                    stages.run(BuildStage.LAY_OUT, () -> layOut(source, rendered, templates, staging, errors));
            if (layouts.reason() != null) {
                explain(
                        layouts.reason().isEmpty()
                                ? "laid out again only the pages whose own content changed"
                                : "laid out every page again: " + layouts.reason());
            }
            stages.run(BuildStage.INDEX, () -> index(source, rendered, files, kept));
            generated.startBuild();
            GeneratedPages pages = stages.run(
                    BuildStage.GENERATE_PAGES,
                    () -> generatePages(
                            source,
                            new GeneratedPages(source, templates, files, kept, generated, layouts.siteKey()),
                            rendered,
                            staging,
                            errors,
                            lastDownloads ? last : null));

            if (options.pdf()) {
                stages.run(BuildStage.VERIFY_SITE, () -> verifyBeforeTheExports(source, staging, errors));
                writeBooks(stages, source, errors, staging, teacherEdition, kept);
                writeOfflineCopy(stages, source, pages, staging, scratch);
                errors.throwIfAny();
            }

            stages.run(BuildStage.VERIFY, () -> verify(source, files, staging, errors, teacherEdition));

            stages.run(BuildStage.PUBLISH, () -> publish(source, staging, copies, teacherEdition, upToDate, kept));
            return new BuildResult(stages.reports(), warnings);
        } finally {
            // a failed build's entries are whole pages too; none is left half-written by this process
            kept.flush();
            OutputFolder.delete(staging);
            OutputFolder.delete(scratch);
        }
    }

    // The stages, each as run() calls it: what it does, and what its report says.

    private Stage.Done<GuideSource> load(Settings settings) {
        GuideSource read = GuideLoader.load(options.source(), settings);
        Guide guide = read.guide();
        return Stage.Done.of(
                        read,
                        "read " + count(guide.chapters().size(), "chapter") + ", "
                                + count(guide.terms().size(), "term") + ", "
                                + count(guide.references().size(), "reference"))
                .counting("chapters", guide.chapters().size())
                .counting("terms", guide.terms().size())
                .counting("references", guide.references().size());
    }

    /** The checks of the author's text that need no conversion, reported with the pages' errors. */
    private static void checkBeforeConverting(GuideSource loaded, ContentErrors errors) {
        // words quoted from the texts the guide is written from must be in them
        QuotationCheck.run(loaded, errors);
        // a mistyped role ("[.answers%collapsible]") would print a self-check's answer under its question
        BlockRoles.run(loaded, errors);
        // an image path must name a file in the content folder: said at the page's line, before any output
        PageImages.check(loaded, errors);
        // a YAML mistake in the PDF theme is said at its line (asciidoctor-pdf would fall back to its own look)
        PdfTheme.check(loaded, errors);
    }

    /** The build's warnings, the settings' first (said when they were read). */
    private List<ContentError> warningsBeforeConverting(GuideSource loaded, List<ContentError> settingsWarnings) {
        return java.util.stream.Stream.of(
                        settingsWarnings,
                        firstUse.warnings(loaded),
                        TimelineReader.chapterTagWarnings(loaded),
                        org.kotkinguide.content.ChapterTitles.sameTitleWarnings(loaded),
                        org.kotkinguide.content.EmptyChapters.warnings(loaded),
                        org.kotkinguide.content.LastUpdated.revdateWarnings(loaded),
                        PageImages.sizeWarnings(loaded),
                        loaded.library().warnings())
                .flatMap(List::stream)
                .toList();
    }

    private Stage.Done<ConvertedPages> convert(StageRunner stages, GuideSource loaded, ContentErrors errors) {
        ConvertedPages converted = GuideConversion.convert(
                loaded,
                errors,
                conversions,
                () -> stages.step(BuildStage.START_ASCIIDOCTOR, "started Asciidoctor (JRuby)"));
        errors.throwIfAny();
        conversions.reasons().forEach(this::explain);
        int pages = converted.all().size();
        return Stage.Done.of(
                        converted,
                        "converted " + count(pages, "page")
                                + (conversions.hits() > 0
                                        ? " (" + conversions.hits() + " unchanged since the last build, kept)"
                                        : ""))
                .counting("pages", pages)
                .keptAndRedone(conversions.hits(), pages - conversions.hits());
    }

    private Stage.Done<SiteFiles> layOut(
            GuideSource source, ConvertedPages rendered, PageTemplates templates, Path staging, ContentErrors errors)
            throws IOException {
        Guide guide = source.guide();
        SiteFiles written = new SiteFiles(staging, output.target());
        SiteBake.bake(source, rendered, templates, layouts, written, errors);
        errors.throwIfAny();
        int pages = rendered.all().size();
        return Stage.Done.of(
                        written,
                        "rendered " + count(pages, "page") + " ("
                                + count(guide.chapters().size(), "chapter")
                                + ", " + count(guide.terms().size(), "term")
                                + (layouts.hits() > 0
                                        ? "; " + layouts.hits() + " laid out as in the last build, kept"
                                        : "")
                                + ")")
                .counting("pages", pages)
                .counting("chapters", guide.chapters().size())
                .counting("terms", guide.terms().size())
                .keptAndRedone(layouts.hits(), pages - layouts.hits());
    }

    private Stage.Done<SearchIndex.Summary> index(
            GuideSource source, ConvertedPages rendered, SiteFiles files, DiskCache kept) throws IOException {
        KeptIndex keptIndex = searchIndex(source, rendered, files, kept, layouts.siteKey());
        SearchIndex.Summary index = keptIndex.summary();
        return Stage.Done.of(
                        index,
                        "indexed " + count(index.sections(), "section") + ", " + count(index.terms(), "term")
                                + ", " + count(index.references(), "reference") + " (search-index.js "
                                + kilobytes(index.indexBytes()) + ")")
                .counting("sections", index.sections())
                .counting("terms", index.terms())
                .counting("references", index.references())
                .counting("bytes", index.indexBytes())
                .keptAndRedone(keptIndex.kept() ? 1 : 0, keptIndex.kept() ? 0 : 1);
    }

    /**
     * The pages are all there: a broken link fails here, in seconds, not after the PDFs; what the exports
     * write is followed once they have written it. A macro printed as typed is looked for at the end, so its
     * error names every output that shows it, the PDF's page and the EPUB's too.
     */
    private Stage.Done<Integer> verifyBeforeTheExports(GuideSource source, Path staging, ContentErrors errors)
            throws IOException {
        int links = linkCheck.run(source, staging, errors, GuideBuild::madeByTheExports);
        errors.throwIfAny();
        return Stage.Done.of(links, "checked " + count(links, "link") + ", before the PDFs,")
                .counting("links", links)
                .keptAndRedone(linkCheck.pagesKept(), linkCheck.pagesParsed());
    }

    private Stage.Done<Integer> verify(
            GuideSource source, SiteFiles files, Path staging, ContentErrors errors, TeacherEdition teacherEdition)
            throws IOException {
        // from here on nothing may write into the new site: its files may be the published site's
        files.shareUnchanged();
        checkNoMacroLeft(source, errors, staging, teacherEdition);
        errors.throwIfAny();
        int links = linkCheck.run(source, staging, errors);
        errors.throwIfAny();
        return Stage.Done.of(links, "checked " + count(links, "link"))
                .counting("links", links)
                .keptAndRedone(linkCheck.pagesKept(), linkCheck.pagesParsed());
    }

    private Stage.Done<Void> publish(
            GuideSource source,
            Path staging,
            CopiesBesideSite copies,
            TeacherEdition teacherEdition,
            UpToDate upToDate,
            DiskCache kept)
            throws IOException {
        output.publish(staging);
        if (options.pdf()) {
            Path downloads = output.target().resolve(DOWNLOADS);
            copies.publish(
                    Map.of(
                            PDF,
                            teacherEdition != null ? teacherEdition.book() : downloads.resolve(PDF),
                            EPUB,
                            downloads.resolve(EPUB),
                            ZIP,
                            downloads.resolve(ZIP)),
                    Map.of(HANDOUTS, teacherEdition != null ? teacherEdition.handouts() : downloads.resolve(HANDOUTS)));
        }
        upToDate.record(source, warnings.stream().map(ContentError::asWarning).toList());
        kept.prune();
        return Stage.Done.of(null, "wrote " + output.target());
    }

    /**
     * The pages no source file stands behind: search, 404, the one-page edition, the flashcard decks,
     * the citation downloads, the sitemap; and without the PDFs the download page (with them, the
     * offline copy writes it, once it knows the files' sizes).
     */
    private Stage.Done<GeneratedPages> generatePages(
            GuideSource source,
            GeneratedPages pages,
            ConvertedPages rendered,
            Path staging,
            ContentErrors errors,
            LastDownloads last)
            throws IOException {
        pages.searchAnd404(rendered);
        int decks = pages.flashcards();
        int whosWho = pages.whosWho();
        int citations = pages.citationFiles();
        boolean sitemap = pages.sitemap();
        if (!options.pdf() && last != null) {
            last.carryInto(
                    staging.resolve(DOWNLOADS),
                    source.guide().chapters().stream().map(Chapter::slug).toList());
            pages.download(
                    staging.resolve("download.html"),
                    false,
                    last.size(PDF),
                    last.size(EPUB),
                    last.size(ZIP),
                    last.handouts(source.guide().chapters().stream()
                            .map(Chapter::slug)
                            .toList()),
                    "These files are from the last full build: they do not show changes made since.");
        } else if (!options.pdf()) {
            pages.download(
                    staging.resolve("download.html"),
                    false,
                    0,
                    0,
                    0,
                    List.of(),
                    "The PDF, the EPUB and the offline copy are missing: this site was built without them"
                            + " (build --no-pdf, or the preview). Build without --no-pdf to make them.");
        }
        errors.throwIfAny();
        explainGenerated(pages);
        // search, 404 and the one-page edition; the download page; the decks; the who's who
        int html = 3 + (options.pdf() ? 0 : 1) + decks + whosWho;
        return Stage.Done.of(
                        pages,
                        "generated " + count(html, "page") + " (" + count(decks, "flashcard deck") + ") and "
                                + count(citations + (sitemap ? 2 : 0), "other file"))
                .counting("pages", html)
                .counting("flashcard decks", decks)
                .counting("citation files", citations)
                // the citation files are kept or made together, and counted as one
                .keptAndRedone(pages.kept().size(), pages.made().size());
    }

    private record KeptIndex(SearchIndex.Summary summary, boolean kept) {}

    /**
     * {@code search-index.js} from the cache when it holds one made from the same inputs: the guide model
     * (in the site's key, with the templates and settings, which cost a rare extra index) and each converted
     * page's URI, title and text.
     */
    private KeptIndex searchIndex(
            GuideSource source, ConvertedPages rendered, SiteFiles files, DiskCache kept, String siteKey)
            throws IOException {
        StringBuilder pages = new StringBuilder(siteKey);
        for (ConvertedPages.RenderedPage page : rendered.all()) {
            pages.append(KeyText.of(java.util.Arrays.asList(page.uri(), page.type(), page.title(), page.text())));
        }
        String key = DiskCache.key("search index", pages.toString());
        // a script, published as it is: kept only from an entry this user's builds sealed
        byte[] entry = kept.sealed() ? kept.get("search-index", key) : null;
        SearchIndex.Script script;
        if (entry != null && entry.length > 12) {
            java.nio.ByteBuffer counts = java.nio.ByteBuffer.wrap(entry, 0, 12);
            byte[] bytes = java.util.Arrays.copyOfRange(entry, 12, entry.length);
            script = new SearchIndex.Script(
                    bytes, new SearchIndex.Summary(counts.getInt(), counts.getInt(), counts.getInt(), bytes.length));
            explain("kept search-index.js: made from the same pages' text and guide model as before");
        } else {
            script = SearchIndex.script(source, rendered);
            SearchIndex.Summary summary = script.summary();
            kept.put(
                    "search-index",
                    key,
                    java.nio.ByteBuffer.allocate(12 + script.bytes().length)
                            .putInt(summary.sections())
                            .putInt(summary.terms())
                            .putInt(summary.references())
                            .put(script.bytes())
                            .array());
            explain("made search-index.js: a page's text or the guide model changed");
        }
        // the same bytes as the published index: a link to it, not a new file
        files.write("search-index.js", script.bytes());
        SearchIndex.writeLunr(files.staging());
        return new KeptIndex(script.summary(), entry != null && entry.length > 12);
    }

    /** With {@code --verbose}: which generated pages were kept, and which made again. */
    private void explainGenerated(GeneratedPages pages) {
        if (!pages.kept().isEmpty()) {
            explain("kept " + count(pages.kept().size(), "generated output")
                    + ": made from the same templates, settings, guide model and page inputs as before");
        }
        if (!pages.made().isEmpty()) {
            List<String> made = pages.made();
            explain("made: " + String.join(", ", made.subList(0, Math.min(8, made.size())))
                    + (made.size() > 8 ? " and " + (made.size() - 8) + " more" : "")
                    + (pages.kept().isEmpty()
                            ? ""
                            : " (what they show changed: a converted chapter, the styles, the download sizes)"));
        }
    }

    /** With {@code --verbose}: why a stage kept or redid its work. */
    private void explain(String why) {
        if (options.verbose()) {
            progress.say("  " + why);
        }
    }

    /**
     * The PDF, the handouts and the EPUB, the slow outputs, none of which needs another: the PDF on this
     * thread and the handouts on the other core, then the EPUB on whichever ends first (measured in
     * docs/benchmarks.md: in a clean build the book, converted once, takes about as long as the four
     * handouts; after an edit, one handout is much the shorter). Each has its own errors and its own count of what it kept, as they run at once. Then the
     * teacher's edition, when asked for ({@code teacher} is null unless it is). Each handout gets its own
     * progress line, as it is made.
     */
    private void writeBooks(
            StageRunner stages,
            GuideSource source,
            ContentErrors errors,
            Path staging,
            TeacherEdition teacher,
            DiskCache kept)
            throws IOException {
        Path downloads = staging.resolve(DOWNLOADS);
        int chapters = source.guide().chapters().size();
        KeptPdfs keptBook = new KeptPdfs(kept, source);
        KeptPdfs keptHandouts = new KeptPdfs(kept, source);
        KeptPdfs keptEpub = new KeptPdfs(kept, source, "epub");
        ContentErrors handoutErrors = new ContentErrors();
        ContentErrors epubErrors = new ContentErrors();
        Path epub = downloads.resolve(EPUB);
        progress.say("making the PDFs (the slow part)...");
        stages.beside(
                new StageRunner.Job<Integer>(BuildStage.EXPORT_PDF, () -> {
                    int pages = new PdfExport(source, errors, keptBook).book(Edition.STUDENT, downloads.resolve(PDF));
                    errors.throwIfAny();
                    long bytes = Files.size(downloads.resolve(PDF));
                    return Stage.Done.of(
                                    pages,
                                    "wrote " + DOWNLOADS + "/" + PDF + " (student edition, "
                                            + count(pages, "page")
                                            + ", " + kilobytes(bytes)
                                            + (keptBook.restored() > 0 ? ", " + KeptPdfs.KEPT : "")
                                            + ")")
                            .counting("pages", pages)
                            .counting("bytes", bytes)
                            .keptAndRedone(keptBook.restored(), 1 - keptBook.restored());
                }),
                new StageRunner.Job<Object>(BuildStage.EXPORT_HANDOUTS, () -> {
                    new PdfExport(source, handoutErrors, keptHandouts)
                            .handouts(downloads.resolve(HANDOUTS), Edition.STUDENT, name -> progress.say("  " + name));
                    handoutErrors.throwIfAny();
                    int restored = keptHandouts.restored();
                    return Stage.Done.of(
                                    null,
                                    "wrote " + count(chapters, "chapter handout")
                                            + (restored > 0 ? " (" + restored + " " + KeptPdfs.KEPT + ")" : "")
                                            + ", beside the PDF,")
                            .counting("handouts", chapters)
                            .keptAndRedone(restored, chapters - restored);
                }),
                new StageRunner.Job<Object>(BuildStage.EXPORT_EPUB, () -> {
                    new EpubExport(source, epubErrors, keptEpub).write(epub);
                    epubErrors.throwIfAny();
                    long bytes = Files.size(epub);
                    int restored = keptEpub.restored();
                    return Stage.Done.of(
                                    null,
                                    "wrote " + DOWNLOADS + "/" + EPUB + " (" + kilobytes(bytes)
                                            + (restored > 0 ? ", " + KeptPdfs.KEPT : "")
                                            + "), beside the PDF and the handouts,")
                            .counting("bytes", bytes)
                            .keptAndRedone(restored, 1 - restored);
                }));
        java.util.stream.Stream.of(keptBook, keptHandouts, keptEpub)
                .flatMap(k -> k.reasons().stream())
                .forEach(this::explain);
        if (teacher == null) {
            return;
        }
        KeptPdfs keptTeacher = new KeptPdfs(kept, source);
        PdfExport pdf = new PdfExport(source, errors, keptTeacher);
        stages.run(BuildStage.EXPORT_TEACHER_EDITION, () -> {
            pdf.book(Edition.TEACHER, teacher.book());
            pdf.handouts(teacher.handouts(), Edition.TEACHER, name -> {});
            errors.throwIfAny();
            int restored = keptTeacher.restored();
            return Stage.Done.of(
                            null,
                            "wrote the teacher edition and its handouts"
                                    + (restored > 0
                                            ? " (" + restored + " of " + (1 + chapters) + " " + KeptPdfs.KEPT + ")"
                                            : ""))
                    .counting("handouts", chapters)
                    .keptAndRedone(restored, 1 + chapters - restored);
        });
        keptTeacher.reasons().forEach(this::explain);
    }

    /**
     * No page, PDF or EPUB may show a term: or cite: macro as typed. The handouts are not read: their
     * chapters, glossary and bibliography are the whole-guide PDF's text, converted by the same macros.
     */
    /** The files of the site the exports make: the downloads, and the download page that gives their sizes. */
    private static boolean madeByTheExports(String path) {
        return path.equals("download.html") || path.startsWith(DOWNLOADS + "/");
    }

    private void checkNoMacroLeft(GuideSource source, ContentErrors errors, Path staging, TeacherEdition teacher) {
        LeftoverMacros left = new LeftoverMacros(source, macrosPassed).site(staging);
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
    private record TeacherEdition(Path book, Path handouts) {}

    /**
     * The zip holds the whole site, PDFs included, under one folder. Its download page is the offline
     * variant (no zip to offer from inside the zip); the site's own shows the zip's size, so the zip
     * is made first.
     */
    private void writeOfflineCopy(
            StageRunner stages, GuideSource source, GeneratedPages pages, Path staging, Path scratch)
            throws IOException {
        stages.run(BuildStage.EXPORT_ZIP, () -> {
            long zipBytes = writeOfflineCopy(source, pages, staging, scratch);
            String folder = source.settings().offlineFolder();
            return Stage.Done.of(
                            null,
                            "wrote " + DOWNLOADS + "/" + ZIP + " (" + kilobytes(zipBytes) + ", unzips to " + folder
                                    + "/)")
                    .counting("bytes", zipBytes)
                    .keptAndRedone(0, 1);
        });
    }

    /** Writes the zip and both download pages; returns the zip's size. */
    private long writeOfflineCopy(GuideSource source, GeneratedPages pages, Path staging, Path scratch)
            throws IOException {
        Path downloads = staging.resolve(DOWNLOADS);
        long pdfBytes = Files.size(downloads.resolve(PDF));
        long epubBytes = Files.size(downloads.resolve(EPUB));
        List<String> handouts =
                source.guide().chapters().stream().map(Chapter::slug).toList();
        Path offlinePage = scratch.resolve("offline-download.html");
        pages.download(offlinePage, true, pdfBytes, epubBytes, 0, handouts);
        String folder = source.settings().offlineFolder();
        Path zip = downloads.resolve(ZIP);
        OfflinePackage.write(
                staging,
                zip,
                folder,
                List.of(DOWNLOADS + "/" + ZIP, GuideLoader.SITE_MARKER),
                Map.of("download.html", Files.readAllBytes(offlinePage)));
        pages.download(staging.resolve("download.html"), false, pdfBytes, epubBytes, Files.size(zip), handouts);
        return Files.size(zip);
    }

    static String kilobytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
