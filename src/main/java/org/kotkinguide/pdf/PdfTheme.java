package org.kotkinguide.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.kotkinguide.content.BuildInputs;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The PDF theme ({@code templates/pdf/study-guide-theme.yml}), read before asciidoctor-pdf reads it: a
 * YAML mistake there makes asciidoctor-pdf print a Ruby warning and fall back to its default look, so it
 * is an error at the theme's own line instead, found by every build and by {@code check}.
 */
public final class PdfTheme {
    /** The theme's name, as asciidoctor-pdf is given it, and its file in the templates' {@code pdf/} folder. */
    static final String NAME = "study-guide";

    static final String FILE = NAME + "-theme.yml";

    private PdfTheme() {}

    /** The folder asciidoctor-pdf looks for the theme in. */
    static Path folder(GuideSource source) {
        return source.templateFolder().resolve("pdf");
    }

    /** An error at the theme's line when it is not YAML, or not a mapping of settings. */
    public static void check(GuideSource source, ContentErrors errors) {
        Path file = folder(source).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        String shown = BuildInputs.place(source.inputs().guide(), file);
        String text;
        try {
            text = new String(source.inputs().read(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            errors.add(shown, 0, "cannot read the PDF theme: " + e.getMessage());
            return;
        }
        try {
            Object theme = new Yaml(new LoaderOptions()).load(text);
            if (theme != null && !(theme instanceof Map)) {
                errors.add(shown, 1, "the PDF theme must be settings ('key: value' lines), not a single value");
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            errors.add(
                    shown,
                    mark == null ? 0 : mark.getLine() + 1,
                    "the PDF theme is not valid YAML: " + e.getProblem()
                            + " (look at this line's indentation, its ':' after the key, and its quotes; the line"
                            + " above may be where it starts)");
        } catch (YAMLException e) {
            errors.add(shown, 0, "the PDF theme is not valid YAML: " + e.getMessage());
        }
    }
}
