package org.kotkinguide.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kotkinguide.content.GuideBuildException;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.content.Sha256;
import org.kotkinguide.files.FileWrites;

/**
 * The PDFs, the handouts and the zip also stand next to the site ({@code target/study-guide.pdf}, ...),
 * where a teacher finds them. That folder is shared with whatever else the user keeps there, so the
 * build writes there only into what it made: a folder whose every file its {@link GuideLoader#SITE_MARKER}
 * lists with the bytes the build wrote, or a
 * file whose bytes are those it wrote last time (kept in {@value #LEDGER}). A teacher's own
 * {@code handouts/week1.docx}, or a PDF annotated in place, makes the build refuse, not overwrite.
 */
final class CopiesBesideSite {
    static final String LEDGER = ".study-guide-copies";
    private static final String LEDGER_HEADER =
            "# files the study guide build wrote next to the site, with their SHA-256";

    private final Path folder;

    CopiesBesideSite(Path site) {
        this.folder = site.toAbsolutePath().normalize().getParent();
    }

    /** Fails, before anything is built, if one of {@code names} next to the site is not the build's to replace. */
    void checkReplaceable(Path guide, List<String> names) {
        Map<String, String> ledger = ledger();
        for (String name : names) {
            Path path = folder.resolve(name);
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            String shown = path.toString();
            if (Files.isSymbolicLink(path)) {
                throw refused(shown, "is a symbolic link");
            }
            if (Files.isDirectory(path)) {
                List<String> others = OutputFolder.notWritten(path, OutputFolder.inBuildFolder(guide, path));
                if (!others.isEmpty()) {
                    throw refused(
                            shown,
                            "is a folder holding files the build did not write ("
                                    + String.join(", ", OutputFolder.shortened(others)) + ")"
                                    + OutputFolder.olderBuild(path));
                }
            } else if (!sha256(path).equals(ledger.get(name))) {
                throw refused(
                        shown, "is not the file the last build wrote there (it was made or changed by someone else)");
            }
        }
    }

    /** Puts each file and folder next to the site, each in one step, and records the files' bytes. */
    void publish(Map<String, Path> files, Map<String, Path> folders) throws IOException {
        Map<String, String> ledger = new TreeMap<>(ledger());
        for (Map.Entry<String, Path> file : files.entrySet()) {
            OutputFolder.replaceFile(file.getValue(), folder.resolve(file.getKey()));
            ledger.put(file.getKey(), sha256(file.getValue()));
        }
        for (Map.Entry<String, Path> copy : folders.entrySet()) {
            OutputFolder.replaceFolder(copy.getValue(), folder.resolve(copy.getKey()));
        }
        StringBuilder text = new StringBuilder(LEDGER_HEADER).append('\n');
        ledger.forEach(
                (name, hash) -> text.append(hash).append(' ').append(name).append('\n'));
        Path written = Files.createTempFile(folder, LEDGER, ".part");
        FileWrites.text(written, text);
        Files.move(
                written,
                folder.resolve(LEDGER),
                java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private Map<String, String> ledger() {
        return HashLists.read(folder.resolve(LEDGER), LEDGER_HEADER);
    }

    private static String sha256(Path file) {
        try {
            return Sha256.hex(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }

    private static GuideBuildException refused(String what, String why) {
        return new GuideBuildException(
                what,
                0,
                "refused: it " + why + ", and the build writes its PDFs and zip next to"
                        + " the site only over its own. Move it away, or choose another --output. Nothing was written or deleted");
    }
}
