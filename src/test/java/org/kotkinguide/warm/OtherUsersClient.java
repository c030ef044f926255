package org.kotkinguide.warm;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.OptionalInt;

/**
 * A client that {@link WarmServerTest} runs as another user: it asks the server at {@code args[0]}
 * for a build and prints {@code no answer} when the server closed (or reset) the connection without one,
 * else the exit code.
 */
final class OtherUsersClient {
    private OtherUsersClient() {}

    public static void main(String[] args) throws IOException {
        System.out.println(ask(args[0]));
    }

    static String ask(String socket) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            OptionalInt code;
            try {
                code = WarmClient.exchange(channel, List.of("build"), System.out, System.err);
            } catch (IOException e) {
                // closed under the request (a broken pipe) or with it unread (a reset): the real client
                // then builds in its own JVM
                return "no answer";
            }
            return code.isPresent() ? "exit " + code.getAsInt() : "no answer";
        }
    }
}
