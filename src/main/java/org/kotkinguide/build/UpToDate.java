package org.kotkinguide.build;

import org.kotkinguide.cache.DiskCache;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.content.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A build whose every input is as the last successful build found it, and whose output is as that
 * build left it, has nothing to do: it says so, repeats the last build's warnings, and writes
 * nothing. The inputs are the bytes of every file the loader reads (the settings, the content,
 * template and asset folders, the references), every symbolic link in the guide folder (which the
 * build checks), the options and the tool's version; the output is every file of the site and
 * beside it, by size and time. A page that includes a file turns the check off, as the includes
 * can reach any file of the guide. Anything unexpected also turns it off: the full build runs.
 */
final class UpToDate {
    private static final String KIND = "site";
    private final DiskCache cache;
    private final BuildOptions options;
    private final Path output;
    private String key;

    UpToDate(DiskCache cache, BuildOptions options, Path output) {
        this.cache = cache;
        this.options = options;
        this.output = output;
    }

    /** The last build's warnings when nothing changed since it; null when the build must run. */
    List<String> warningsIfUnchanged() {
        try {
            key = inputs();
            byte[] entry = key == null ? null : cache.get(KIND, key);
            if (entry == null) {
                return null;
            }
            String[] parts = new String(entry, StandardCharsets.UTF_8).split("\u0000", -1);
            if (parts.length != 2 || !parts[0].equals(outputState())) {
                return null;
            }
            return parts[1].isEmpty() ? List.of() : List.of(parts[1].split("\n"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** After a successful build: records its inputs, its output and its warnings. */
    void record(List<String> warnings) {
        try {
            if (key != null) {
                cache.put(KIND, key, (outputState() + "\u0000" + String.join("\n", warnings)).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            // not recorded: the next build runs in full
        }
    }

    /** The SHA-256 of everything the build reads; null when that cannot be told (a page includes a file). */
    private String inputs() throws IOException {
        Path guide = options.source().toAbsolutePath().normalize();
        Path settings = guide.resolve("jbake.properties");
        Properties properties = new Properties();
        if (Files.isRegularFile(settings)) {
            try (InputStream in = Files.newInputStream(settings)) {
                properties.load(in);
            }
        }
        MessageDigest digest = sha256();
        digest.update(String.join("\u0000", org.kotkinguide.cache.ToolVersion.id(), String.valueOf(options.pdf()), String.valueOf(options.pdfEdition()),
                output.toString()).getBytes(StandardCharsets.UTF_8));
        hashFile(digest, guide, settings);
        for (String folder : List.of(properties.getProperty("content.folder", "content"), properties.getProperty("template.folder", "templates"),
                properties.getProperty("asset.folder", "assets"))) {
            Path root = guide.resolve(folder).normalize();
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                    if (!hashFile(digest, guide, file)) {
                        return null;
                    }
                }
            }
        }
        hashFile(digest, guide, guide.resolve(properties.getProperty("guide.references", "content/references.bib")).normalize());
        // the texts the quotation check reads: a changed source must be checked against again
        for (String source : properties.getProperty(org.kotkinguide.check.QuotationCheck.SOURCES_SETTING, "").split(",")) {
            if (!source.isBlank()) {
                hashFile(digest, guide, guide.resolve(source.strip()).normalize());
            }
        }
        for (String link : symbolicLinks(guide)) {
            digest.update(link.getBytes(StandardCharsets.UTF_8));
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** Adds a file's place and bytes; false when it is a page that includes another file. */
    private static boolean hashFile(MessageDigest digest, Path guide, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            digest.update(("missing " + guide.relativize(file) + "\n").getBytes(StandardCharsets.UTF_8));
            return true;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (file.toString().endsWith(".adoc") && new String(bytes, StandardCharsets.UTF_8).contains("include::")) {
            return false;
        }
        digest.update((guide.relativize(file) + "\u0000").getBytes(StandardCharsets.UTF_8));
        digest.update(Sha256.of(bytes));
        return true;
    }

    /** Every symbolic link of the guide folder and where it points, as the build's boundary check walks it. */
    private static List<String> symbolicLinks(Path guide) throws IOException {
        List<String> links = new ArrayList<>();
        Files.walkFileTree(guide, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean skip = !dir.equals(guide) && (dir.getFileName().toString().equals(".git")
                        || Files.exists(dir.resolve(GuideLoader.SITE_MARKER)) || dir.getFileName().toString().equals(DiskCache.FOLDER));
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
            roots.addAll(List.of(output.resolveSibling(GuideBuild.PDF), output.resolveSibling(GuideBuild.ZIP),
                    output.resolveSibling(GuideBuild.HANDOUTS), output.resolveSibling(CopiesBesideSite.LEDGER)));
        }
        for (Path root : roots) {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                state.append("missing ").append(root.getFileName()).append('\n');
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted().toList()) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    state.append(output.getParent().relativize(file)).append(' ').append(attributes.isDirectory() ? "dir" : attributes.size())
                            .append(' ').append(attributes.isDirectory() ? 0 : attributes.lastModifiedTime().toMillis()).append('\n');
                }
            }
        }
        return Sha256.hex(state.toString());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
