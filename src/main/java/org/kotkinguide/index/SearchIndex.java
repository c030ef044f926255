package org.kotkinguide.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.convert.ConvertedPages;
import org.kotkinguide.files.FileWrites;
import org.kotkinguide.model.Guide;

/**
 * Writes the site's search: {@code search-index.js} (the documents, as a classic script that sets
 * {@code window.GUIDE_SEARCH}) and lunr from its Maven Central webjar. The
 * browser builds the lunr index from the documents the first time a student searches, so pages
 * that are only read never load it.
 */
public final class SearchIndex {
    /** lunr's version is pinned in pom.xml alone: its webjar names the folder by that version and records it. */
    static final String LUNR =
            "META-INF/resources/webjars/lunr/" + webjarVersion("org.webjars.npm", "lunr") + "/lunr.min.js";

    private SearchIndex() {}

    /** The version of a webjar on the classpath, from the pom.properties Maven packs into each jar. */
    private static String webjarVersion(String group, String artifact) {
        String file = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = SearchIndex.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(artifact + " is missing from the classpath: " + file);
            }
            // read as lines, not as Properties: that is for the guide's settings only (architecture/PackagesTest)
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> line.startsWith("version="))
                    .map(line -> line.substring("version=".length()).strip())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no version in " + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What was written: how many documents and how big the index is. */
    public record Summary(int sections, int terms, int references, long indexBytes) {}

    /** {@code search-index.js}'s bytes and what they hold. */
    public record Script(byte[] bytes, Summary summary) {}

    /**
     * The documents as {@code search-index.js}: made from the guide model (chapters, timeline, terms,
     * references) and each converted page's URI, title and text, and nothing else.
     */
    public static Script script(GuideSource source, ConvertedPages rendered) {
        Guide guide = source.guide();
        List<Map<String, Object>> docs = SearchDocuments.of(guide, rendered);
        byte[] script =
                ("window.GUIDE_SEARCH = " + Json.write(Map.of("docs", docs)) + ";\n").getBytes(StandardCharsets.UTF_8);
        long count = docs.stream().filter(d -> d.get("kind").equals("section")).count();
        return new Script(
                script,
                new Summary(
                        (int) count, guide.terms().size(), guide.references().size(), script.length));
    }

    /** lunr, from its webjar, as {@code js/lunr.min.js}. */
    public static void writeLunr(Path site) {
        try {
            Files.createDirectories(site.resolve("js"));
            try (InputStream lunr = SearchIndex.class.getClassLoader().getResourceAsStream(LUNR)) {
                if (lunr == null) {
                    throw new IllegalStateException("lunr is missing from the classpath: " + LUNR);
                }
                FileWrites.bytes(site.resolve("js/lunr.min.js"), lunr.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
