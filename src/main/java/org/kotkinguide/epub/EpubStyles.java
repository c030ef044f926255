package org.kotkinguide.epub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.kotkinguide.files.FileWrites;

/**
 * The EPUB's stylesheet: asciidoctor-epub3's own, read from its jar at build time, with the guide's
 * rules after it. Its headings pull the next line up (a negative bottom margin) so descenders touch
 * it, its paragraphs are justified (wide gaps on a phone), and its example titles (the answers'
 * questions) are plain text.
 */
final class EpubStyles {
    private EpubStyles() {}

    private static final String PREFIX = "gems/asciidoctor-epub3-";
    private static final String STYLES = "/data/styles/";

    static final String GUIDE_RULES = """

            /* the study guide's rules */
            h1, h2, h3, h4, h5, h6 { margin-bottom: 0.4em; line-height: 1.25; }
            body p, li > span.principal, dd > span.principal { text-align: left; }
            div.example-title { font-weight: bold; color: #7A2417; margin: 1.5em 0 0.4em 0; line-height: 1.3; }
            div.example-content { border-left: 3px solid #DDD6C8; padding-left: 0.75em; }
            p.answer-back { font-size: 0.9em; }
            """;

    /** Writes the stylesheets into {@code folder}; returns it, for {@code epub3-stylesdir}. */
    static Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        boolean found = false;
        for (URL url : Collections.list(EpubStyles.class.getClassLoader().getResources("specifications/"))) {
            if (!(url.openConnection() instanceof JarURLConnection connection)) {
                continue;
            }
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (name.startsWith(PREFIX) && name.contains(STYLES) && name.endsWith(".scss")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            FileWrites.bytes(
                                    folder.resolve(name.substring(name.lastIndexOf('/') + 1)), in.readAllBytes());
                        }
                        found = true;
                    }
                }
            }
        }
        if (!found) {
            throw new UncheckedIOException(
                    new IOException("asciidoctor-epub3's stylesheets are not on the class path"));
        }
        FileWrites.text(folder.resolve("epub3.scss"), GUIDE_RULES, StandardOpenOption.APPEND);
        return folder;
    }
}
