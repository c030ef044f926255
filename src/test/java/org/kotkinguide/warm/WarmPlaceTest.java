package org.kotkinguide.warm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
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

    @Test
    void an_environment_a_build_or_git_reads_gets_a_server_of_its_own_and_others_do_not() {
        Map<String, String> typed = Map.of("PATH", "/usr/bin", "LANG", "en_GB.UTF-8", "EDITOR", "vi");
        String key = WarmPlace.forEnvironment(List.of(), typed).key();
        for (Map.Entry<String, String> read : Map.of(
                        "LANG", "de_DE.UTF-8",
                        "PATH", "/opt/bin:/usr/bin",
                        "TZ", "Europe/Berlin",
                        "LC_TIME", "fr_FR.UTF-8",
                        "GIT_DIR", "/elsewhere/.git",
                        "HOME", "/home/other",
                        "CI", "true")
                .entrySet()) {
            Map<String, String> other = new java.util.HashMap<>(typed);
            other.put(read.getKey(), read.getValue());
            assertNotEquals(key, WarmPlace.forEnvironment(List.of(), other).key(), read.getKey());
        }
        Map<String, String> unread = new java.util.HashMap<>(typed);
        unread.put("EDITOR", "emacs");
        unread.put("TERM", "dumb");
        assertEquals(key, WarmPlace.forEnvironment(List.of(), unread).key(), "no server of its own for an editor");
    }
}
