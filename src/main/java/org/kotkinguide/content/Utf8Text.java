package org.kotkinguide.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/** A guide file's bytes as text: UTF-8 or an error at the first line that is not, never a character replaced. */
final class Utf8Text {
    private Utf8Text() {}

    /**
     * The text of {@code bytes}, without a byte-order mark; a byte that is not UTF-8 (a file saved as
     * Latin-1 or Windows-1252, as reference managers often export) is an error at its line of {@code name}.
     */
    static String decode(byte[] bytes, String name) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new GuideBuildException(
                    name, line, "not UTF-8 (a byte this line cannot be read as UTF-8): save the file as UTF-8");
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
