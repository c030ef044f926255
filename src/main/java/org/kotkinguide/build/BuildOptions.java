package org.kotkinguide.build;

import org.kotkinguide.pdf.Edition;

import java.nio.file.Path;

/**
 * What to build: the guide folder, the site folder (the PDFs go into its {@code downloads/} and are
 * copied next to it), whether to make the PDFs at all (they are the slow part), and which edition of
 * the whole-guide PDF to put next to the site. The website always offers the student edition.
 */
public record BuildOptions(Path source, Path output, boolean pdf, Edition pdfEdition) {

    public static BuildOptions of(Path source, Path output) {
        return new BuildOptions(source, output, true, Edition.STUDENT);
    }

    public BuildOptions withoutPdf() {
        return new BuildOptions(source, output, false, pdfEdition);
    }
}
