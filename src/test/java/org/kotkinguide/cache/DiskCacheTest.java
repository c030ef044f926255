package org.kotkinguide.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
