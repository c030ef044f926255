package org.kotkinguide.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kotkinguide.content.FolderBoundary;
import org.kotkinguide.content.GuideBuildException;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.content.Sha256;
import org.kotkinguide.files.FileWrites;

/**
 * Build aside, then swap: a build writes into a fresh folder next to the output, and only a build
 * that succeeded replaces the output. A failed build leaves the last good output exactly as it was.
 *
 * <p>The build replaces only a folder whose every file it wrote itself (its {@link GuideLoader#SITE_MARKER}
 * lists them with their SHA-256) or an empty one, so an {@code --output} named by mistake (a home folder, the guide itself) is refused,
 * never deleted. Publishing moves the old output aside and the new one in; a build killed between
 * the two leaves the old output aside, and the next build puts it back before anything else.
 */
public final class OutputFolder {
    private static final byte[] MARKER_TEXT =
            ("This folder was made by the study guide build. A later build may replace it"
                            + " whole; the build replaces no folder that lacks this file, unless it is empty.\n")
                    .getBytes(StandardCharsets.UTF_8);

    /** The first line of the marker once the build has listed the files it wrote. */
    static final String MANIFEST_HEADER =
            "# the study guide build wrote this folder; a later build replaces it only if it holds just these files"
                    + " (SHA-256 and path)";
    /** The build folders and set-aside outputs this process made: only those its own id may not reclaim. */
    private static final Set<Path> MADE_HERE = ConcurrentHashMap.newKeySet();

    /** A file this process listed in an output it published: its SHA-256 and what the file system said of it then. */
    private record Stamp(String hash, long size, java.nio.file.attribute.FileTime modified, Object fileKey) {
        static Stamp of(String hash, java.nio.file.attribute.BasicFileAttributes file) {
            return new Stamp(hash, file.size(), file.lastModifiedTime(), file.fileKey());
        }

        /** Whether {@code file} is still the very file stamped: the same inode, size and modification time. */
        boolean matches(java.nio.file.attribute.BasicFileAttributes file) {
            return fileKey != null
                    && fileKey.equals(file.fileKey())
                    && size == file.size()
                    && modified.equals(file.lastModifiedTime());
        }
    }

    /**
     * The outputs this process published, each file stamped as it was listed: the next build in the same
     * process (the preview's, after each save) checks that a file is still the one it wrote by its stamp, as
     * git's index does, and hashes only the files whose stamp changed (0.2 s a rebuild at 1,000 chapters).
     */
    private static final Map<Path, Map<String, Stamp>> PUBLISHED_HERE =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Path, Map<String, Stamp>> eldest) {
                    return size() > 8; // a preview has one or two outputs; a test run has thousands
                }
            });

    private final Path target;
    /** {@code .site-building-<pid>-<n>}: the process id tells a later build whether the folder was left by a killed one. */
    private final Pattern ours;

    public OutputFolder(Path target) {
        this.target = target.toAbsolutePath().normalize();
        String name = this.target.getFileName() == null
                ? ""
                : this.target.getFileName().toString();
        this.ours = Pattern.compile("^\\." + Pattern.quote(name) + "-(building|previous)-(\\d+)-\\d+$");
    }

    public Path target() {
        return target;
    }

    /**
     * Refuses an output the build may not replace: the root, a link, a file, a folder holding the
     * guide or inside a folder the build reads, or a folder with files the build did not make.
     * {@code readFolders} are the guide's content, template and asset folders.
     */
    public void checkReplaceable(Path guide, List<Path> readFolders) {
        String shown = target.toString();
        if (target.getParent() == null) {
            throw refused(shown, "is the root of the file system");
        }
        if (Files.isSymbolicLink(target)) {
            throw refused(shown, "is a symbolic link: name the folder it points to, or another folder");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw refused(shown, "is a file, not a folder: the build would replace it with the site");
        }
        Path real = realPath(target);
        Path realGuide = realPath(guide);
        if (realGuide.startsWith(real)) {
            throw refused(
                    shown,
                    real.equals(realGuide) ? "is the guide's own folder" : "contains the guide's folder " + realGuide);
        }
        for (Path folder : readFolders) {
            if (real.startsWith(realPath(folder))) {
                throw refused(
                        shown,
                        "is inside " + folder.getFileName() + "/, which the build reads: the site would be"
                                + " copied into the next build");
            }
        }
        if (Files.isDirectory(target)) {
            List<String> names = notWritten(target, inBuildFolder(guide, target));
            if (!names.isEmpty()) {
                throw refused(
                        shown,
                        "holds files the build did not make (" + String.join(", ", shortened(names))
                                + "): the build replaces only a folder whose every file it wrote itself (they are"
                                + " listed with their SHA-256 in " + GuideLoader.SITE_MARKER + ") or an empty one;"
                                + " choose another --output or move those files away" + olderBuild(target));
            }
        }
    }

    /**
     * Whether {@code folder} is inside the guide's own {@code target/}, Maven's build folder, which
     * {@code mvn clean} empties whole anyway: there a folder marked by an older build is still the build's.
     */
    static boolean inBuildFolder(Path guide, Path folder) {
        return realPath(folder).startsWith(realPath(guide).resolve("target"));
    }

    /** Says so when an older build, which did not list the files it wrote, made {@code folder}. */
    static String olderBuild(Path folder) {
        return hasOlderMarker(folder)
                ? " (an older version of the build made " + folder.getFileName()
                        + "/ without listing its files: if it holds nothing of yours, delete it and build again)"
                : "";
    }

    private static boolean hasOlderMarker(Path folder) {
        Path marker = folder.resolve(GuideLoader.SITE_MARKER);
        try {
            return Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)
                    && java.util.Arrays.equals(Files.readAllBytes(marker), MARKER_TEXT);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The files in {@code folder} the build did not write there: every file, unless the folder's
     * manifest lists it with the same SHA-256. A manifest anyone copied vouches only for the files
     * it lists, so a site copied into a web root beside the user's uploads is not replaced whole.
     */
    static List<String> notWritten(Path folder) {
        return notWritten(folder, false);
    }

    /**
     * As {@link #notWritten(Path)}; with {@code trustOlderMarker}, a folder an older build marked (its marker
     * lists no files) counts as the build's whole, so a checkout that upgrades can build into its own
     * {@code target/} again.
     */
    static List<String> notWritten(Path folder, boolean trustOlderMarker) {
        if (trustOlderMarker && hasOlderMarker(folder)) {
            return List.of();
        }
        Map<String, String> written = manifest(folder);
        Map<String, Stamp> stamped =
                PUBLISHED_HERE.getOrDefault(folder.toAbsolutePath().normalize(), Map.of());
        List<String> others = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted().toList()) {
                if (p.equals(folder) || p.equals(folder.resolve(GuideLoader.SITE_MARKER))) {
                    continue;
                }
                String name = name(folder, p);
                var file = Files.readAttributes(
                        p, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (file.isDirectory()) {
                    continue; // a folder is the build's if every file in it is
                }
                String hash = written.get(name);
                Stamp stamp = stamped.get(name);
                boolean unchanged = stamp != null && stamp.hash().equals(hash) && stamp.matches(file);
                if (hash == null || !file.isRegularFile() || !unchanged && !hash.equals(sha256(p))) {
                    others.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return others;
    }

    /** Lists every file in {@code folder} with its SHA-256, in the folder's marker: what {@link #notWritten} trusts. */
    static void writeManifest(Path folder) throws IOException {
        writeManifest(folder, null);
    }

    /** As {@link #writeManifest(Path, Path)}, returning each listed file's stamp, by name. */
    private static Map<String, Stamp> writeStampedManifest(Path folder, Path published) throws IOException {
        Map<String, Stamp> stamps = new HashMap<>();
        writeManifest(folder, published, stamps);
        return stamps;
    }

    /**
     * As {@link #writeManifest(Path)}; when {@code published} holds a manifest with the same bytes, the new
     * one is that file (a hard link, like every unchanged file of the site), so building again without a
     * change leaves every file as it was and an upload sends nothing.
     */
    static void writeManifest(Path folder, Path published) throws IOException {
        writeManifest(folder, published, new HashMap<>());
    }

    private static void writeManifest(Path folder, Path published, Map<String, Stamp> stamps) throws IOException {
        StringBuilder text = new StringBuilder(MANIFEST_HEADER).append('\n');
        // a file the new site shares with the published one (a hard link: SiteFiles) has the hash the
        // published manifest lists, which the check before this build compared with its bytes; under the
        // launcher's quick compiler a SHA-256 runs at about 100 MB/s, so each kept file is hashed once
        Map<String, String> publishedHashes = published == null ? Map.of() : manifest(published);
        List<Path> listed = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted().toList()) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && !p.equals(folder.resolve(GuideLoader.SITE_MARKER))) {
                    String name = name(folder, p);
                    if (name.indexOf('\n') < 0) { // a name with a line break cannot be listed: it stays unvouched
                        listed.add(p);
                        names.add(name);
                    }
                }
            }
        }
        // hashed on every core (in a new site every file is new), listed in the walk's order
        List<String> hashes = java.util.stream.IntStream.range(0, listed.size())
                .parallel()
                .mapToObj(i -> {
                    String hash = publishedHashes.get(names.get(i));
                    return hash != null && sameFile(listed.get(i), published.resolve(names.get(i)))
                            ? hash
                            : sha256(listed.get(i));
                })
                .toList();
        for (int i = 0; i < listed.size(); i++) {
            String name = names.get(i);
            text.append(hashes.get(i)).append(' ').append(name).append('\n');
            stamps.put(
                    name,
                    Stamp.of(
                            hashes.get(i),
                            Files.readAttributes(
                                    listed.get(i),
                                    java.nio.file.attribute.BasicFileAttributes.class,
                                    LinkOption.NOFOLLOW_LINKS)));
        }
        Path marker = folder.resolve(GuideLoader.SITE_MARKER);
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Path old = published == null ? null : published.resolve(GuideLoader.SITE_MARKER);
        if (old != null
                && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
                && java.util.Arrays.equals(Files.readAllBytes(old), bytes)) {
            Files.deleteIfExists(marker);
            try {
                Files.createLink(marker, old);
                return;
            } catch (IOException | UnsupportedOperationException e) {
                // another file system, or no hard links: write it anew below
            }
        }
        // a new file, moved in: the marker may be a hard link shared with the published site (SiteFiles)
        Path written = Files.createTempFile(folder, GuideLoader.SITE_MARKER, ".part");
        FileWrites.text(written, text);
        Files.move(written, folder.resolve(GuideLoader.SITE_MARKER), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Map<String, String> manifest(Path folder) {
        return HashLists.read(folder.resolve(GuideLoader.SITE_MARKER), MANIFEST_HEADER);
    }

    /** Whether {@code a} and {@code b} are one file (the same inode); false where the system cannot say. */
    private static boolean sameFile(Path a, Path b) {
        try {
            Object key = Files.readAttributes(
                            a, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
            return key != null
                    && key.equals(Files.readAttributes(
                                    b, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                            .fileKey());
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code file}'s name in {@code folder} as the manifest lists it, '/' between folders. */
    private static String name(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static String sha256(Path file) {
        try {
            return Sha256.hex(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Before a build: puts back an output that a killed build left aside, and removes the folders
     * killed builds were writing in (only those this build's own naming and marker identify).
     */
    public void recover() {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        List<Path> leftovers = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.sorted(Comparator.reverseOrder()).toList()) {
                Matcher m = ours.matcher(sibling.getFileName().toString());
                if (m.matches()
                        && Files.exists(sibling.resolve(GuideLoader.SITE_MARKER), LinkOption.NOFOLLOW_LINKS)
                        && !alive(Long.parseLong(m.group(2)), sibling)) {
                    if (m.group(1).equals("previous") && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                        Files.move(sibling, target, StandardCopyOption.ATOMIC_MOVE);
                    } else {
                        leftovers.add(sibling);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look next to " + target, e);
        }
        leftovers.forEach(OutputFolder::delete);
    }

    /** A new empty folder beside the output, on the same disk so the swap is a rename, marked as the build's. */
    public Path createStaging() {
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(
                    target.getParent(),
                    "." + target.getFileName() + "-building-"
                            + ProcessHandle.current().pid() + "-");
            // createTempDirectory adds a long random number: the pattern only needs digits
            Path named = staging.resolveSibling(staging.getFileName().toString().replaceAll("[^0-9]+$", ""));
            if (!named.equals(staging)) {
                staging = Files.move(staging, named);
            }
            if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // temp folders are private; a published site must be readable by the web server
                Files.setPosixFilePermissions(
                        staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            FileWrites.bytes(staging.resolve(GuideLoader.SITE_MARKER), MARKER_TEXT);
            MADE_HERE.add(staging.toAbsolutePath().normalize());
            return staging;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a build folder next to " + target, e);
        }
    }

    /** Replaces the output with {@code staging}; the old output is removed only once the new one is in place. */
    public void publish(Path staging) {
        try {
            Map<String, Stamp> stamps = writeStampedManifest(staging, target);
            PUBLISHED_HERE.remove(target);
            Path old = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = target.resolveSibling("." + target.getFileName() + "-previous-"
                        + ProcessHandle.current().pid() + "-" + System.nanoTime());
                MADE_HERE.add(old.toAbsolutePath().normalize());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (old != null) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            // a rename keeps each file's inode, size and time: the stamps taken in staging hold here
            PUBLISHED_HERE.put(target, stamps);
            if (old != null) {
                delete(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + target, e);
        }
    }

    /** Puts a copy of {@code from} at {@code to} in one step: a reader never sees half a file. */
    public static void replaceFile(Path from, Path to) throws IOException {
        Path temporary = Files.createTempFile(to.toAbsolutePath().getParent(), "." + to.getFileName(), ".part");
        try {
            Files.copy(from, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Replaces folder {@code to} (one the build made, or none) with a copy of {@code from}, built aside and swapped in. */
    public static void replaceFolder(Path from, Path to) throws IOException {
        OutputFolder target = new OutputFolder(to);
        target.recover();
        Path staging = target.createStaging();
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, staging.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        target.publish(staging);
    }

    public static void delete(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // Files.walk does not follow links: a link inside is removed, never what it points to
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }

    static GuideBuildException refused(String what, String why) {
        return new GuideBuildException(
                what, 0, "refused as the output: it " + why + ". Nothing was written or deleted");
    }

    private static Path realPath(Path path) {
        return FolderBoundary.realPath(path);
    }

    /** At most three names, shown so that a line break in a name cannot split the error line. */
    static List<String> shortened(List<String> names) {
        List<String> shown = names.stream()
                .limit(3)
                .map(n -> n.replace("\n", "\\n").replace("\r", "\\r"))
                .toList();
        return names.size() <= 3
                ? shown
                : Stream.concat(shown.stream(), Stream.of("and " + (names.size() - 3) + " more"))
                        .toList();
    }

    /**
     * Whether the build that named a folder with {@code pid} may still be writing it. A folder with
     * this process's id that this process did not make was left by an earlier process that had the
     * same id (every build is PID 1 in a container), so it is not alive.
     */
    private static boolean alive(long pid, Path folder) {
        if (pid == ProcessHandle.current().pid()) {
            return MADE_HERE.contains(folder.toAbsolutePath().normalize());
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
