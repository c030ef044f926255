package org.kotkinguide.convert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.kotkinguide.content.SourceNames;

/**
 * The files Asciidoctor reads while it converts on this thread: included files, images embedded
 * with {@code :data-uri:}, inlined SVGs. Asciidoctor finds each of them through one method,
 * {@code AbstractNode#normalize_system_path}, which a small Ruby module (installed once, when
 * Asciidoctor starts) reports here; so a converted page can name every file its HTML was made from,
 * without our own copy of Asciidoctor's include rules. A place it reports that is not a file (a
 * folder it resolved, a file not there) is kept too, and keys as missing.
 */
public final class AsciidoctorReads {
    /** Each file looked up on this thread, with its state (content.BuildInputs) when it was first looked up. */
    private static final ThreadLocal<java.util.Map<Path, String>> READS = new ThreadLocal<>();
    /** Files the build itself wrote for the conversion on this thread (the EPUB's cover), hidden or not. */
    private static final ThreadLocal<Set<Path>> BUILDS_OWN = ThreadLocal.withInitial(Set::of);
    /** Where the conversion on this thread may show images from (empty: anywhere its jail allows). */
    private static final ThreadLocal<List<Path>> IMAGE_FOLDERS = ThreadLocal.withInitial(List::of);
    /** What Asciidoctor calls an image it embeds ({@code :data-uri:}) or an SVG it inlines. */
    private static final Set<String> IMAGES = Set.of("image", "SVG");
    /** What Asciidoctor calls a file it includes. */
    private static final String INCLUDE = "include file";
    /** What Asciidoctor calls the file or folder it writes a conversion to: not a read. */
    private static final String OUTPUT = "to_dir";

    /** Ruby, for {@code RubyExtensionRegistry.loadClass}: reports each resolved path, then returns it unchanged. */
    static final String HOOK = """
            require 'java'
            module KotkinGuideReads
              def normalize_system_path target, start = nil, jail = nil, opts = {}
                path = super target, start, jail, opts
                return path unless path
                doc = (::Asciidoctor::Document === self) ? self : document
                # one rule for includes, embedded images and inlined SVGs; every file is recorded, for the caches
                refusal = Java::OrgKotkinguideConvert::AsciidoctorReads.refusal(
                    path.to_s, doc.base_dir.to_s, opts[:target_name].to_s)
                if refusal
                  # an include is resolved while the document is read (its reader is at the line); an
                  # image while it is converted, by its block or the block its inline image stands in
                  node = self
                  until node.nil? || ::Asciidoctor::Document === node ||
                      (node.respond_to?(:source_location) && node.source_location)
                    node = node.parent
                  end
                  cursor = (node.nil? || ::Asciidoctor::Document === node) ?
                      (doc.reader.cursor rescue nil) : node.source_location
                  logger.error message_with_context refusal, source_location: cursor
                  # a place that is never a file: Asciidoctor reads nothing and leaves the line unresolved
                  return ::File.join doc.base_dir.to_s, '.refused', 'nothing'
                end
                Java::OrgKotkinguideConvert::AsciidoctorReads.record path.to_s
                path
              end
            end
            Asciidoctor::AbstractNode.prepend KotkinGuideReads
            """;

    private AsciidoctorReads() {}

    /**
     * Why Asciidoctor may not read {@code path}, or null when it may: no include, embedded image or
     * inlined SVG reads a hidden file or folder ({@code .git/config}, {@code .env}) or an editor's
     * backup inside the guide ({@link SourceNames}), since none of them is a source and a CI checkout's
     * token is in one. Asciidoctor says the refusal at the including or showing line.
     */
    public static String refusal(String path, String guide, String targetName) {
        Path file = Path.of(path).toAbsolutePath().normalize();
        Path base = Path.of(guide).toAbsolutePath().normalize();
        if (!file.startsWith(base)) {
            return null; // Asciidoctor's jail and the folder boundary keep reads inside the guide
        }
        Path relative = base.relativize(file);
        if (targetName.equals(OUTPUT) || BUILDS_OWN.get().stream().anyMatch(file::startsWith)) {
            return null;
        }
        String shown = relative.toString().replace('\\', '/').replace("\n", "\\n");
        if (!SourceNames.isSource(relative)) {
            return "refused to read " + shown
                    + ": a hidden file or folder, or an editor's backup, is never a source of the guide;"
                    + " copy what you mean to show into the content folder";
        }
        List<Path> imageFolders = IMAGE_FOLDERS.get();
        if (targetName.equals(INCLUDE)
                && !imageFolders.isEmpty()
                && !file.startsWith(imageFolders.get(0))
                && Files.isRegularFile(file)) {
            // the PDFs and the EPUB are made from the content folder: an include from elsewhere would build
            // the site and fail the book, which cannot read it
            return "refused to include " + shown
                    + ": a page includes files of the content folder only, from which the PDFs and the EPUB are"
                    + " made too; move it there";
        }
        if (IMAGES.contains(targetName)
                && !imageFolders.isEmpty()
                && imageFolders.stream().noneMatch(file::startsWith)) {
            return "refused to read " + shown
                    + ": a page shows images from the content and asset folders only; move it there";
        }
        return null;
    }

    /**
     * The result of {@code work}, a conversion whose images (embedded or inlined) may come from
     * {@code folders} only: a site page's includes start at the guide's folder, its pictures in the
     * content folder, so {@code image::jbake.properties[]} with {@code :data-uri:} is refused.
     */
    public static <T> T imagesOnlyFrom(List<Path> folders, Supplier<T> work) {
        List<Path> outer = IMAGE_FOLDERS.get();
        IMAGE_FOLDERS.set(
                folders.stream().map(f -> f.toAbsolutePath().normalize()).toList());
        try {
            return work.get();
        } finally {
            IMAGE_FOLDERS.set(outer);
        }
    }

    /**
     * The result of {@code work}, a conversion that may read {@code files} (or files inside them): the
     * build wrote them itself, beside a copy of the content's sources, under names no source can have.
     */
    public static <T> T readingBuildsOwn(Set<Path> files, Supplier<T> work) {
        Set<Path> outer = BUILDS_OWN.get();
        BUILDS_OWN.set(
                files.stream().map(f -> f.toAbsolutePath().normalize()).collect(java.util.stream.Collectors.toSet()));
        try {
            return work.get();
        } finally {
            BUILDS_OWN.set(outer);
        }
    }

    /**
     * Called from Ruby with each path Asciidoctor resolved on this thread, before it reads the file: its
     * state is taken now, so a file saved while the page converts is a change the next build sees (taken
     * after the conversion, it would key the page converted from the old text as made from the new).
     */
    public static void record(String path) {
        java.util.Map<Path, String> reads = READS.get();
        if (reads != null) {
            reads.computeIfAbsent(
                    Path.of(path).toAbsolutePath().normalize(), org.kotkinguide.content.BuildInputs::state);
        }
    }

    /** The result of {@code work} and every file Asciidoctor looked up while doing it, with its state then. */
    public static <T> Result<T> during(Supplier<T> work) {
        java.util.Map<Path, String> outer = READS.get();
        java.util.Map<Path, String> reads = new java.util.LinkedHashMap<>();
        READS.set(reads);
        try {
            return new Result<>(work.get(), java.util.Map.copyOf(reads));
        } finally {
            if (outer == null) {
                READS.remove();
            } else {
                reads.forEach(outer::putIfAbsent);
                READS.set(outer);
            }
        }
    }

    /** A conversion's result and the files it read, each with its state when Asciidoctor looked it up. */
    public record Result<T>(T value, java.util.Map<Path, String> files) {}
}
