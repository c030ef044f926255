package org.kotkinguide.offline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.kotkinguide.files.FileWrites;

/**
 * The offline copy: every file of the site under one top folder, so unzipping makes one folder with
 * {@code index.html} at its root. Entries are sorted and carry one fixed time, so the same site
 * always gives the same zip.
 */
public final class OfflinePackage {
    /** 1 January 2000: zip's DOS dates cannot go before 1980, and a fixed time keeps the zip reproducible. */
    private static final FileTime FIXED_TIME = FileTime.fromMillis(946_684_800_000L);

    private OfflinePackage() {}

    /**
     * Zips {@code site} into {@code zip} under {@code topFolder}, leaving out {@code skip} (site-relative
     * paths, e.g. the zip itself) and using {@code replacements} instead of some files' bytes (or as
     * files of their own, where the site has none yet).
     */
    public static void write(
            Path site, Path zip, String topFolder, List<String> skip, Map<String, byte[]> replacements) {
        // the site's files and the replacements (which may not exist in the site yet), in one sorted list
        java.util.SortedSet<String> names = new java.util.TreeSet<>(replacements.keySet());
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile)
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.removeAll(skip);
        try (OutputStream file = FileWrites.stream(zip);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (String name : names) {
                ZipEntry entry = new ZipEntry(topFolder + "/" + name);
                entry.setLastModifiedTime(FIXED_TIME);
                out.putNextEntry(entry);
                byte[] replacement = replacements.get(name);
                if (replacement != null) {
                    out.write(replacement);
                } else {
                    Files.copy(site.resolve(name), out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
