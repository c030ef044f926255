package org.kotkinguide.content;

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
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The look a guide is laid out with: the tool's own templates, stylesheets, scripts and PDF theme
 * (the project's top-level {@code templates/} and {@code assets/}, which the build packs into the jar
 * under {@code theme/}), overridden file by file by the guide's own {@code templates/} and
 * {@code assets/}. So a guide holds only what it changes, and a fix to the tool reaches every guide.
 *
 * <p>The tool's files are not recorded in {@link BuildInputs}: every cache and the up-to-date check
 * key on {@code cache.ToolVersion}, the SHA-256 of the tool's jar (or of its classes folder, which
 * holds {@code theme/} too), so a new tool's theme is never mistaken for an old one's.
 */
public final class Theme {
    /** The PDF theme's name: {@code templates/pdf/study-guide-theme.yml}. */
    public static final String PDF_THEME = "study-guide";

    private static final String PDF_THEME_FILE = PDF_THEME + "-theme.yml";
    private static Path toolRoot;

    private Theme() {}

    /** The tool's own templates (a folder inside the jar, or in the classes folder while testing). */
    public static Path toolTemplates() {
        return toolRoot().resolve("templates");
    }

    /** The tool's own assets. */
    public static Path toolAssets() {
        return toolRoot().resolve("assets");
    }

    /**
     * Every file of the tool's folder and of the guide's, by the name relative to the folder ('/'
     * between parts): the guide's file where it has one, else the tool's. The guide's folder need
     * not exist; its files are recorded as the build's inputs.
     */
    public static SortedMap<String, Path> merged(Path tool, Path guide, BuildInputs inputs) {
        SortedMap<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(tool)) {
            walk.filter(Files::isRegularFile).forEach(file -> files.put(name(tool, file), file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tool's theme at " + tool, e);
        }
        for (Path file : inputs.noteAll(guide)) {
            files.put(name(guide, file), file);
        }
        return files;
    }

    /** The stylesheets the pages load ({@code css/*.css}), the guide's winning over the tool's. */
    public static SortedMap<String, Path> stylesheets(GuideSource source) {
        SortedMap<String, Path> sheets = new TreeMap<>();
        merged(toolAssets(), source.assetFolder(), source.inputs()).forEach((name, file) -> {
            if (name.startsWith("css/") && name.indexOf('/', 4) < 0 && name.endsWith(".css")) {
                sheets.put(name.substring(4), file);
            }
        });
        return sheets;
    }

    /**
     * The folder asciidoctor-pdf finds the {@value #PDF_THEME} theme in: the guide's
     * {@code templates/pdf/} when it has its own theme file, else the tool's, copied out of the jar
     * (asciidoctor-pdf reads files, not jar entries) into a folder named after its content.
     */
    public static Path pdfThemeFolder(GuideSource source) {
        Path own = source.templateFolder().resolve("pdf");
        source.inputs().note(own.resolve(PDF_THEME_FILE));
        if (Files.isRegularFile(own.resolve(PDF_THEME_FILE))) {
            source.inputs().noteAll(own);
            return own;
        }
        Path tool = toolTemplates().resolve("pdf");
        try {
            StringBuilder content = new StringBuilder();
            SortedMap<String, Path> files = merged(tool, tool, new BuildInputs(tool));
            for (Map.Entry<String, Path> file : files.entrySet()) {
                content.append(file.getKey()).append('\u0000').append(Sha256.hex(Files.readAllBytes(file.getValue())));
            }
            Path folder = Path.of(System.getProperty("java.io.tmpdir"))
                    .resolve("study-guide-pdf-theme-"
                            + Sha256.hex(content.toString()).substring(0, 16));
            if (!Files.isRegularFile(folder.resolve(PDF_THEME_FILE))) {
                Path aside = Files.createTempDirectory(folder.getParent(), folder.getFileName() + "-");
                for (Map.Entry<String, Path> file : files.entrySet()) {
                    Path target = aside.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    Files.copy(file.getValue(), target);
                }
                try {
                    Files.move(aside, folder, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    // another build put the same theme there first
                    deleteFolder(aside);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the tool's PDF theme out of the jar", e);
        }
    }

    /** The text of a file of the theme. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String name(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /** The jar's {@code theme/} folder (kept open while the tool runs), or the classes folder's. */
    private static synchronized Path toolRoot() {
        if (toolRoot == null) {
            URL url = Theme.class.getResource("/theme/templates/layout.ftlh");
            if (url == null) {
                throw new IllegalStateException("the default theme is missing from this build of the tool");
            }
            try {
                URI uri = url.toURI();
                if (uri.getScheme().equals("jar")) {
                    FileSystem jar;
                    try {
                        jar = FileSystems.newFileSystem(uri, Map.of());
                    } catch (FileSystemAlreadyExistsException e) {
                        jar = FileSystems.getFileSystem(uri);
                    }
                    toolRoot = jar.getPath("/theme");
                } else {
                    toolRoot = Path.of(uri).getParent().getParent();
                }
            } catch (URISyntaxException | IOException e) {
                throw new IllegalStateException("cannot open the default theme in " + url, e);
            }
        }
        return toolRoot;
    }

    /** Removes a folder this class made and did not need. */
    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
