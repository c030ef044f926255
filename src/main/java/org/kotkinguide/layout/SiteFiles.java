package org.kotkinguide.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.kotkinguide.files.FileWrites;

/**
 * Writes the files of a new site into its staging folder. A file with the same bytes as the
 * published site's file at the same place becomes a hard link to that file rather than a new one:
 * on this project's machine creating a file takes 0.3–0.7 ms and a link about 15 µs, so a rebuild
 * that changes one page of 1,200 no longer creates 1,200 files; and an unchanged file keeps its
 * time, so an upload tool that compares times and sizes (rsync, a sync to object storage) sends
 * only what changed. Nothing ever writes into a published site (a build only replaces it whole),
 * so a file the two sites share never changes under either.
 */
public final class SiteFiles {
    private final Path staging;
    private final Path published;
    private final Set<Path> written = new HashSet<>();
    private boolean linksWork = true;

    /** @param published the site the last good build published; it need not exist */
    public SiteFiles(Path staging, Path published) {
        this.staging = staging;
        this.published = published;
    }

    /** The new site's folder. */
    public Path staging() {
        return staging;
    }

    /** Puts {@code bytes} at {@code relative} (e.g. {@code chapters/x.html}) in the new site. */
    public void write(String relative, byte[] bytes) throws IOException {
        Path file = staging.resolve(relative);
        written.add(file);
        Files.createDirectories(file.getParent());
        // a second write to one place replaces the file, never writes into it: it may be a published one
        Files.deleteIfExists(file);
        Path same = published.resolve(relative);
        if (linksWork && sameBytes(same, bytes)) {
            try {
                Files.createLink(file, same);
                return;
            } catch (IOException | UnsupportedOperationException e) {
                linksWork = false; // a file system without hard links: write every file
            }
        }
        FileWrites.bytes(file, bytes);
    }

    /**
     * Shares with the published site every other file of the new one that has the same bytes: the
     * pages the build makes itself, the search index, the assets, the PDFs and the zip. Called once
     * the new site is complete.
     */
    public void shareUnchanged() throws IOException {
        if (!linksWork || !Files.isDirectory(published)) {
            return;
        }
        List<Path> others;
        try (Stream<Path> files = Files.walk(staging)) {
            others = files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && !written.contains(f))
                    .toList();
        }
        for (Path file : others) {
            Path same = published.resolve(staging.relativize(file));
            if (Files.isRegularFile(same, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(same) == Files.size(file)
                    && Files.mismatch(file, same) == -1) {
                Files.delete(file);
                try {
                    Files.createLink(file, same);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(same, file);
                    linksWork = false;
                    return;
                }
            }
        }
    }

    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes);
    }
}
