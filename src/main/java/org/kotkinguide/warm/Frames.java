package org.kotkinguide.warm;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The conversation on the socket. The client sends {@link #HELLO}, its working folder and the command line's arguments;
 * the server answers with frames, each a kind byte: {@link #OUT} or {@link #ERR} with a length and
 * the bytes printed, then one {@link #EXIT} with the exit code.
 */
final class Frames {
    static final String HELLO = "study-guide warm build 2";
    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;

    private Frames() {}

    /** A stream whose every write goes to the client as one frame of {@code kind}. */
    static OutputStream of(DataOutputStream socket, byte kind) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                synchronized (socket) {
                    socket.writeByte(kind);
                    socket.writeInt(length);
                    socket.write(bytes, offset, length);
                    socket.flush();
                }
            }
        };
    }
}
