package org.kotkinguide.warm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kotkinguide.cache.CacheSeal;
import org.kotkinguide.cache.ToolVersion;

/**
 * Where the build server for this tool, this JVM and this environment listens: one socket per key in
 * an owner-only folder of the user's cache folder. The key names everything a server would otherwise
 * take from the client that happened to start it (the tool's version and JDK, the user's JVM options,
 * the environment variables a build or git reads), so a build is never run by a server that would
 * build it differently.
 */
record WarmPlace(Path folder, String key) {
    /** The environment variables a build reads, or git, which gives the pages' dates, or the JVM (time zone, language). */
    private static final List<String> READ = List.of("PATH", "HOME", "LANG", "LANGUAGE", "TZ", "XDG_CACHE_HOME", "CI");

    /** The place for this JVM's builds, with the JVM options the server is to start with. */
    static WarmPlace forThisJvm(List<String> serverOptions) {
        return forEnvironment(serverOptions, System.getenv());
    }

    /** The place for builds with {@code environment} and the JVM options the server is to start with. */
    static WarmPlace forEnvironment(List<String> serverOptions, Map<String, String> environment) {
        Map<String, String> read = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (READ.contains(name) || name.startsWith("LC_") || name.startsWith("GIT_")) {
                read.put(name, value);
            }
        });
        String key = fnv64(ToolVersion.quickId() + "\u0000" + String.join("\u0001", serverOptions) + "\u0000" + read);
        return new WarmPlace(CacheSeal.userFolder().resolve("warm"), key);
    }

    /**
     * A 64-bit FNV-1a hash, in hex: the client starts 0.05 s sooner than with SHA-256, whose JDK
     * provider and byte views load first. Only this user's builds name sockets in the owner-only
     * folder, so the key needs to tell builds apart, not to resist an attacker.
     */
    static String fnv64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex;
    }

    Path socket() {
        return folder.resolve(key + ".socket");
    }

    /** What the server prints that is not a build's (JRuby's own warnings, a crash). */
    Path log() {
        return folder.resolve(key + ".log");
    }

    /** Held while a client looks for the server and starts one: two builds at once start one server. */
    Path lock() {
        return folder.resolve(key + ".lock");
    }

    /**
     * Makes the folder, owner-only; null when the server may listen there, else why not: a folder that
     * cannot be made, or that others may open (a socket they could reach would run their builds as
     * this user), or a path too long for a socket.
     */
    String whyNot() {
        try {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(folder.getParent());
                try {
                    Files.createDirectory(
                            folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // another build made it at the same moment: checked below like any other
                }
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS);
            if (!permissions.stream().allMatch(p -> p.name().startsWith("OWNER_"))
                    || !Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS)
                            .getName()
                            .equals(System.getProperty("user.name"))) {
                return folder + " is not this user's alone (it must be yours, rwx------)";
            }
            // a socket's path may be about 100 bytes long at most (sockaddr_un)
            if (socket().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length >= 100) {
                return socket() + " is too long a path for a socket (set XDG_CACHE_HOME to a shorter folder)";
            }
            return null;
        } catch (UnsupportedOperationException e) {
            return "this system's files have no owner-only permissions";
        } catch (IOException | SecurityException e) {
            return folder + " cannot be made: " + e.getMessage();
        }
    }
}
