package org.kotkinguide.cache;

import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Sha256;
import org.kotkinguide.model.Reference;
import org.kotkinguide.model.Term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * PDFs (the book and each handout) kept between builds: the slow output, made again only when what
 * it is made from changed. A PDF is made from its AsciiDoc text, which the build assembles from the
 * chapters and glossary, and from what that text does not show: the PDF theme folder, the images
 * and other files of the content folder, the references and every term as the macros read them,
 * and the page size and language. A text that includes a file is keyed on every file of the
 * content folder, since the text does not show what it includes.
 */
public final class KeptPdfs {
    /** No PDF is kept: each is made anew. */
    public static final KeptPdfs NONE = new KeptPdfs(DiskCache.off(), null);

    private final DiskCache disk;
    private final GuideSource source;
    private String inputs;
    private String inputsWithSources;
    /** How many PDFs this build took from the cache. */
    private int restored;

    public KeptPdfs(DiskCache disk, GuideSource source) {
        this.disk = disk;
        this.source = source;
    }

    /** Writes the kept PDF for {@code asciidoc} to {@code file} and returns its number of pages; null when none is kept. */
    public Integer restore(String asciidoc, String options, Path file) {
        if (!disk.on()) {
            return null;
        }
        byte[] entry = disk.get("pdf", key(asciidoc, options));
        if (entry == null || entry.length < 4) {
            return null;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, java.util.Arrays.copyOfRange(entry, 4, entry.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        restored++;
        return ByteBuffer.wrap(entry, 0, 4).getInt();
    }

    /** How many PDFs {@link #restore} has written from the cache so far. */
    public int restored() {
        return restored;
    }

    /** Keeps the PDF just written to {@code file}, which converted without an error. */
    public void keep(String asciidoc, String options, Path file, int pages) {
        if (!disk.on()) {
            return;
        }
        try {
            byte[] pdf = Files.readAllBytes(file);
            disk.put("pdf", key(asciidoc, options), ByteBuffer.allocate(4 + pdf.length).putInt(pages).put(pdf).array());
        } catch (IOException e) {
            // not kept: the next build makes it again
        }
    }

    private String key(String asciidoc, String options) {
        return DiskCache.key(asciidoc, options, asciidoc.contains("include::") ? inputsWithSources() : inputs());
    }

    private synchronized String inputs() {
        if (inputs == null) {
            StringBuilder all = new StringBuilder(files(source.templateFolder().resolve("pdf"), false));
            all.append(files(source.contentFolder(), false));
            all.append(source.library().madeFrom()).append('\n');
            for (Reference reference : source.library().references()) {
                all.append(reference).append('\n');
            }
            for (Term term : source.guide().terms()) {
                all.append(term.id()).append('\u0001').append(term.name()).append('\u0001').append(term.shortDefinition())
                        .append('\u0001').append(term.uri()).append('\n');
            }
            inputs = Sha256.hex(all.toString());
        }
        return inputs;
    }

    private synchronized String inputsWithSources() {
        if (inputsWithSources == null) {
            inputsWithSources = Sha256.hex(inputs() + files(source.contentFolder(), true));
        }
        return inputsWithSources;
    }

    /** Each file's path and SHA-256: every file when {@code sources}, else every file but the AsciiDoc ones. */
    private static String files(Path folder, boolean sources) {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(file).toString();
                if (!sources && (name.endsWith(".adoc") || name.endsWith(".asciidoc"))) {
                    continue;
                }
                all.append(name).append('\u0000').append(Sha256.hex(Files.readAllBytes(file))).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}
