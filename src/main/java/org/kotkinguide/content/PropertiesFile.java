package org.kotkinguide.content;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A guide's {@code jbake.properties}, read strictly (UTF-8, a byte-order mark allowed) and with each
 * key's line, so a bad setting is reported where the author wrote it: {@code jbake.properties:12: ...}.
 */
public final class PropertiesFile {
    public static final String NAME = "jbake.properties";
    private static final Pattern BAD_ESCAPE = Pattern.compile("\\\\u(?![0-9a-fA-F]{4})");

    private final Properties properties;
    private final List<String> lines;

    private PropertiesFile(Properties properties, List<String> lines) {
        this.properties = properties;
        this.lines = lines;
    }

    /** Reads {@code folder/jbake.properties}; every problem is a {@link GuideBuildException} naming the file and line. */
    public static PropertiesFile read(Path folder) {
        Path file = folder.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            throw new GuideBuildException(NAME, 0, "missing: every guide folder needs a jbake.properties");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GuideBuildException(NAME, 0, "cannot read: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new GuideBuildException(NAME, firstLineNotUtf8(bytes), "not UTF-8 (a byte on this line cannot be read as UTF-8): save the file as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // an editor's byte-order mark is not part of the first key
        }
        List<String> lines = GuideLoader.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            if (BAD_ESCAPE.matcher(lines.get(i)).find()) {
                throw new GuideBuildException(NAME, i + 1, "'\\u' must be followed by four hexadecimal digits (e.g. \\u2013); write a plain character instead");
            }
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new GuideBuildException(NAME, 0, "cannot read: " + e.getMessage());
        }
        return new PropertiesFile(properties, lines);
    }

    public Properties properties() {
        return properties;
    }

    /** The line that sets {@code key} (1-based), or 0 when the file does not set it. */
    public int lineOf(String key) {
        return lineOf(lines, key);
    }

    /** The line of {@code folder/jbake.properties} that sets {@code key}, for an error found after loading; 0 if none. */
    public static int lineOf(Path folder, String key) {
        try {
            return lineOf(read(folder).lines, key);
        } catch (GuideBuildException e) {
            return 0;
        }
    }

    private static int lineOf(List<String> lines, String key) {
        Pattern setting = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:\\s]");
        int found = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (setting.matcher(lines.get(i) + " ").find()) {
                found = i + 1; // as in Properties, the last line that sets a key wins
            }
        }
        return found;
    }

    private static int firstLineNotUtf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        StandardCharsets.UTF_8.newDecoder().decode(in, CharBuffer.allocate(bytes.length + 1), true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }
}
