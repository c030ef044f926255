package org.kotkinguide.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.stream.Stream;
import org.kotkinguide.content.Sha256;

/**
 * Which build of the tool this is, for the cache: the SHA-256 of the tool's own jar (whose manifest
 * also names each library's version), or of its classes when it runs from a folder (the tests), and
 * the JDK it runs on (a JDK's fonts, text layout or zip may change an output). A new version of the
 * tool, of a library or of the JDK never reads what an older one kept.
 */
public final class ToolVersion {
    private static String id;

    private ToolVersion() {}

    public static synchronized String id() {
        if (id == null) {
            id = Sha256.hex(compute() + "\u0000" + System.getProperty("java.vendor") + "\u0000" + Runtime.version());
        }
        return id;
    }

    /**
     * Which build of the tool this is, told without reading it: the jar's path, size and time (a jar
     * made again is another tool) and the JDK's. For what must start in a few milliseconds (the warm
     * build's client, which hashing the jar would cost a twentieth of a second); from a folder of
     * classes (the tests), {@link #id()}.
     */
    public static String quickId() {
        Path code = code();
        try {
            if (Files.isRegularFile(code)) {
                return code + "\u0000" + Files.size(code) + "\u0000"
                        + Files.getLastModifiedTime(code).toMillis() + "\u0000" + System.getProperty("java.home")
                        + "\u0000" + Runtime.version();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id();
    }

    /** The tool's jar, or its folder of classes. */
    private static Path code() {
        try {
            return Path.of(ToolVersion.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String compute() {
        try {
            Path code = code();
            if (Files.isRegularFile(code)) {
                return Sha256.hex(Files.readAllBytes(code));
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (Stream<Path> files = Files.walk(code)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update(code.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update(Sha256.of(Files.readAllBytes(file)));
                }
            }
            // the libraries are on the class path as files named with their versions
            digest.update(System.getProperty("java.class.path", "").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
