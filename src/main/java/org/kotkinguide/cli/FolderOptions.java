package org.kotkinguide.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The guide to read and the site to write, as {@code build} and {@code serve} take them. */
final class FolderOptions {
    @Option(names = "--source", paramLabel = "DIR", description = "the guide's folder (default: the current folder)")
    Path source = Path.of(".");

    @Option(names = "--output", paramLabel = "DIR", description = "the site folder (default: DIR/target/site)")
    Path output;

    Path output() {
        return output != null ? output : source.resolve("target").resolve("site");
    }
}
