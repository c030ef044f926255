package org.kotkinguide.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Sha256;
import org.kotkinguide.content.Theme;
import org.kotkinguide.settings.Accent;

/**
 * The asciidoctor-pdf theme a guide's PDFs use: {@code study-guide} from the guide's
 * {@code templates/pdf/} or the tool's (see {@link Theme#pdfThemeFolder}); with {@code guide.accent},
 * a theme that extends it with the accent, darkened for paper, on headings, links and the title.
 *
 * @param folder {@code pdf-themesdir}
 * @param name   {@code pdf-theme}
 */
record PdfTheme(Path folder, String name) {
    static PdfTheme of(GuideSource source) {
        Path folder = Theme.pdfThemeFolder(source);
        String accent = source.settings().look().accent();
        if (accent.isEmpty()) {
            return new PdfTheme(folder, Theme.PDF_THEME);
        }
        String colour = Accent.parse(accent).forPaper().pdf();
        Path base = folder.resolve(Theme.PDF_THEME + "-theme.yml").toAbsolutePath();
        // the keys the tool's theme gives the accent; a guide's own theme may set them again after 'extends'
        String yaml = "# made by the build from guide.accent\n"
                + "extends: '" + base.toString().replace("'", "''") + "'\n"
                + "heading:\n  font_color: " + colour + "\n"
                + "link:\n  font_color: " + colour + "\n"
                + "title_page:\n  title:\n    font_color: " + colour + "\n"
                + "toc:\n  h2_font_color: " + colour + "\n";
        try {
            String key = Sha256.hex(yaml + "\u0000" + org.kotkinguide.content.BuildInputs.state(base))
                    .substring(0, 16);
            Path aside = Path.of(System.getProperty("java.io.tmpdir")).resolve("study-guide-pdf-accent-" + key);
            Path file = aside.resolve("accent-theme.yml");
            if (!Files.isRegularFile(file)) {
                Files.createDirectories(aside);
                Path part = Files.createTempFile(aside, "accent-theme", ".part");
                Files.writeString(part, yaml, StandardCharsets.UTF_8);
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return new PdfTheme(aside, "accent");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF theme with the accent colour", e);
        }
    }
}
