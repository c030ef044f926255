package org.kotkinguide.content;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The one rule for which names in the guide can be sources. A hidden file or folder ({@code .git},
 * {@code .env}, {@code .DS_Store}) or an editor's backup or swap file ({@code chapter.adoc~},
 * {@code .chapter.adoc.swp}, {@code #chapter.adoc#}, {@code notes.bak}) never is: the build does not
 * list, read, include, embed, copy or publish it, wherever it lies in the content, asset or template
 * folder. Every listing of the guide's files ({@link BuildInputs#files}) and every read Asciidoctor
 * makes ({@code convert.AsciidoctorReads}) asks here.
 */
public final class SourceNames {
    private SourceNames() {}

    /** Whether {@code relative} (a path inside a folder of the guide) names no hidden or backup part. */
    public static boolean isSource(Path relative) {
        for (Path part : relative) {
            if (!isSourceName(part.toString())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a single file or folder name can be a source. */
    public static boolean isSourceName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !(name.startsWith(".")
                || name.endsWith("~")
                || (name.length() > 1 && name.startsWith("#") && name.endsWith("#"))
                || lower.endsWith(".swp")
                || lower.endsWith(".swo")
                || lower.endsWith(".bak"));
    }
}
