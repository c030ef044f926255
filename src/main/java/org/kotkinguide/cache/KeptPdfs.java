package org.kotkinguide.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kotkinguide.content.BuildInputs;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Sha256;
import org.kotkinguide.files.FileWrites;
import org.kotkinguide.model.Term;
import org.kotkinguide.settings.Settings;

/**
 * PDFs (the book and each handout) kept between builds: the slow output, made again only when what
 * it is made from changed. A PDF is made from its AsciiDoc text, which the build assembles from the
 * chapters and glossary, and from what that text does not show: the PDF theme folder, the images
 * and other files of the content folder, the settings, what the references are made from (the
 * BibTeX file, style and locale), every term as the macros read them, and the page size and
 * language. A text that includes a file is keyed on every file of the content folder, since the
 * text does not show what it includes. The files are read through the build's {@link BuildInputs}.
 */
public final class KeptPdfs {
    /** What the console says of a PDF or EPUB taken from the cache, in its line and in the stage's. */
    public static final String KEPT = "made from the same inputs as before, kept";

    /** No PDF is kept: each is made anew. */
    public static final KeptPdfs NONE = new KeptPdfs(DiskCache.off(), null);

    private final DiskCache disk;
    private final GuideSource source;
    private final String kind;
    private String inputs;
    private String inputsWithSources;
    /** The theme's and the content folder's files as the key saw them, without and with the AsciiDoc ones. */
    private String filesRead;

    private String sourcesRead;
    /** How many PDFs this build took from the cache. */
    private int restored;
    /** What happened to each PDF this build, for {@code --verbose}. */
    private final java.util.List<String> reasons = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    public KeptPdfs(DiskCache disk, GuideSource source) {
        this(disk, source, "pdf");
    }

    /** Books kept under {@code kind} ("epub" for the EPUB, which is keyed on the same inputs as a PDF). */
    public KeptPdfs(DiskCache disk, GuideSource source, String kind) {
        this.disk = disk;
        this.source = source;
        this.kind = kind;
    }

    /** Writes the kept PDF for {@code asciidoc} to {@code file} and returns its number of pages; null when none is kept. */
    public Integer restore(String asciidoc, String options, Path file) {
        if (!disk.on()) {
            return null;
        }
        byte[] entry = disk.get(kind, key(asciidoc, options));
        if (entry == null || entry.length < 4) {
            reasons.add("made " + file.getFileName()
                    + ": its text or what it is made from (theme, images, settings, references, terms) changed");
            return null;
        }
        reasons.add("kept " + file.getFileName() + ": made from the same inputs as before");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            FileWrites.bytes(file, java.util.Arrays.copyOfRange(entry, 4, entry.length));
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

    /** What happened to each PDF so far, one line each. */
    public java.util.List<String> reasons() {
        return java.util.List.copyOf(reasons);
    }

    /** Keeps the PDF just written to {@code file}, which converted without an error. */
    public void keep(String asciidoc, String options, Path file, int pages) {
        if (!disk.on()) {
            return;
        }
        // asciidoctor-pdf reads the images up to a minute after the key was made: one saved meanwhile is in the
        // PDF but not in its key, and kept, that PDF would come back after the image is put back as it was
        boolean withSources = asciidoc.contains("include::");
        if (!filesAsKeyed(withSources).equals(filesNow(withSources))) {
            reasons.add("not kept " + file.getFileName() + ": a file it reads changed while it was made");
            return;
        }
        try {
            byte[] pdf = Files.readAllBytes(file);
            disk.put(
                    kind,
                    key(asciidoc, options),
                    ByteBuffer.allocate(4 + pdf.length).putInt(pages).put(pdf).array());
        } catch (IOException e) {
            // not kept: the next build makes it again
        }
    }

    /**
     * The settings no book's text depends on: those only the website reads, and {@code guide.pdf.edition},
     * which only chooses the edition made beside the site. Each edition's own text (its title, its answers)
     * is in its key; a teacher who switches to the teacher edition keeps the website's student PDFs.
     */
    static final java.util.Set<String> READ_BY_NO_BOOK = java.util.stream.Stream.concat(
                    Settings.READ_BY_THE_WEBSITE_ONLY.stream(), java.util.stream.Stream.of("guide.pdf.edition"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private String key(String asciidoc, String options) {
        return DiskCache.key(asciidoc, options, asciidoc.contains("include::") ? inputsWithSources() : inputs());
    }

    private synchronized String inputs() {
        if (inputs == null) {
            filesRead = filesNow(false);
            StringBuilder all = new StringBuilder(filesRead);
            all.append(source.settingsKeyWithout(READ_BY_NO_BOOK))
                    .append('\u0000')
                    .append(source.library().madeFrom())
                    .append('\n');
            for (Term term : source.guide().terms()) {
                all.append(term.id())
                        .append('\u0001')
                        .append(term.name())
                        .append('\u0001')
                        .append(term.shortDefinition())
                        .append('\u0001')
                        .append(term.uri())
                        .append('\n');
            }
            inputs = Sha256.hex(all.toString());
        }
        return inputs;
    }

    private synchronized String inputsWithSources() {
        if (inputsWithSources == null) {
            String before = inputs();
            sourcesRead = files(source, source.contentFolder(), true);
            inputsWithSources = Sha256.hex(before + sourcesRead);
        }
        return inputsWithSources;
    }

    /** The theme's and the content folder's files as the key saw them. */
    private synchronized String filesAsKeyed(boolean withSources) {
        // read when the key is made, the first time a book asks for it
        if (withSources) {
            inputsWithSources();
            return filesRead + sourcesRead;
        }
        inputs();
        return filesRead;
    }

    /** The theme's and the content folder's files as they are now (with the AsciiDoc ones when {@code withSources}). */
    private String filesNow(boolean withSources) {
        return files(source, source.templateFolder().resolve("pdf"), false)
                + files(source, source.contentFolder(), false)
                + (withSources ? files(source, source.contentFolder(), true) : "");
    }

    /** Each file's path and SHA-256, recorded as the build's inputs: every file when {@code sources}, else every file but the AsciiDoc ones. */
    private static String files(GuideSource source, Path folder, boolean sources) {
        StringBuilder all = new StringBuilder();
        for (Path file : source.inputs().files(folder)) {
            String name = folder.relativize(file).toString();
            if (!sources && (name.endsWith(".adoc") || name.endsWith(".asciidoc"))) {
                continue;
            }
            source.inputs().note(file);
            all.append(name).append('\u0000').append(BuildInputs.state(file)).append('\n');
        }
        return all.toString();
    }
}
