package org.kotkinguide.pdf;

import java.nio.file.Path;
import java.util.Map;
import org.asciidoctor.Options;
import org.asciidoctor.OptionsBuilder;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.convert.AsciidoctorRuntime;
import org.kotkinguide.convert.GuideOptions;
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
    private static String keywords(Guide guide) {
        return ":keywords: study guide, "
                + String.join(
                        ", ",
                        guide.terms().stream().limit(12).map(t -> t.name()).toList()) + "\n";
    }

    /**
     * The header lines the PDF and the EPUB share, after the title line: a book (every chapter starts
     * a new page or file), answers labelled by the book itself, not "Example 6" by Asciidoctor, the
     * author, {@code revnumber} and the keywords.
     */
    public static String header(Guide guide, String title, String revnumber) {
        return "= " + title + "\n"
                + ":doctype: book\n"
                + ":example-caption!:\n"
                + ":author: " + guide.settings().author() + "\n"
                + ":revnumber: " + revnumber + "\n"
                + keywords(guide);
    }

    /**
     * A standalone book for {@code backend} read from {@code baseDir}, with what every conversion
     * shares ({@link GuideOptions}), what every book takes (the guide's language; output that depends
     * on the text only) and {@code own}; {@code label} ("pdf", "epub") is where the macros say they stand.
     */
    public static OptionsBuilder options(
            GuideSource source, String backend, String label, Path baseDir, Map<String, Object> own) {
        Map<String, Object> attributes = new java.util.HashMap<>(own);
        attributes.put("lang", source.guide().settings().language());
        // unless a book unsets it ("reproducible!"): the EPUB dates itself instead
        if (!own.containsKey("reproducible!")) {
            attributes.put("reproducible", "");
        }
        return GuideOptions.options(baseDir, "(" + label + ")", attributes)
                .backend(backend)
                .standalone(true);
    }

    /** Converts {@code asciidoc} with the guide's macros; each warning is an error at "({@code label}) file" and its line. */
    public static void convert(
            GuideSource source, ContentErrors errors, String label, Path file, String asciidoc, Options options) {
        AsciidoctorRuntime.activateBookGems();
        GuideOptions.converting(
                source,
                errors,
                "(" + label + ") " + file.getFileName(),
                label,
                asciidoctor -> asciidoctor.convert(asciidoc, options));
    }
}
