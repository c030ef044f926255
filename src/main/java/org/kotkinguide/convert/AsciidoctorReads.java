package org.kotkinguide.convert;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The files Asciidoctor reads while it converts on this thread: included files, images embedded
 * with {@code :data-uri:}, inlined SVGs. Asciidoctor finds each of them through one method,
 * {@code AbstractNode#normalize_system_path}, which a small Ruby module (installed once, when
 * Asciidoctor starts) reports here; so a converted page can name every file its HTML was made from,
 * without our own copy of Asciidoctor's include rules. A place it reports that is not a file (a
 * folder it resolved, a file not there) is kept too, and keys as missing.
 */
public final class AsciidoctorReads {
    private static final ThreadLocal<Set<Path>> READS = new ThreadLocal<>();

    /** Ruby, for {@code RubyExtensionRegistry.loadClass}: reports each resolved path, then returns it unchanged. */
    static final String HOOK = """
            require 'java'
            module KotkinGuideReads
              def normalize_system_path target, start = nil, jail = nil, opts = {}
                path = super target, start, jail, opts
                return path unless path
                doc = (::Asciidoctor::Document === self) ? self : document
                # includes only are refused for now: images are also resolved in the build's own (hidden)
                # scratch folders; every file is recorded, for the caches
                refusal = (opts[:target_name] == 'include file') ?
                    Java::OrgKotkinguideConvert::AsciidoctorReads.refusal(path.to_s, doc.base_dir.to_s) : nil
                if refusal
                  cursor = (doc.reader.cursor rescue nil)
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
     * backup inside the guide, since none of them is a source and a CI checkout's token is in one.
     */
    public static String refusal(String path, String guide) {
        Path file = Path.of(path).toAbsolutePath().normalize();
        Path base = Path.of(guide).toAbsolutePath().normalize();
        if (!file.startsWith(base)) {
            return null; // Asciidoctor's jail and the folder boundary keep reads inside the guide
        }
        Path relative = base.relativize(file);
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".")
                    || name.endsWith("~")
                    || name.endsWith(".swp")
                    || (name.startsWith("#") && name.endsWith("#"))) {
                return "refused to read "
                        + relative.toString().replace('\\', '/').replace("\n", "\\n")
                        + ": a hidden file or folder, or an editor's backup, is never a source of the guide;"
                        + " copy what you mean to show into the content folder";
            }
        }
        return null;
    }

    /** Called from Ruby with each path Asciidoctor resolved on this thread. */
    public static void record(String path) {
        Set<Path> reads = READS.get();
        if (reads != null) {
            reads.add(Path.of(path).toAbsolutePath().normalize());
        }
    }

    /** The result of {@code work} and every file Asciidoctor looked up while doing it. */
    public static <T> Result<T> during(Supplier<T> work) {
        Set<Path> outer = READS.get();
        Set<Path> reads = new LinkedHashSet<>();
        READS.set(reads);
        try {
            return new Result<>(work.get(), Set.copyOf(reads));
        } finally {
            if (outer == null) {
                READS.remove();
            } else {
                outer.addAll(reads);
                READS.set(outer);
            }
        }
    }

    public record Result<T>(T value, Set<Path> files) {}
}
