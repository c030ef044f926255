package org.kotkinguide.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The guide to read and the site to write, as {@code build} and {@code serve} take them. */
final class FolderOptions {
    @Option(names = "--source", paramLabel = "DIR", description = "the guide's folder (default: the current folder)")
    Path source = Path.of(".");

    @Option(
            names = "--output",
            paramLabel = "DIR",
            description = "the site folder (default: DIR/target/site; for serve, DIR/target/preview)")
    Path output;

    Path output() {
        return output != null ? output : source.resolve("target").resolve("site");
    }

    /**
     * The preview's own folder: serving never replaces the site a full build made (with its PDFs,
     * EPUB and zip), which the author may be about to publish.
     */
    Path previewOutput() {
        return output != null ? output : source.resolve("target").resolve("preview");
    }
}
