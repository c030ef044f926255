package org.kotkinguide.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A built site on disk, read with jsoup. */
public record Site(Path folder) {

    public Document page(String uri) {
        try {
            return Jsoup.parse(folder.resolve(uri).toFile(), "UTF-8", folder.resolve(uri).toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML page, as paths relative to the site root with '/' separators. */
    public List<String> pages() {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean has(String uri) {
        return Files.isRegularFile(folder.resolve(uri));
    }
}
