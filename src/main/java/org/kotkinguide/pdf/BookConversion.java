package org.kotkinguide.pdf;

import java.nio.file.Path;
import java.util.Map;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.OptionsBuilder;
import org.asciidoctor.SafeMode;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.convert.AsciidoctorRuntime;
import org.kotkinguide.convert.GuideConversion;
import org.kotkinguide.macros.MacroSite;
import org.kotkinguide.model.Guide;

/**
 * What the PDF and the EPUB do alike when Asciidoctor converts a book: the title and keywords of
 * its header, the options and attributes both convert with, and every Asciidoctor warning recorded
 * as an error of the file being made.
 */
public final class BookConversion {
    private BookConversion() {}

    /** The guide's title, and its subtitle after a colon when it has one. */
    public static String title(Guide guide) {
        return guide.settings().title()
                + (guide.settings().subtitle().isEmpty()
                        ? ""
                        : ": " + guide.settings().subtitle());
    }

    /** The header's keywords line (metadata for readers and search): up to twelve of the guide's terms. */
    public static String keywords(Guide guide) {
        return ":keywords: study guide, "
                + String.join(
                        ", ",
                        guide.terms().stream().limit(12).map(t -> t.name()).toList()) + "\n";
    }

    /**
     * A standalone book in SAFE mode read from {@code baseDir}, with the attributes every book takes
     * (ids written as the site writes them; the guide's language; output that depends on the text only) and {@code own}; {@code label} ("pdf", "epub") is where the macros say they stand.
     */
    public static OptionsBuilder options(
            GuideSource source, String backend, String label, Path baseDir, Map<String, Object> own) {
        return Options.builder()
                .backend(backend)
                .standalone(true)
                .safe(SafeMode.SAFE)
                .baseDir(baseDir.toFile())
                .attributes(Attributes.builder()
                        .attribute(MacroSite.SOURCE_ATTRIBUTE, "(" + label + ")")
                        .attribute("lang", source.guide().settings().language())
                        .attributes(AsciidoctorRuntime.ID_ATTRIBUTES)
                        // unless a book unsets it ("reproducible!"): the EPUB dates itself instead
                        .attribute("reproducible", own.containsKey("reproducible!") ? null : "")
                        .attributes(own)
                        .build());
    }

    /** Converts {@code asciidoc} with the guide's macros; each warning is an error at "({@code label}) file" and its line. */
    public static void convert(
            GuideSource source, ContentErrors errors, String label, Path file, String asciidoc, Options options) {
        Asciidoctor asciidoctor = AsciidoctorRuntime.get();
        synchronized (asciidoctor) {
            GuideConversion.registerMacros(asciidoctor, source, errors);
            AsciidoctorRuntime.withWarningsTo(
                    record -> errors.add(
                            "(" + label + ") " + file.getFileName(),
                            record.getCursor() == null ? 0 : record.getCursor().getLineNumber(),
                            record.getMessage()),
                    () -> asciidoctor.convert(asciidoc, options));
        }
    }
}
