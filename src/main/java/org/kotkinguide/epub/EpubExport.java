package org.kotkinguide.epub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.asciidoctor.Options;
import org.kotkinguide.cache.KeptPdfs;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.SourceNames;
import org.kotkinguide.convert.AsciidoctorReads;
import org.kotkinguide.files.FileWrites;
import org.kotkinguide.model.Guide;
import org.kotkinguide.pdf.BookConversion;
import org.kotkinguide.pdf.BookText;
import org.kotkinguide.pdf.Edition;

/**
 * The whole guide as an EPUB 3 for e-readers: the student edition's chapters, answers, glossary,
 * who's who, timeline and bibliography, with terms and citations as links between its files, a cover,
 * the guide's language and metadata, every document through the site's allowlist. It names no page
 * numbers: an e-reader has none to name.
 */
public final class EpubExport {
    private final GuideSource source;
    private final ContentErrors errors;
    /** EPUBs kept between builds, on the same declared inputs as the PDFs (its text, images, settings, terms). */
    private final KeptPdfs kept;

    public EpubExport(GuideSource source, ContentErrors errors) {
        this(source, errors, KeptPdfs.NONE);
    }

    public EpubExport(GuideSource source, ContentErrors errors, KeptPdfs kept) {
        this.source = source;
        this.errors = errors;
        this.kept = kept;
    }

    /**
     * Converts the guide and writes {@code file}. SAFE mode lets Asciidoctor write only inside the
     * folder it reads from, and asciidoctor-epub3 writes a file, not a stream: so it reads from a
     * copy of the content folder made beside {@code file}, writes there, and the EPUB is moved out.
     */
    public void write(Path file) {
        String book = BookText.whole(source, Edition.STUDENT, false).asciidoc();
        // what the EPUB is made from, with the cover's place in the work folder (new each build) left out, and
        // the day it says it was modified, which may come from the pages' days (git, :revdate:) or the clock
        String madeFrom = header(Path.of(".cover.png"))
                + org.kotkinguide.content.Sha256.hex(Cover.png(source.guide()))
                + "\u0000"
                + EditionDate.of(source)
                + "\u0000"
                + book;
        if (kept.restore(madeFrom, "epub", file) != null) {
            // a kept EPUB passes the allowlist again: the cache is a file anyone could have written
            EpubAllowlist.apply(file);
            return;
        }
        if (convert(book, file)) {
            EpubAllowlist.apply(file);
            kept.keep(madeFrom, "epub", file, 0);
        }
    }

    /** Converts {@code book} into {@code file}; returns whether it did without an error. */
    private boolean convert(String book, Path file) {
        int errorsBefore = errors.reported();
        Path work = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            work = Files.createTempDirectory(file.toAbsolutePath().getParent(), ".epub-");
            copy(source.contentFolder(), work);
            Path cover = work.resolve(".cover.png");
            FileWrites.bytes(cover, Cover.png(source.guide()));
            EpubStyles.write(work.resolve(".styles"));
            Path written = work.resolve(".study-guide.epub");
            convert(header(cover) + book, work, written);
            if (Files.isRegularFile(written)) {
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
            } else {
                errors.add("(epub) " + file.getFileName(), 0, "asciidoctor-epub3 wrote no EPUB");
            }
            return errors.reported() == errorsBefore;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (work != null) {
                delete(work);
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            // the content's sources only: never a hidden file or folder, nor an editor's backup
            for (Path path :
                    walk.filter(p -> SourceNames.isSource(from.relativize(p))).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }

    private String header(Path cover) {
        Guide guide = source.guide();
        String title = BookConversion.title(guide);
        StringBuilder h = new StringBuilder(
                BookConversion.header(guide, title, guide.settings().edition()));
        // the contents list each chapter's sections too, not the chapters only
        h.append(":toclevels: 2\n");
        h.append(":description: A study guide to ")
                .append(guide.reading().entryText())
                .append('\n');
        // the EPUB's identifier comes from the guide, so the same guide gives the same package
        h.append(":uuid: urn:uuid:")
                .append(java.util.UUID.nameUUIDFromBytes(title.getBytes(StandardCharsets.UTF_8)))
                .append('\n');
        h.append(":front-cover-image: ").append(cover.toAbsolutePath()).append('\n');
        h.append('\n');
        return h.toString();
    }

    private void convert(String asciidoc, Path folder, Path file) {
        LocalDate day = EditionDate.of(source);
        // asciidoctor-epub3 names the docfile in its warnings, and fails without one
        Options options = BookConversion.options(
                        source,
                        "epub3",
                        "epub",
                        folder,
                        Map.of(
                                "docfile",
                                folder.resolve("study-guide.adoc").toString(),
                                // with "reproducible" asciidoctor-epub3 dates every EPUB 1970-01-01; the
                                // guide's own date is as reproducible and is what e-readers should show
                                "reproducible!",
                                "",
                                "revdate",
                                day.toString(),
                                "localdatetime",
                                day + " 00:00:00 +0000",
                                "docdatetime",
                                day + " 00:00:00 +0000",
                                "epub3-stylesdir",
                                folder.resolve(".styles").toAbsolutePath().toString()))
                .toFile(file.toFile())
                .build();
        // the cover and the styles are the build's, named so that no copied source can take their place
        AsciidoctorReads.readingBuildsOwn(Set.of(folder.resolve(".cover.png"), folder.resolve(".styles")), () -> {
            BookConversion.convert(source, errors, "epub", file, asciidoc, options);
            return null;
        });
    }
}
