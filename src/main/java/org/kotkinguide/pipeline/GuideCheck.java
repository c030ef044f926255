package org.kotkinguide.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kotkinguide.content.ContentError;
import org.kotkinguide.content.GuideBuildException;
import org.kotkinguide.pdf.Edition;

/**
 * Every check a build makes (headers, macros, cross references, templates, links, first uses, the
 * PDF theme, the PDFs and the EPUB), with nothing written where the user would see it: the whole build,
 * downloads included, runs in a temporary folder and is thrown away. The PDFs and the EPUB are made
 * too, because Asciidoctor's PDF and EPUB converters can fail where the site did not (an image, the theme).
 */
public final class GuideCheck {
    /** What a check found: errors stop a build, warnings do not. */
    public record Findings(List<ContentError> errors, List<ContentError> warnings) {}

    private GuideCheck() {}

    public static Findings run(Path source) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("study-guide-check-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder to check in", e);
        }
        GuideBuild build = new GuideBuild(
                new BuildOptions(source, scratch.resolve("site"), true, Edition.STUDENT),
                new PrintStream(OutputStream.nullOutputStream()));
        try {
            build.run();
            return new Findings(List.of(), build.warnings());
        } catch (GuideBuildException e) {
            return new Findings(e.errors(), build.warnings());
        } finally {
            OutputFolder.delete(scratch);
        }
    }

    /**
     * One finding in the form compilers use and editors and CI annotate:
     * {@code content/chapters/x.adoc:8:1: error: message}. The build reports lines, not columns, so the
     * column is 1; a finding about a whole file is put at its first line.
     */
    public static String format(ContentError finding, String severity) {
        return ContentError.printable(
                finding.file() + ":" + Math.max(1, finding.line()) + ":1: " + severity + ": " + finding.message());
    }
}
