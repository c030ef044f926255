package org.kotkinguide.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a test that edits a copy of the real guide ({@link GuideFolders#realGuideCopy}) needs from
 * its sources, found there and never named, so that renaming a chapter, a term or a work in {@code
 * content/} breaks none of those tests.
 */
public final class GuideSources {
    private static final Pattern ORDER = Pattern.compile("(?m)^:jbake-order:\\s*(\\d+)");
    private static final Pattern TERM = Pattern.compile("term:([a-z0-9-]+)\\[");
    private static final Pattern CITATION = Pattern.compile("cite:[A-Za-z0-9_-]+\\[[^\\]]*\\]");

    private GuideSources() {}

    /** The guide's chapter sources in reading order (their {@code :jbake-order:}), as the site lists them. */
    public static List<Path> chapters(Path guide) {
        try (Stream<Path> files = Files.list(guide.resolve("content/chapters"))) {
            return files.filter(f -> f.toString().endsWith(".adoc"))
                    .sorted(Comparator.comparing((Path f) -> order(f)).thenComparing(Path::getFileName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A source's name without ".adoc": its page's name ("chapters/<name>.html"). */
    public static String name(Path source) {
        return source.getFileName().toString().replaceFirst("\\.adoc$", "");
    }

    /** The built page of a chapter source, relative to the site. */
    public static String page(Path chapter) {
        return "chapters/" + name(chapter) + ".html";
    }

    /** Every glossary term's id, in name order (the glossary's own index page left out). */
    public static List<String> terms(Path guide) {
        try (Stream<Path> files = Files.list(guide.resolve("content/glossary"))) {
            return files.map(GuideSources::name)
                    .filter(id -> !id.equals("index") && !id.contains("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the terms a source uses ({@code term:id[…]}), in the order it first uses them. */
    public static List<String> termsUsedIn(Path source) {
        return TERM.matcher(read(source))
                .results()
                .map(m -> m.group(1))
                .distinct()
                .toList();
    }

    /** The first term (by id) a chapter does not use: a use of it added there is a new use. */
    public static String termNotUsedIn(Path chapter) {
        List<String> used = termsUsedIn(chapter);
        return terms(chapter.getParent().getParent().getParent()).stream()
                .filter(id -> !used.contains(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(chapter + " uses every term"));
    }

    /** The first citation macro ({@code cite:work[pages]}) in the guide's chapters: one that resolves. */
    public static String citation(Path guide) {
        for (Path chapter : chapters(guide)) {
            Matcher citation = CITATION.matcher(read(chapter));
            if (citation.find()) {
                return citation.group();
            }
        }
        throw new AssertionError("no chapter cites a work");
    }

    private static int order(Path chapter) {
        Matcher order = ORDER.matcher(read(chapter));
        return order.find() ? Integer.parseInt(order.group(1)) : Integer.MAX_VALUE;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
