package org.kotkinguide.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What tells a cache entry this user's builds wrote from one anyone else wrote: an HMAC-SHA256 of the
 * entry under a key kept outside the cache, in the user's own cache folder ({@code
 * ~/.cache/study-guide/seal-key}, or under {@code XDG_CACHE_HOME}), readable by the user alone. The
 * cache folder sits beside the site and can come from elsewhere (a CI cache restored for another
 * branch, a folder copied from a colleague); the key does not come with it, so such entries read as
 * misses and are made again. A sealed entry is what the build itself wrote: pages that passed the
 * allowlist when they were laid out, a search index it made. Where no key can be kept (no writable
 * home), entries are checked by their SHA-256 only and are not taken as the build's own.
 */
public final class CacheSeal {
    private static final int KEY_BYTES = 32;
    private static final String PREFIX = "hmac-sha256 ";

    private final byte[] key;
    private final ThreadLocal<Mac> macs;

    private CacheSeal(byte[] key) {
        this.key = key;
        this.macs = key == null ? null : ThreadLocal.withInitial(this::newMac);
    }

    /** The seal of this user's builds: the key in the user's cache folder, made there on first use. */
    public static CacheSeal ofThisUser() {
        return keptIn(userFolder());
    }

    /** This user's folder for the tool, outside any guide: {@code $XDG_CACHE_HOME/study-guide}, else {@code ~/.cache/study-guide}. */
    public static Path userFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        // a relative XDG_CACHE_HOME is to be ignored (XDG Base Directory Specification)
        Path folder = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return folder.resolve("study-guide");
    }

    /** No key: entries are checked by their SHA-256 only, and none is taken as the build's own. */
    public static CacheSeal none() {
        return new CacheSeal(null);
    }

    /** A seal with the key in {@code folder/seal-key}, made there (owner-only) when missing; none if it cannot be. */
    static CacheSeal keptIn(Path folder) {
        Path file = folder.resolve("seal-key");
        try {
            if (!Files.exists(file)) {
                make(file);
            }
            if (othersCanReach(file)) {
                return none(); // a key someone else may have read or written vouches for nothing
            }
            byte[] key = Files.readAllBytes(file);
            return key.length == KEY_BYTES ? new CacheSeal(key) : none();
        } catch (IOException | RuntimeException e) {
            return none();
        }
    }

    /** Whether anyone but the owner may read or write {@code file} (always false where permissions are not POSIX). */
    private static boolean othersCanReach(Path file) throws IOException {
        try {
            return Files.getPosixFilePermissions(file, java.nio.file.LinkOption.NOFOLLOW_LINKS).stream()
                    .anyMatch(permission -> !permission.name().startsWith("OWNER_"));
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /** Writes a new random key aside and links it into place; a key another build put there first wins. */
    private static void make(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path aside = file.resolveSibling(".seal-key-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            try {
                Files.createFile(
                        aside, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(aside); // not a POSIX file system: the folder's own permissions hold
            }
            org.kotkinguide.files.FileWrites.bytes(aside, key);
            try {
                // a link, unlike a rename, never replaces a key another build made meanwhile
                Files.createLink(file, aside);
            } catch (UnsupportedOperationException e) {
                Files.move(aside, file);
            }
        } catch (FileAlreadyExistsException e) {
            // another build made it at the same moment: its key is the one
        } finally {
            Files.deleteIfExists(aside);
        }
    }

    /** Whether this seal has a key: entries it reads are this user's builds' own. */
    public boolean on() {
        return key != null;
    }

    /** The line that vouches for {@code payload} under {@code name} by {@code tool}: the HMAC with the key, or the SHA-256 without one. */
    String of(String tool, String name, byte[] payload) {
        if (key == null) {
            return org.kotkinguide.content.Sha256.hex(payload);
        }
        Mac mac = macs.get();
        mac.update((tool + "\u0000" + name + "\u0000").getBytes(StandardCharsets.UTF_8));
        return PREFIX + java.util.HexFormat.of().formatHex(mac.doFinal(payload));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
