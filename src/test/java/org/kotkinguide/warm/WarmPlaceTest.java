package org.kotkinguide.warm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the warm server listens: only in a folder that is this user's alone, named by what would change a build. */
class WarmPlaceTest {
    @TempDir
    Path work;

    @Test
    void the_folder_is_made_for_this_user_alone() throws Exception {
        WarmPlace place = new WarmPlace(work.resolve("study-guide/warm"), "abc");
        assertNull(place.whyNot());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(place.folder())));
    }

    @Test
    void a_folder_others_may_open_is_not_used_and_the_build_is_told_why() throws Exception {
        Path folder = Files.createDirectories(work.resolve("warm"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-x---"));
        assertEquals(
                folder + " is not this user's alone (it must be yours, rwx------)",
                new WarmPlace(folder, "abc").whyNot());
    }

    @Test
    void a_path_too_long_for_a_socket_is_named() {
        Path folder = work.resolve("a".repeat(120));
        WarmPlace place = new WarmPlace(folder, "abc");
        assertEquals(
                place.socket() + " is too long a path for a socket (set XDG_CACHE_HOME to a shorter folder)",
                place.whyNot());
    }

    @Test
    void other_jvm_options_get_a_server_of_their_own() {
        assertEquals(
                WarmPlace.forThisJvm(List.of()).key(),
                WarmPlace.forThisJvm(List.of()).key());
        assertNotEquals(
                WarmPlace.forThisJvm(List.of()).key(),
                WarmPlace.forThisJvm(List.of("-Xmx2g")).key());
    }
}
