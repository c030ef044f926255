package org.kotkinguide.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.kotkinguide.content.Sha256;
import org.kotkinguide.files.FileWrites;

/**
 * Entries kept between builds, one file each, in a folder the build made ({@code .guide-cache}
 * beside the site, holding the marker {@value #MARKER}). An entry's name is the SHA-256 of what it
 * was made from; its file starts with the tool version that made it and its {@link CacheSeal}: the
 * HMAC of its name and bytes under this user's key, so an entry from another version of the tool,
 * one cut short or damaged, or one this user's builds did not write, reads as a miss and is made
 * again, never used. Entries are written to a temporary file and renamed into place: a build
 * killed while writing leaves no half entry under an entry's name. They are written on a thread of
 * their own, beside the build's work (creating a file costs this machine's disk 0.3–0.7 ms, and a
 * first build writes two for each page); {@link #flush} waits for them.
 */
public final class DiskCache {
    public static final String FOLDER = ".guide-cache";
    public static final String MARKER = ".study-guide-cache";
    private static final String MAGIC = "study-guide cache 1";
    /** An entry no build used for this long, and not used by this one, is deleted at the end of a build. */
    private static final Duration UNUSED_FOR = Duration.ofDays(1);

    private static final AtomicLong TEMPORARY = new AtomicLong();

    private final Path root;
    private final boolean read;
    private final String problem;
    private final CacheSeal seal;
    private final Set<Path> used = ConcurrentHashMap.newKeySet();
    private final Set<String> kindsUsed = ConcurrentHashMap.newKeySet();
    private java.util.concurrent.ExecutorService writer;

    private DiskCache(Path root, boolean read, String problem, CacheSeal seal) {
        this.root = root;
        this.read = read;
        this.problem = problem;
        this.seal = seal;
    }

    /** No cache: every lookup misses and nothing is written (tests of a single build, the benchmark's full rebuild). */
    public static DiskCache off() {
        return new DiskCache(null, false, null, CacheSeal.none());
    }

    /**
     * The cache in {@code folder}, made when the first entry is written. A folder there that the build did not make is
     * left alone and the build runs without a cache ({@link #problem()} says why). With
     * {@code read} false, entries are made anew and replace the kept ones ({@code --no-cache}).
     */
    public static DiskCache in(Path folder, boolean read) {
        return in(folder, read, CacheSeal.ofThisUser());
    }

    /** The cache in {@code folder}, its entries sealed with {@code seal}. */
    static DiskCache in(Path folder, boolean read, CacheSeal seal) {
        try {
            if (Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && Files.isRegularFile(folder.resolve(MARKER))) {
                return new DiskCache(folder, read, null, seal);
            }
            if (Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return new DiskCache(
                        null,
                        false,
                        folder + " was not made by the build (it has no " + MARKER
                                + "): built without the cache, and left as it was",
                        seal);
            }
            // made by the first entry written, once the build has checked its output: a refused build writes nothing
            return new DiskCache(folder, read, null, seal);
        } catch (RuntimeException e) {
            return new DiskCache(
                    null,
                    false,
                    "cannot keep a cache in " + folder + " (" + e.getMessage() + "): built without it",
                    seal);
        }
    }

    /** Why this build runs without the cache, or null. */
    public String problem() {
        return problem;
    }

    public boolean on() {
        return root != null;
    }

    /**
     * Whether an entry {@link #get} returns is one this user's builds wrote (sealed with the user's key):
     * then a page read here already passed the allowlist when it was made, and a search index is the
     * build's own. Without a key, anyone who can write the folder could have written it.
     */
    public boolean sealed() {
        return seal.on();
    }

    /** No page or PDF the build keeps comes near this; a larger file is not one it wrote. */
    static final int LARGEST_ENTRY = 256 * 1024 * 1024;

    /** The entry {@code key} of {@code kind}, or null when there is none, or none this version of the tool made intact. */
    public byte[] get(String kind, String key) {
        if (root == null) {
            return null;
        }
        Path file = file(kind, key);
        kindsUsed.add(kind);
        if (!read) {
            return null;
        }
        byte[] bytes = readBounded(file);
        if (bytes == null) {
            return null;
        }
        byte[] payload = payload(bytes, key, seal);
        if (payload == null) {
            // damaged, cut short, or from another version: made again and written over
            delete(file);
            return null;
        }
        used.add(file);
        return payload;
    }

    /**
     * The entry's bytes, or null: only a regular file (not a link to one: a FIFO would hang the build,
     * {@code /dev/zero} exhaust its memory) of at most {@link #LARGEST_ENTRY} bytes, read no further.
     */
    private static byte[] readBounded(Path file) {
        try {
            var attributes = Files.readAttributes(
                    file, java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() > LARGEST_ENTRY) {
                return null;
            }
            try (var in = Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                byte[] bytes = in.readNBytes(LARGEST_ENTRY + 1);
                return bytes.length > LARGEST_ENTRY ? null : bytes;
            }
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** Keeps {@code payload} as the entry {@code key} of {@code kind}; a failure to write only costs the next build time. */
    public void put(String kind, String key, byte[] payload) {
        if (root == null) {
            return;
        }
        kindsUsed.add(kind);
        Path file = file(kind, key);
        used.add(file);
        synchronized (this) {
            if (writer == null) {
                writer = java.util.concurrent.Executors.newSingleThreadExecutor(work -> {
                    Thread thread = new Thread(work, "guide-cache-writer");
                    thread.setDaemon(true);
                    return thread;
                });
            }
            writer.execute(() -> write(file, key, payload));
        }
    }

    /** Waits until every entry given to {@link #put} is on disk (or failed to be). */
    public synchronized void flush() {
        if (writer == null) {
            return;
        }
        writer.shutdown();
        try {
            writer.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer = null;
    }

    private void write(Path file, String key, byte[] payload) {
        byte[] header = (MAGIC + "\n" + ToolVersion.id() + "\n" + key + "\n" + seal.of(ToolVersion.id(), key, payload)
                        + "\n")
                .getBytes(StandardCharsets.UTF_8);
        Path temporary =
                file.resolveSibling(".writing-" + ProcessHandle.current().pid() + "-" + TEMPORARY.incrementAndGet());
        try {
            if (!Files.exists(root.resolve(MARKER))) {
                Files.createDirectories(root);
                FileWrites.text(
                        root.resolve(MARKER),
                        "Made by the study guide build: what it keeps between builds. Safe to delete.\n");
            }
            Files.createDirectories(file.getParent());
            try (var out = FileWrites.stream(temporary)) {
                out.write(header);
                out.write(payload);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // a full disk costs the next build this entry, and leaves no part-written file behind
            delete(temporary);
            delete(file);
        }
    }

    /**
     * After a build that succeeded: deletes, in each kind this build used, the entries it did not
     * use that no build wrote for a day, and temporary files of killed builds, so the cache keeps
     * about what the guide's recent builds need (a build without PDFs and one with them both hit).
     */
    public void prune() {
        if (root == null) {
            return;
        }
        flush();
        Instant old = Instant.now().minus(UNUSED_FOR);
        for (String kind : kindsUsed) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(root.resolve(kind))) {
                for (Path file : files) {
                    boolean temporary = file.getFileName().toString().startsWith(".writing-");
                    if (!used.contains(file)
                                    && Files.getLastModifiedTime(file)
                                            .toInstant()
                                            .isBefore(old)
                            || temporary
                                    && !file.getFileName()
                                            .toString()
                                            .startsWith(".writing-"
                                                    + ProcessHandle.current().pid() + "-")) {
                        delete(file);
                    }
                }
            } catch (IOException e) {
                // a missing kind folder or an unreadable file: nothing to prune there
            }
        }
    }

    /** The SHA-256 of {@code parts}, each told apart from the next: the name of an entry made from them. */
    public static String key(String... parts) {
        return Sha256.hex(String.join("\u0000", parts));
    }

    private Path file(String kind, String key) {
        return root.resolve(kind).resolve(key);
    }

    /** The entry's bytes if its header names this tool, this key and the seal of what follows; else null. */
    private static byte[] payload(byte[] bytes, String key, CacheSeal seal) {
        int at = 0;
        String[] header = new String[4];
        for (int line = 0; line < 4; line++) {
            int end = indexOf(bytes, (byte) '\n', at);
            if (end < 0) {
                return null;
            }
            header[line] = new String(bytes, at, end - at, StandardCharsets.UTF_8);
            at = end + 1;
        }
        byte[] payload = java.util.Arrays.copyOfRange(bytes, at, bytes.length);
        boolean intact = header[0].equals(MAGIC)
                && header[1].equals(ToolVersion.id())
                && header[2].equals(key)
                && header[3].equals(seal.of(ToolVersion.id(), key, payload));
        return intact ? payload : null;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length && i < from + 200; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the next build's prune
        }
    }
}
