package org.kotkinguide.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A cache folder is anyone's to write: an entry that is not a regular file of sane size is a miss, never a hang. */
class DiskCacheTest {
    @TempDir
    Path folder;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void a_fifo_or_a_link_to_dev_zero_in_place_of_an_entry_is_a_miss() throws Exception {
        Path cacheFolder = folder.resolve(DiskCache.FOLDER);
        DiskCache cache = DiskCache.in(cacheFolder, true);
        byte[] page = "<p>kept</p>".getBytes(StandardCharsets.UTF_8);
        cache.put("layouts", "fifo", page);
        cache.put("layouts", "zero", page);
        cache.flush();
        DiskCache reading = DiskCache.in(cacheFolder, true);
        assertArrayEquals(page, reading.get("layouts", "fifo"), "an intact entry is read");

        Path fifo = cacheFolder.resolve("layouts").resolve("fifo");
        Files.delete(fifo);
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        Path zero = cacheFolder.resolve("layouts").resolve("zero");
        Files.delete(zero);
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertNull(reading.get("layouts", "fifo"));
            assertNull(reading.get("layouts", "zero"));
        });
    }

    /**
     * A cache folder restored from elsewhere (a CI cache saved by another branch, a colleague's copy) holds
     * entries this user's builds did not write: sealed with another key, or with none, they are misses.
     */
    @Test
    void an_entry_another_user_or_machine_wrote_is_a_miss() {
        Path cacheFolder = folder.resolve(DiskCache.FOLDER);
        CacheSeal mine = CacheSeal.keptIn(folder.resolve("my-home"));
        byte[] page = "<p>kept</p>".getBytes(StandardCharsets.UTF_8);
        DiskCache theirs = DiskCache.in(cacheFolder, true, CacheSeal.keptIn(folder.resolve("their-home")));
        theirs.put("layouts", "theirs", page);
        DiskCache noKey = DiskCache.in(cacheFolder, true, CacheSeal.none());
        noKey.put("layouts", "unsealed", page);
        DiskCache own = DiskCache.in(cacheFolder, true, mine);
        own.put("layouts", "mine", page);
        theirs.flush();
        noKey.flush();
        own.flush();

        DiskCache reading = DiskCache.in(cacheFolder, true, mine);
        assertTrue(reading.sealed(), "entries read with the user's key are the build's own");
        assertArrayEquals(page, reading.get("layouts", "mine"), "an entry this user's builds wrote is read");
        assertNull(reading.get("layouts", "theirs"), "sealed with another key");
        assertNull(reading.get("layouts", "unsealed"), "sealed with none");
    }

    /** Where no key can be kept, entries are still read, by their SHA-256, but not taken as the build's own. */
    @Test
    void without_a_key_entries_are_read_but_not_vouched_for() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("home-is-a-file"), "");
        CacheSeal none = CacheSeal.keptIn(notAFolder.resolve("study-guide"));
        assertFalse(none.on(), "no key can be made under a file");
        DiskCache cache = DiskCache.in(folder.resolve(DiskCache.FOLDER), true, none);
        byte[] page = "<p>kept</p>".getBytes(StandardCharsets.UTF_8);
        cache.put("layouts", "page", page);
        cache.flush();
        DiskCache reading = DiskCache.in(folder.resolve(DiskCache.FOLDER), true, none);
        assertArrayEquals(page, reading.get("layouts", "page"));
        assertFalse(reading.sealed(), "pages read here pass the allowlist again");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void the_key_is_made_once_and_only_its_owner_can_read_it() throws Exception {
        Path home = folder.resolve("home/.cache/study-guide");
        CacheSeal first = CacheSeal.keptIn(home);
        CacheSeal second = CacheSeal.keptIn(home);
        Path key = home.resolve("seal-key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals(1, Files.list(home).count(), "nothing left aside");
        byte[] page = "<p>kept</p>".getBytes(StandardCharsets.UTF_8);
        DiskCache writing = DiskCache.in(folder.resolve(DiskCache.FOLDER), true, first);
        writing.put("layouts", "page", page);
        writing.flush();
        assertArrayEquals(
                page,
                DiskCache.in(folder.resolve(DiskCache.FOLDER), true, second).get("layouts", "page"),
                "the next build reads the same key");

        // a key others could read (or have written) vouches for nothing: kept pages are cleaned again
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        assertFalse(CacheSeal.keptIn(home).on(), "a key others can read is not used");
    }
}
