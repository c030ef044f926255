package org.kotkinguide.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lists the build leaves beside what it wrote, to know its own files again: a header line, then
 * "{@code <sha256> <name>}" a line (the site's marker, the ledger of the copies beside the site).
 */
final class HashLists {
    private HashLists() {}

    /**
     * Each name's hash in {@code file}; empty when there is no such file, or its first line is not
     * {@code header} (an older list, or a file not the build's: it vouches for nothing).
     */
    static Map<String, String> read(Path file, String header) {
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return hashes;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(header)) {
                return hashes;
            }
            for (String line : lines.subList(1, lines.size())) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    hashes.put(line.substring(space + 1), line.substring(0, space));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return hashes;
    }
}
