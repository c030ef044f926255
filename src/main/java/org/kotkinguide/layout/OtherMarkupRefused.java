package org.kotkinguide.layout;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.configuration2.Configuration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.ParserEngine;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.SourceNames;

/**
 * JBake's parser for every page format but ours. JBake would publish a {@code .html} file in
 * {@code content/} that has a JBake header as it is, script and all, convert an {@code .ad} or
 * {@code .asciidoc} file with its own Asciidoctor (none of the guide's checks, and not in SAFE mode),
 * and fail on a {@code .yml} with a stack trace. The guide's pages are its {@code .adoc} files: any
 * other such file in the content folder is an error at the file.
 */
final class OtherMarkupRefused implements ParserEngine {
    /** The extensions JBake reads as pages besides {@code adoc}, whether or not their engine is on the class path. */
    static final List<String> EXTENSIONS = List.of("html", "md", "yml", "yaml", "ad", "asciidoc");

    private final GuideSource source;
    private final ContentErrors errors;

    OtherMarkupRefused(GuideSource source, ContentErrors errors) {
        this.source = source;
        this.errors = errors;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        Path relative = source.folder()
                .toAbsolutePath()
                .normalize()
                .relativize(file.toPath().toAbsolutePath().normalize());
        if (!SourceNames.isSource(relative)) {
            return null; // in a hidden folder (JBake's crawl enters them): never a source, never published
        }
        String name = relative.toString().replace('\\', '/');
        errors.add(
                name,
                1,
                "the guide's pages are AsciiDoc (.adoc): JBake would publish this file without the guide's"
                        + " checks; rename it to .adoc, or move it out of the content folder");
        return null;
    }

    // abstract in JBake's ParserEngine though deprecated there: it must be implemented, and is never called
    @SuppressWarnings("deprecation")
    @Override
    public Map<String, Object> parse(Configuration config, File file, String contentPath) {
        return null;
    }
}
