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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kotkinguide.content.FolderBoundary;
import org.kotkinguide.content.GuideBuildException;
import org.kotkinguide.content.GuideLoader;

/**
 * Build aside, then swap: a build writes into a fresh folder next to the output, and only a build
 * that succeeded replaces the output. A failed build leaves the last good output exactly as it was.
 *
 * <p>The build replaces only a folder it made itself (it holds {@link GuideLoader#SITE_MARKER}) or an
 * empty one, so an {@code --output} named by mistake (a home folder, the guide itself) is refused,
 * never deleted. Publishing moves the old output aside and the new one in; a build killed between
 * the two leaves the old output aside, and the next build puts it back before anything else.
 */
public final class OutputFolder {
    private static final byte[] MARKER_TEXT =
            ("This folder was made by the study guide build. A later build may replace it"
                            + " whole; the build replaces no folder that lacks this file, unless it is empty.\n")
                    .getBytes(StandardCharsets.UTF_8);

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
        if (Files.isDirectory(target) && !Files.exists(target.resolve(GuideLoader.SITE_MARKER))) {
            List<String> names = listing(target);
            if (!names.isEmpty()) {
                throw refused(
                        shown,
                        "holds files the build did not make (" + String.join(", ", names) + "): the build replaces"
                                + " only a folder it made itself (it holds " + GuideLoader.SITE_MARKER
                                + ") or an empty one;"
                                + " choose another --output or empty this folder");
            }
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
                        && !alive(Long.parseLong(m.group(2)))) {
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
            Files.write(staging.resolve(GuideLoader.SITE_MARKER), MARKER_TEXT);
            return staging;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a build folder next to " + target, e);
        }
    }

    /** Replaces the output with {@code staging}; the old output is removed only once the new one is in place. */
    public void publish(Path staging) {
        try {
            Path old = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = target.resolveSibling("." + target.getFileName() + "-previous-"
                        + ProcessHandle.current().pid() + "-" + System.nanoTime());
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

    private static List<String> listing(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names =
                    files.map(p -> p.getFileName().toString()).sorted().toList();
            return names.size() <= 3
                    ? names
                    : List.of(names.get(0), names.get(1), names.get(2), "and " + (names.size() - 3) + " more");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static boolean alive(long pid) {
        return pid == ProcessHandle.current().pid()
                || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
