package org.kotkinguide.convert;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.OptionsBuilder;
import org.asciidoctor.SafeMode;
import org.kotkinguide.content.ContentError;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.PageImages;
import org.kotkinguide.macros.MacroSite;

/**
 * What every conversion of the guide shares, the site's pages, the PDFs and the EPUB alike, set here
 * only: SAFE mode read from one folder, line numbers for messages, section ids written one way (so a
 * link written for one output lands in all), the file the macros say they stand in, the guide's
 * macros and statement labels, and every Asciidoctor warning an error of the file being converted.
 */
public final class GuideOptions {
    /** How every conversion writes section ids: {@code == The Terror} is {@code #the-terror} everywhere. */
    private static final Map<String, Object> IDS = Map.of("idprefix", "", "idseparator", "-");

    private GuideOptions() {}

    /**
     * Options reading from {@code baseDir} (SAFE mode jails includes and images there), with
     * {@code file} named in the macros' messages and {@code attributes} of the conversion's own.
     */
    public static OptionsBuilder options(Path baseDir, String file, Map<String, Object> attributes) {
        return Options.builder()
                .safe(SafeMode.SAFE)
                .sourcemap(true)
                .baseDir(baseDir.toFile())
                .attributes(Attributes.builder()
                        .attribute(MacroSite.SOURCE_ATTRIBUTE, file)
                        .attributes(IDS)
                        .attributes(attributes)
                        .build());
    }

    /**
     * Runs {@code work} on the process's Asciidoctor with this build's macros (which note no uses: only
     * the site's pages do), each warning an error at {@code file} and its line; an image the converter
     * cannot use is said at the page and line that show it, naming the {@code output} (the PDF, the EPUB).
     */
    public static <T> T converting(
            GuideSource source, ContentErrors errors, String file, String output, Function<Asciidoctor, T> work) {
        Asciidoctor asciidoctor = AsciidoctorRuntime.get();
        synchronized (asciidoctor) {
            GuideMacros.use(asciidoctor, source, errors, PageUses.none());
            return AsciidoctorRuntime.withWarningsTo(
                    record -> {
                        ContentError image = PageImages.at(source, record.getMessage());
                        if (image != null) {
                            errors.add(image.file(), image.line(), image.message() + " (in the " + output + ")");
                        } else {
                            errors.add(
                                    file,
                                    record.getCursor() == null
                                            ? 0
                                            : record.getCursor().getLineNumber(),
                                    record.getMessage());
                        }
                    },
                    () -> work.apply(asciidoctor));
        }
    }

    /** Runs {@code work} with each Asciidoctor warning or error recorded as an error at {@code file} and its line. */
    static <T> T warningsAsErrors(ContentErrors errors, String file, Supplier<T> work) {
        return AsciidoctorRuntime.withWarningsTo(
                record -> errors.add(
                        file,
                        record.getCursor() == null ? 0 : record.getCursor().getLineNumber(),
                        record.getMessage()),
                work);
    }
}
