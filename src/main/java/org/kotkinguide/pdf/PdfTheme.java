package org.kotkinguide.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.kotkinguide.content.BuildInputs;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Sha256;
import org.kotkinguide.content.Theme;
import org.kotkinguide.files.FileWrites;
import org.kotkinguide.settings.Accent;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The asciidoctor-pdf theme a guide's PDFs use: {@code study-guide} from the guide's
 * {@code templates/pdf/} or the tool's (see {@link Theme#pdfThemeFolder}); with {@code guide.accent},
 * a theme that extends it with the accent, darkened for paper, on headings, links and the title.
 *
 * @param folder {@code pdf-themesdir}
 * @param name   {@code pdf-theme}
 */
public record PdfTheme(Path folder, String name) {
    /** The theme file's name in a {@code pdf/} templates folder. */
    static final String FILE = Theme.PDF_THEME + "-theme.yml";

    static PdfTheme of(GuideSource source) {
        Path folder = Theme.pdfThemeFolder(source);
        String accent = source.settings().look().accent();
        if (accent.isEmpty()) {
            return new PdfTheme(folder, Theme.PDF_THEME);
        }
        String colour = Accent.parse(accent).forPaper().pdf();
        Path base = folder.resolve(FILE).toAbsolutePath();
        // the keys the tool's theme gives the accent; a guide's own theme may set them again after 'extends'
        String yaml = "# made by the build from guide.accent\n"
                + "extends: '" + base.toString().replace("'", "''") + "'\n"
                + "heading:\n  font_color: " + colour + "\n"
                + "link:\n  font_color: " + colour + "\n"
                + "title_page:\n  title:\n    font_color: " + colour + "\n"
                + "toc:\n  h2_font_color: " + colour + "\n";
        try {
            String key = Sha256.hex(yaml + "\u0000" + BuildInputs.state(base)).substring(0, 16);
            Path aside = Path.of(System.getProperty("java.io.tmpdir")).resolve("study-guide-pdf-accent-" + key);
            Path file = aside.resolve("accent-theme.yml");
            if (!Files.isRegularFile(file)) {
                Files.createDirectories(aside);
                Path part = Files.createTempFile(aside, "accent-theme", ".part");
                FileWrites.text(part, yaml);
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return new PdfTheme(aside, "accent");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF theme with the accent colour", e);
        }
    }

    /**
     * The guide's own theme ({@code templates/pdf/study-guide-theme.yml}), read before asciidoctor-pdf reads
     * it: a YAML mistake there makes asciidoctor-pdf print a Ruby warning and fall back to its default look,
     * so it is an error at the theme's own line instead, found by every build and by {@code check}. The
     * tool's own theme is not checked here: it is tested with the tool.
     */
    /** A picture in a theme value: {@code image:bg.png[]}. */
    private static final java.util.regex.Pattern IMAGE = java.util.regex.Pattern.compile("image:([^\\[]+)\\[");

    /** How a theme value that names a file ends. */
    private static final java.util.regex.Pattern FILE_NAME =
            java.util.regex.Pattern.compile("(?i).+\\.(yml|ttf|otf|woff2?|png|jpe?g|gif|svg)$");

    /**
     * Every file the theme files in {@code folder} name (a theme they extend, a picture, a font) lies in that
     * folder: the PDFs are kept on its files, and asciidoctor-pdf reads the others itself, so one elsewhere,
     * changed, would leave every PDF as it was ("nothing changed").
     */
    private static void checkNamedFiles(GuideSource source, Path folder, ContentErrors errors) {
        Path root = folder.toAbsolutePath().normalize();
        for (Path file : source.inputs().files(folder)) {
            if (!file.getFileName().toString().endsWith(".yml")) {
                continue;
            }
            String text;
            Object theme;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
                theme = new Yaml(new LoaderOptions()).load(text);
            } catch (IOException | YAMLException e) {
                continue; // the theme file itself is checked above; another is asciidoctor-pdf's to report
            }
            List<String> named = new java.util.ArrayList<>();
            namedFiles(theme, null, named);
            Path near = file.toAbsolutePath().normalize().getParent();
            for (String path : named) {
                Path resolved = path.startsWith("~") ? null : near.resolve(path).normalize();
                if (resolved == null || !resolved.startsWith(root)) {
                    List<String> lines = text.lines().toList();
                    int line = 0;
                    for (int i = 0; i < lines.size() && line == 0; i++) {
                        if (lines.get(i).contains(path)) {
                            line = i + 1;
                        }
                    }
                    errors.add(
                            BuildInputs.place(source.inputs().guide(), file),
                            line,
                            "the PDF theme names " + path + ", outside its folder: put that file in the folder"
                                    + " of the theme (templates/pdf/), where the build looks for every file of it");
                }
            }
        }
    }

    /** The file paths in a theme's values: what {@code extends} names, pictures, fonts. */
    private static void namedFiles(Object value, Object key, List<String> named) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> namedFiles(v, k, named));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> namedFiles(v, key, named));
        } else if (value instanceof String text) {
            java.util.regex.Matcher image = IMAGE.matcher(text);
            if (image.find()) {
                named.add(image.group(1).strip());
            } else if (FILE_NAME.matcher(text.strip()).matches() && !text.contains("://")) {
                named.add(text.strip());
            } else if ("extends".equals(key) && text.strip().endsWith(".yml")) {
                named.add(text.strip());
            }
        }
    }

    public static void check(GuideSource source, ContentErrors errors) {
        Path file = source.templateFolder().resolve("pdf").resolve(FILE);
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
            } else {
                checkNamedFiles(source, file.getParent(), errors);
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
