package org.kotkinguide.warm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server runs a build for the user it runs as, and for nobody else, even one who reaches its socket. */
class WarmServerTest {
    @TempDir
    Path work;

    @Test
    void a_client_of_another_user_is_refused_though_it_reaches_the_socket() throws Exception {
        // another user's client needs a user to become: root can, with setpriv (as in CI's container)
        assumeTrue(
                "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "needs root and setpriv to run a client as another user");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwx--x--x"));
        Path socket = work.resolve("test.socket");
        AtomicInteger builds = new AtomicInteger();
        String idle = System.setProperty("study-guide.warm.idle-seconds", "2");
        Thread server = new Thread(() -> {
            try {
                WarmServer.serve(socket, (folder, args, out, err) -> {
                    builds.incrementAndGet();
                    return 0;
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            server.start();
            for (int wait = 0; !Files.exists(socket) && wait < 500; wait++) {
                Thread.sleep(10);
            }
            // the folder and the socket opened to everyone: only the server's own check stands in the way
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rwxrwxrwx"));

            Process other = new ProcessBuilder(
                            "/usr/bin/setpriv",
                            "--reuid=65534",
                            "--regid=65534",
                            "--clear-groups",
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            OtherUsersClient.class.getName(),
                            socket.toString())
                    .redirectErrorStream(true)
                    .start();
            other.waitFor(2, TimeUnit.MINUTES);
            String said = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(List.of("no answer"), said.lines().toList(), "user nobody's client: " + said);
            assertEquals(0, builds.get(), "no build for another user");

            assertEquals("exit 0", OtherUsersClient.ask(socket.toString()), "this user's client is served");
            assertEquals(1, builds.get());
        } finally {
            server.join(TimeUnit.MINUTES.toMillis(1));
            if (idle == null) {
                System.clearProperty("study-guide.warm.idle-seconds");
            } else {
                System.setProperty("study-guide.warm.idle-seconds", idle);
            }
        }
    }
}
