package org.kotkinguide.starter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kotkinguide.files.FileWrites;

/**
 * Writes a new guide from the starter shipped in the jar ({@code starter/}: settings, a short README,
 * a home page, two chapters, two terms, a timeline and a bibliography with one placeholder reading).
 * No templates or assets: the guide is laid out with the tool's own theme until it puts a file of its
 * own in their place. It writes only into a new or empty folder.
 */
public final class NewGuide {
    private static final Pattern READING_KEY = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]*$");
    /** Files whose text names the guide's title or reading. */
    private static final List<String> FILLED_IN = List.of(
            "README.md",
            "jbake.properties",
            "content/index.adoc",
            "content/chapters/first-chapter.adoc",
            "content/references.bib",
            "content/timeline.adoc");

    private NewGuide() {}

    /**
     * Writes the guide into {@code folder}; {@code command} is how the tool is started here (its README
     * shows it). A wrong argument is an {@link IllegalArgumentException} saying which.
     */
    public static void write(Path folder, String title, String readingKey, String command) {
        if (title == null || title.isBlank() || title.contains("\n") || title.contains("\r")) {
            throw new IllegalArgumentException(
                    "--title takes the guide's title on one line, e.g. --title \"Notes on Dante\"");
        }
        if (!READING_KEY.matcher(readingKey).matches()) {
            throw new IllegalArgumentException(
                    "--reading-key takes a BibTeX key: letters, digits, '-' and '_', starting"
                            + " with a letter (e.g. smith2020), found '" + readingKey + "'");
        }
        refuseUnlessEmpty(folder);
        try {
            Files.createDirectories(folder);
            copyStarter(folder, title.strip(), readingKey, command);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the new guide into " + folder, e);
        }
    }

    private static void refuseUnlessEmpty(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is a file: name a new or empty folder for the guide");
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                if (files.findAny().isPresent()) {
                    throw new IllegalArgumentException(folder + " is not empty: 'new' writes a guide only into a new or"
                            + " empty folder, so that nothing of yours is overwritten");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
        }
    }

    private static void copyStarter(Path folder, String title, String readingKey, String command) throws IOException {
        withStarter(starter -> {
            try (Stream<Path> walk = Files.walk(starter)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = starter.relativize(file).toString().replace('\\', '/');
                    // Maven leaves dot-files out of a jar, so the starter keeps its .gitignore as 'gitignore'
                    Path target = folder.resolve(name.equals("gitignore") ? ".gitignore" : name);
                    Files.createDirectories(target.getParent());
                    if (FILLED_IN.contains(name)) {
                        String text = Files.readString(file, StandardCharsets.UTF_8)
                                .replace("@TITLE@", name.equals("jbake.properties") ? propertyValue(title) : title)
                                .replace("@READING_KEY@", readingKey)
                                .replace("@COMMAND@", command)
                                // a complete "Cite this page" has a date: the day the guide was started
                                .replace("@DATE@", java.time.LocalDate.now().toString());
                        FileWrites.text(target, text);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
        });
    }

    /** A value as java.util.Properties reads it back: backslashes doubled, leading blanks kept. */
    private static String propertyValue(String value) {
        String escaped = value.replace("\\", "\\\\");
        return escaped.startsWith(" ") ? "\\" + escaped : escaped;
    }

    private interface StarterUse {
        void accept(Path starter) throws IOException;
    }

    /** The starter folder, from the classes folder while testing or from inside the jar. */
    private static void withStarter(StarterUse use) throws IOException {
        URL url = NewGuide.class.getResource("/starter/jbake.properties");
        if (url == null) {
            throw new IOException("the starter guide is missing from this build of the tool");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (!uri.getScheme().equals("jar")) {
            use.accept(Path.of(uri).getParent());
            return;
        }
        FileSystem jar;
        boolean opened = false;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            jar = FileSystems.getFileSystem(uri);
        }
        try {
            use.accept(jar.getPath("/starter"));
        } finally {
            if (opened) {
                jar.close();
            }
        }
    }
}
