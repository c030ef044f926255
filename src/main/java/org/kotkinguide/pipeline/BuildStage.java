package org.kotkinguide.pipeline;

/**
 * The stages of a build, in the order they run, by the names their reports carry. Each is the work
 * of one package ({@link #packageName()}), behind the one shape every stage has ({@link Stage}); a build runs
 * only the ones it needs (no PDFs with {@code --no-pdf}, nothing after the first when nothing changed).
 */
public enum BuildStage {
    /** Whether anything changed since the last command-line build ({@code UpToDate}). */
    CHECK_FOR_CHANGES("check for changes", "pipeline"),
    /** Read every page's header and the references into the model (the settings are read before any stage). */
    LOAD("load", "content"),
    /** Start JRuby for Asciidoctor, the first time a page has to be converted . */
    START_ASCIIDOCTOR("start Asciidoctor", "convert"),
    /** Convert each page from AsciiDoc, or take it from the cache . */
    CONVERT("convert", "convert"),
    /** Lay out each page with the templates through JBake, or take it from the cache . */
    LAY_OUT("lay out", "layout"),
    /** Write the search documents. */
    INDEX("index", "index"),
    /** Render the pages no source file stands behind: search, 404, the one-page edition, flashcards, citations. */
    GENERATE_PAGES("generate pages", "assemble"),
    /**
     * Only when the PDFs are made: follow the site's links before them, so a broken link fails the build in
     * seconds rather than after the slowest stages.
     */
    VERIFY_SITE("verify the site first", "check"),
    /** The student edition's PDF book. */
    EXPORT_PDF("export PDF", "pdf"),
    /** One PDF handout per chapter. */
    EXPORT_HANDOUTS("export handouts", "pdf"),
    /** The teacher edition's book and handouts, when asked for. */
    EXPORT_TEACHER_EDITION("export teacher edition", "pdf"),
    /** The EPUB. */
    EXPORT_EPUB("export EPUB", "epub"),
    /** The offline zip of the finished site. */
    EXPORT_ZIP("export zip", "offline"),
    /** Follow every link of the finished site. */
    VERIFY("verify", "check"),
    /** Swap the new site into place, and the copies beside it. */
    PUBLISH("publish", "pipeline");

    private final String label;
    private final String packageName;

    BuildStage(String label, String packageName) {
        this.label = label;
        this.packageName = packageName;
    }

    /** The package under {@code org.kotkinguide} whose work the stage is, as README's stage table names it. */
    public String packageName() {
        return packageName;
    }

    /** The stage's name as the benchmark and the README print it. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
