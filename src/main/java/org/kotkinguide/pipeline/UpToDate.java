package org.kotkinguide.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.kotkinguide.cache.DiskCache;
import org.kotkinguide.content.BuildInputs;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.LastUpdated;
import org.kotkinguide.content.Sha256;

/**
 * A build whose every input is as the last successful build found it, and whose output is as that
 * build left it, has nothing to do: it says so, repeats the last build's warnings, and writes
 * nothing. The inputs are what the last build recorded it read ({@link BuildInputs}: every file,
 * by its bytes, and every folder it listed, including what a page included or embedded), the
 * pages' days from git, every symbolic link in the guide folder (which the build checks), the
 * options, the tool's version and the JDK's; the output is every file of the site and beside it,
 * by size and time. Anything unexpected turns the check off: the full build runs.
 */
final class UpToDate {
    private static final String KIND = "site";
    private final DiskCache cache;
    private final BuildOptions options;
    private final Path output;
    private final Path guide;
    private String key;
    /** Why the build must run, when {@link #warningsIfUnchanged} said it must. */
    private String reason = "no build recorded here yet";
    /** Whether the build is likely to convert a page (then JRuby is worth starting at once); a guess, never a decision. */
    private boolean pagesMayConvert = true;

    UpToDate(DiskCache cache, BuildOptions options, Path output) {
        this.cache = cache;
        this.options = options;
        this.output = output;
        this.guide = options.source().toAbsolutePath().normalize();
    }

    /** The last build's warnings when nothing changed since it; null when the build must run ({@link #reason()} says why). */
    List<String> warningsIfUnchanged() {
        try {
            key = DiskCache.key(
                    org.kotkinguide.cache.ToolVersion.id(),
                    String.valueOf(options.pdf()),
                    String.valueOf(options.pdfEdition()),
                    output.toString(),
                    guide.toString());
            byte[] entry = cache.get(KIND, key);
            if (entry == null) {
                return null;
            }
            String[] parts = new String(entry, StandardCharsets.UTF_8).split("\u0000", -1);
            if (parts.length != 6) {
                return null;
            }
            BuildInputs.Change changed = BuildInputs.firstChangeOf(guide, BuildInputs.parse(parts[0]));
            if (changed != null) {
                reason = changed.said();
                pagesMayConvert = changed.folder()
                        ? inFolder(changed.name(), parts[1]) // a page added or removed
                        : isPageOrSettings(changed.name());
            } else if (!parts[2].equals(LastUpdated.key(guide, guide.resolve(parts[1])))) {
                reason = "a commit changed the pages' days in git";
                pagesMayConvert = false; // the days show in the layout, not in a converted page
            } else if (!parts[3].equals(String.join("", symbolicLinks(guide)))) {
                reason = "a symbolic link in the guide changed";
            } else if (!parts[4].equals(outputState())) {
                reason = "the site or a file beside it changed since the last build wrote it";
                pagesMayConvert = false;
            } else {
                return parts[5].isEmpty() ? List.of() : List.of(parts[5].split("\n"));
            }
            return null;
        } catch (IOException | RuntimeException e) {
            reason = "cannot tell: " + e;
            return null;
        }
    }

    /** Why the last {@link #warningsIfUnchanged} found work to do. */
    String reason() {
        return reason;
    }

    /**
     * Whether the build that must run will likely convert a page: no build recorded, a page or the settings
     * changed, or files were added to or removed from the content folder. An asset or template edit converts
     * nothing and never starts JRuby.
     */
    boolean pagesMayConvert() {
        return pagesMayConvert;
    }

    /** Whether the guide-relative place {@code name} is {@code folder} or inside it. */
    private static boolean inFolder(String name, String folder) {
        return folder.isEmpty()
                || Path.of(name).normalize().startsWith(Path.of(folder).normalize());
    }

    private static boolean isPageOrSettings(String name) {
        return name.endsWith(".adoc")
                || name.endsWith(".asciidoc")
                || name.endsWith(".asc")
                || name.equals(org.kotkinguide.settings.SettingsFile.NAME);
    }

    /** After a successful build: records what it read, its output and its warnings. */
    void record(GuideSource source, List<String> warnings) {
        try {
            if (key != null) {
                String payload = String.join(
                        "\u0000",
                        source.inputs().manifest(),
                        guide.relativize(source.contentFolder().toAbsolutePath().normalize())
                                .toString(),
                        LastUpdated.key(source),
                        String.join("", symbolicLinks(guide)),
                        outputState(),
                        String.join("\n", warnings));
                cache.put(KIND, key, payload.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            // not recorded: the next build runs in full
        }
    }

    /** Every symbolic link of the guide folder and where it points, as the build's boundary check walks it. */
    private static List<String> symbolicLinks(Path guide) throws IOException {
        List<String> links = new ArrayList<>();
        Files.walkFileTree(guide, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean skip = !dir.equals(guide)
                        && (dir.getFileName().toString().equals(".git")
                                || Files.exists(dir.resolve(GuideLoader.SITE_MARKER))
                                || dir.getFileName().toString().equals(DiskCache.FOLDER));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isSymbolicLink()) {
                    links.add(guide.relativize(file) + " -> " + Files.readSymbolicLink(file) + "\n");
                }
                return FileVisitResult.CONTINUE;
            }
        });
        links.sort(null);
        return links;
    }

    /** Every file of the site and beside it (the PDFs, the zip, the handouts), by place, size and time. */
    private String outputState() throws IOException {
        StringBuilder state = new StringBuilder();
        List<Path> roots = new ArrayList<>(List.of(output));
        if (options.pdf()) {
            roots.addAll(List.of(
                    output.resolveSibling(GuideBuild.PDF),
                    output.resolveSibling(GuideBuild.EPUB),
                    output.resolveSibling(GuideBuild.ZIP),
                    output.resolveSibling(GuideBuild.HANDOUTS),
                    output.resolveSibling(CopiesBesideSite.LEDGER)));
        }
        for (Path root : roots) {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                state.append("missing ").append(root.getFileName()).append('\n');
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted().toList()) {
                    BasicFileAttributes attributes =
                            Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    state.append(output.getParent().relativize(file))
                            .append(' ')
                            .append(attributes.isDirectory() ? "dir" : attributes.size())
                            .append(' ')
                            .append(
                                    attributes.isDirectory()
                                            ? 0
                                            : attributes.lastModifiedTime().toMillis())
                            .append('\n');
                }
            }
        }
        return Sha256.hex(state.toString());
    }
}
