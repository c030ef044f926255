package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;

/**
 * What the tool adds to a chapter's text stays small: the minimal guide's chapter (four sections, two
 * terms, citations, every kind of block, a self-check), with every stylesheet, script and icon it loads (but not lunr and
 * the index, loaded on a first search), is at most 48 KB gzipped. The chapter's own text is the
 * author's: a long chapter weighs more, and a test of the tool does not hold the author to a length.
 */
class PageWeightTest {
    @TempDir
    Path work;

    @Test
    void a_short_chapter_with_what_it_loads_weighs_at_most_48_kb_gzipped() throws IOException {
        Path site = work.resolve("site");
        BuildRun build = BuildRun.build(GuideFolders.fixture("minimal", work), site);
        assertEquals(0, build.exitCode(), build.err());
        Path chapter = site.resolve("chapters/sources.html");
        Document page = Jsoup.parse(chapter.toFile(), "UTF-8");

        long total = gzip(chapter);
        int loaded = 0;
        for (Element asset : page.select("link[rel=stylesheet], link[rel=icon], script[src]")) {
            String url = asset.hasAttr("src") ? asset.attr("src") : asset.attr("href");
            total += gzip(chapter.resolveSibling(url).normalize());
            loaded++;
        }

        assertTrue(loaded > 20, "the page loads the site's stylesheets and scripts: " + loaded);
        assertTrue(total <= 48 * 1024, "a short chapter page weighs " + total + " bytes gzipped");
    }

    private static long gzip(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(Files.readAllBytes(file));
        }
        return out.size();
    }
}
