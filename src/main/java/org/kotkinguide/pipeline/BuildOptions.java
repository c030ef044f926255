package org.kotkinguide.pipeline;

import java.nio.file.Path;
import org.kotkinguide.pdf.Edition;

/**
 * What to build: the guide folder, the site folder (the PDFs go into its {@code downloads/} and are
 * copied next to it), whether to make the PDFs at all (they are the slow part), and which edition of
 * the whole-guide PDF to put next to the site (null: as {@code guide.pdf.edition} says). The website
 * always offers the student edition.
 * With {@code cache}, what a build makes is kept beside the site ({@code .guide-cache}) and taken
 * from there by the next build whose inputs are unchanged; without it ({@code --no-cache}) every
 * output is made anew and the cache refilled. With {@code verbose}, the build says why each stage
 * kept or redid its work.
 */
public record BuildOptions(Path source, Path output, boolean pdf, Edition pdfEdition, boolean cache, boolean verbose) {

    public BuildOptions(Path source, Path output, boolean pdf, Edition pdfEdition, boolean cache) {
        this(source, output, pdf, pdfEdition, cache, false);
    }

    public BuildOptions(Path source, Path output, boolean pdf, Edition pdfEdition) {
        this(source, output, pdf, pdfEdition, true);
    }

    public static BuildOptions of(Path source, Path output) {
        return new BuildOptions(source, output, true, Edition.STUDENT);
    }

    public BuildOptions withoutPdf() {
        return new BuildOptions(source, output, false, pdfEdition, cache, verbose);
    }

    /** Reads nothing the last builds kept: every page converted, laid out and made again. */
    public BuildOptions withoutCache() {
        return new BuildOptions(source, output, pdf, pdfEdition, false, verbose);
    }

    /** Says, stage by stage, why the build kept or redid its work ({@code --verbose}). */
    public BuildOptions withVerbose() {
        return new BuildOptions(source, output, pdf, pdfEdition, cache, true);
    }
}
