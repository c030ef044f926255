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

    private static String compute() {
        try {
            Path code = Path.of(ToolVersion.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
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
        } catch (java.net.URISyntaxException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
