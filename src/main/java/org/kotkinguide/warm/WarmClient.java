package org.kotkinguide.warm;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.kotkinguide.launch.FastStart;

/**
 * {@code build --warm}: finds this user's build server for this tool (or starts one) and has it run
 * the build, printing what it prints and returning its exit code. Where no server can be had (no
 * owner-only folder, no Unix domain sockets, a server that does not start), the caller builds
 * itself: a warm server makes a build faster, never different.
 */
public final class WarmClient {
    /** The class whose {@code main(socket)} runs {@link WarmServer#serve}: the command line's, which knows the commands. */
    private static final String SERVER_MAIN = "org.kotkinguide.cli.WarmServerMain";

    /** The option that asks for the server. */
    private static final String OPTION = "--warm";

    /** How long a new server may take to listen (a JVM start, on a loaded machine). */
    private static final long START_MILLIS = 60_000;

    private WarmClient() {}

    /**
     * Whether {@code args} ask for a warm build: {@code build} with {@code --warm}. The command line is
     * then handed over as typed, before this JVM loads the parser or anything else of the tool: the
     * server parses it, in the client's folder.
     */
    public static boolean wanted(String[] args) {
        return args.length > 0 && args[0].equals("build") && Arrays.asList(args).contains(OPTION);
    }

    /** The same command line for a build here, when no server could run it. */
    public static String[] withoutWarm(String[] args) {
        return Arrays.stream(args).filter(arg -> !arg.equals(OPTION)).toArray(String[]::new);
    }

    /**
     * Has the server run {@code args} as typed in this JVM's working folder; its exit code, or empty
     * when no server could run it (then build here).
     */
    public static OptionalInt run(List<String> args, PrintStream out, PrintStream err) {
        List<String> options = FastStart.userOptions();
        WarmPlace place = WarmPlace.forThisJvm(options);
        String whyNot = place.whyNot();
        if (whyNot != null) {
            err.println("no warm build server: " + whyNot + "; building here");
            return OptionalInt.empty();
        }
        try {
            // a server that ends, idle, just as this build reaches it answers nothing: start another, once
            for (int attempt = 0; attempt < 2; attempt++) {
                OptionalInt code;
                try (SocketChannel channel = connect(place, options, out)) {
                    if (channel == null) {
                        err.println("no warm build server: it did not start (see " + place.log() + "); building here");
                        return OptionalInt.empty();
                    }
                    code = exchange(channel, args, out, err);
                }
                if (code.isPresent()) {
                    return code;
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            err.println("no warm build server: " + e.getMessage() + "; building here");
        }
        return OptionalInt.empty();
    }

    /** A connection to the running server, or to one started now; null when none starts. */
    private static SocketChannel connect(WarmPlace place, List<String> options, PrintStream out) throws IOException {
        SocketChannel running = tryConnect(place.socket());
        if (running != null) {
            return running;
        }
        try (FileChannel lockFile =
                FileChannel.open(place.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            // held until the channel closes
            lockFile.lock();
            // another build may have started it while this one waited for the lock
            running = tryConnect(place.socket());
            if (running != null) {
                return running;
            }
            Process server = start(place, options);
            out.println("started a warm build server (process " + server.pid()
                    + "): builds with --warm use it until it has waited "
                    + WarmServer.idle().toMinutes()
                    + " minutes for one");
            long deadline = System.currentTimeMillis() + START_MILLIS;
            while (server.isAlive() && System.currentTimeMillis() < deadline) {
                running = tryConnect(place.socket());
                if (running != null) {
                    return running;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            server.destroy();
            return null;
        }
    }

    private static SocketChannel tryConnect(Path socket) throws IOException {
        if (!Files.exists(socket)) {
            return null;
        }
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (IOException e) {
            // a dead server's socket: the server started next replaces it
            channel.close();
            return null;
        }
    }

    /**
     * The server in a JVM of its own that outlives this one: in a session of its own where there is
     * {@code setsid} (so Ctrl+C in this terminal stops this build's client, not the server), its output
     * appended to its log.
     */
    private static Process start(WarmPlace place, List<String> options) throws IOException {
        List<String> command = new ArrayList<>();
        Path setsid = Path.of("/usr/bin/setsid");
        if (Files.isExecutable(setsid)) {
            command.add(setsid.toString());
        }
        command.addAll(FastStart.serverCommand(SERVER_MAIN, options));
        command.add(place.socket().toString());
        Process server = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(place.log().toFile()))
                .start();
        server.getOutputStream().close();
        return server;
    }

    /** Sends the arguments and copies the frames back; empty when the server closed before it answered at all. */
    static OptionalInt exchange(SocketChannel channel, List<String> args, PrintStream out, PrintStream err)
            throws IOException {
        DataOutputStream request = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
        request.writeUTF(Frames.HELLO);
        // the server resolves the command line's folders against this JVM's working folder
        request.writeUTF(Path.of("").toAbsolutePath().toString());
        request.writeInt(args.size());
        for (String arg : args) {
            request.writeUTF(arg);
        }
        request.flush();
        DataInputStream frames = new DataInputStream(Channels.newInputStream(channel));
        boolean answered = false;
        while (true) {
            byte kind;
            try {
                kind = frames.readByte();
            } catch (EOFException e) {
                if (!answered) {
                    return OptionalInt.empty();
                }
                err.println("the warm build server stopped before the build ended");
                return OptionalInt.of(1);
            }
            answered = true;
            if (kind == Frames.EXIT) {
                return OptionalInt.of(frames.readInt());
            }
            byte[] bytes = new byte[frames.readInt()];
            frames.readFully(bytes);
            (kind == Frames.ERR ? err : out).write(bytes, 0, bytes.length);
            (kind == Frames.ERR ? err : out).flush();
        }
    }
}
