package org.kotkinguide.build;

/**
 * The stages of a build, in the order they run, by the names their reports carry. Each is the work
 * of one package (named here), behind the one shape every stage has ({@link Stage}); a build runs
 * only the ones it needs (no PDFs with {@code --no-pdf}, nothing after the first when nothing changed).
 */
public enum BuildStage {
    /** Whether anything changed since the last command-line build ({@code build}: {@code UpToDate}). */
    CHECK_FOR_CHANGES("check for changes"),
    /** Read the settings, every page's header and the references into the model ({@code content}). */
    LOAD("load"),
    /** Start JRuby for Asciidoctor, the first time a page has to be converted ({@code render}). */
    START_ASCIIDOCTOR("start Asciidoctor"),
    /** Convert each page from AsciiDoc, or take it from the cache ({@code render}). */
    CONVERT("convert"),
    /** Lay out each page with the templates through JBake, or take it from the cache ({@code render}). */
    LAY_OUT("lay out"),
    /** Write the search documents ({@code index}). */
    INDEX("index"),
    /** Render the pages no source file stands behind: search, 404, the one-page edition, flashcards, citations ({@code assemble}). */
    GENERATE_PAGES("generate pages"),
    /** The student edition's PDF book ({@code pdf}). */
    EXPORT_PDF("export PDF"),
    /** One PDF handout per chapter ({@code pdf}). */
    EXPORT_HANDOUTS("export handouts"),
    /** The teacher edition's book and handouts, when asked for ({@code pdf}). */
    EXPORT_TEACHER_EDITION("export teacher edition"),
    /** The EPUB ({@code epub}). */
    EXPORT_EPUB("export EPUB"),
    /** The offline zip of the finished site ({@code offline}). */
    EXPORT_ZIP("export zip"),
    /** Follow every link of the finished site ({@code check}). */
    VERIFY("verify"),
    /** Swap the new site into place, and the copies beside it ({@code build}). */
    PUBLISH("publish");

    private final String label;

    BuildStage(String label) {
        this.label = label;
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
