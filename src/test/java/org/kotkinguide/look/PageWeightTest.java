package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.RealGuide;

/** A chapter page, with every stylesheet, script and icon it loads (but not lunr and the index, loaded on a first search), stays under 56 KB gzipped. */
@Tag("integration")
class PageWeightTest {

    @Test
    void a_chapter_with_what_it_loads_weighs_at_most_56_kb_gzipped() throws IOException {
        String uri = RealGuide.chapter();
        Path folder = RealGuide.site().folder();
        Document page = RealGuide.site().page(uri);
        long total = gzip(folder.resolve(uri));
        for (Element asset : page.select("link[rel=stylesheet], link[rel=icon], script[src]")) {
            String url = asset.hasAttr("src") ? asset.attr("src") : asset.attr("href");
            total += gzip(folder.resolve(uri).resolveSibling(url).normalize());
        }
        assertTrue(total <= 56 * 1024, "a chapter page weighs " + total / 1024 + " KB gzipped");
    }

    private static long gzip(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(Files.readAllBytes(file));
        }
        return out.size();
    }
}
