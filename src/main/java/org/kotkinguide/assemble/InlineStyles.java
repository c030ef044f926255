package org.kotkinguide.assemble;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.kotkinguide.content.Sha256;

/**
 * The guide's stylesheets as one {@code <style>} text, with the hash the page's Content-Security-Policy
 * names to allow it. For {@code 404.html}, which a host serves at any missing address, however deep:
 * a stylesheet link relative to the page would miss there, inline styles cannot.
 *
 * @param css    {@code vars.css} first, then the other sheets A–Z, then {@code print.css} inside {@code @media print}
 * @param sha256 its hash as a CSP source names it, without the quotes: {@code sha256-…}
 */
public record InlineStyles(String css, String sha256) {

    /** @param sheets each stylesheet by its file name ({@code vars.css}) */
    public static InlineStyles of(java.util.SortedMap<String, Path> sheets) {
        List<Path> files = List.copyOf(sheets.values());
        return of(files);
    }

    public static InlineStyles of(Path cssFolder) {
        List<Path> sheets;
        try (Stream<Path> files = Files.list(cssFolder)) {
            sheets = files.filter(f -> f.toString().endsWith(".css")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(sheets);
    }

    private static InlineStyles of(List<Path> sheets) {
        StringBuilder css = new StringBuilder();
        sheets.stream()
                .filter(f -> name(f).equals("vars.css"))
                .forEach(f -> css.append(read(f)).append('\n'));
        sheets.stream()
                .filter(f -> !name(f).equals("vars.css") && !name(f).equals("print.css"))
                .forEach(f -> css.append(read(f)).append('\n'));
        sheets.stream()
                .filter(f -> name(f).equals("print.css"))
                .forEach(f -> css.append("@media print {\n").append(read(f)).append("}\n"));
        // "</style" inside the text would end the element early
        String text = css.toString().replace("</", "<\\/");
        byte[] digest = Sha256.of(text.getBytes(StandardCharsets.UTF_8));
        return new InlineStyles(text, "sha256-" + Base64.getEncoder().encodeToString(digest));
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
