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

/**
 * The offline copy: every file of the site under one top folder, so unzipping makes one folder with
 * {@code index.html} at its root. Entries are sorted and carry one fixed time, so the same site
 * always gives the same zip.
 */
public final class OfflinePackage {
    /** 1 January 2000: zip's DOS dates cannot go before 1980, and a fixed time keeps the zip reproducible. */
    private static final FileTime FIXED_TIME = FileTime.fromMillis(946_684_800_000L);

    private OfflinePackage() {
    }

    /**
     * Zips {@code site} into {@code zip} under {@code topFolder}, leaving out {@code skip} (site-relative
     * paths, e.g. the zip itself) and using {@code replacements} instead of some files' bytes.
     */
    public static void write(Path site, Path zip, String topFolder, List<String> skip, Map<String, byte[]> replacements) {
        try (Stream<Path> walk = Files.walk(site);
             OutputStream file = Files.newOutputStream(zip);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = site.relativize(path).toString().replace('\\', '/');
                if (skip.contains(name)) {
                    continue;
                }
                ZipEntry entry = new ZipEntry(topFolder + "/" + name);
                entry.setLastModifiedTime(FIXED_TIME);
                out.putNextEntry(entry);
                byte[] replacement = replacements.get(name);
                if (replacement != null) {
                    out.write(replacement);
                } else {
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
