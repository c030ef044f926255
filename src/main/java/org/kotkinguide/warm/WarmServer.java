package org.kotkinguide.warm;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The build server: listens on the socket, runs one build at a time as the command line would, and
 * ends when no build has come for a while. Every build is the command line's own run in this JVM,
 * which the preview server and the tests already do build after build; only JRuby and what the JIT
 * compiled are kept between them.
 */
public final class WarmServer {
    /** How long the server waits for a build before it ends (its memory is then the system's again). */
    static final Duration IDLE = Duration.ofMinutes(15);

    /**
     * Runs one command line as typed in {@code folder} (its relative paths are the client's), printing to
     * {@code out} and {@code err}; returns its exit code (the CLI's {@code Main.run}).
     */
    public interface Command {
        int run(Path folder, List<String> args, PrintStream out, PrintStream err);
    }

    private WarmServer() {}

    /** How long this server waits: {@link #IDLE}, or the seconds in {@code -Dstudy-guide.warm.idle-seconds} (the tests'). */
    static Duration idle() {
        String seconds = System.getProperty("study-guide.warm.idle-seconds");
        return seconds != null ? Duration.ofSeconds(Long.parseLong(seconds)) : IDLE;
    }

    /** Serves builds on {@code socket} until idle for {@link #idle()}; the socket file is gone when it returns. */
    public static void serve(Path socket, Command command) throws IOException {
        long pid = ProcessHandle.current().pid();
        int served = 0;
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                Selector selector = Selector.open()) {
            // the client that started this server holds the lock: a file here is a dead server's
            Files.deleteIfExists(socket);
            server.bind(UnixDomainSocketAddress.of(socket));
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            System.out.println("build server " + pid + " listening on " + socket);
            while (selector.select(idle().toMillis()) > 0) {
                selector.selectedKeys().clear();
                SocketChannel client = server.accept();
                if (client != null) {
                    serveOne(client, command);
                    served++;
                }
            }
            // idle: no new client can find the socket; one that found it just now is still served
            Files.deleteIfExists(socket);
            for (SocketChannel late = server.accept(); late != null; late = server.accept()) {
                serveOne(late, command);
                served++;
            }
            System.out.println("build server " + pid + " ends after " + served + " command lines, idle for " + idle());
        }
    }

    private static void serveOne(SocketChannel client, Command command) {
        try (client) {
            client.configureBlocking(true);
            if (!fromThisUser(client)) {
                System.out.println("refused a connection from another user");
                return;
            }
            DataInputStream in = new DataInputStream(Channels.newInputStream(client));
            DataOutputStream socket = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
            if (!Frames.HELLO.equals(in.readUTF())) {
                return;
            }
            Path folder = Path.of(in.readUTF());
            List<String> args = new ArrayList<>();
            for (int count = in.readInt(); count > 0; count--) {
                args.add(in.readUTF());
            }
            PrintStream out = new PrintStream(Frames.of(socket, Frames.OUT), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(Frames.of(socket, Frames.ERR), true, StandardCharsets.UTF_8);
            int code;
            try {
                code = command.run(folder, args, out, err);
            } catch (RuntimeException | Error e) {
                // the server stays for the next build; the client is told, as a local build would tell it
                e.printStackTrace(err);
                code = 1;
            }
            out.flush();
            err.flush();
            synchronized (socket) {
                socket.writeByte(Frames.EXIT);
                socket.writeInt(code);
                socket.flush();
            }
        } catch (IOException e) {
            // the client went away (Ctrl+C): the build itself has ended and published, or left the site as it was
            System.out.println("a client went away: " + e);
        }
    }

    /** Whether the client runs as the user this server runs as (where the system can tell; the folder is owner-only anyway). */
    private static boolean fromThisUser(SocketChannel client) throws IOException {
        try {
            jdk.net.UnixDomainPrincipal peer = client.getOption(jdk.net.ExtendedSocketOptions.SO_PEERCRED);
            return peer.user().getName().equals(System.getProperty("user.name"));
        } catch (UnsupportedOperationException e) {
            return true;
        }
    }
}
