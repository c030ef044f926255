package org.kotkinguide.layout;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.cache.DiskCache;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.support.GuideFolders;

/**
 * "Cite this page" is formatted before the pages are converted, while JRuby starts. A student citing a
 * page gets its title as the build lays it out: the early references are used only when the guide laid
 * out has the pages, titles and days they were made from.
 */
class LayoutAheadTest {
    @TempDir
    Path work;

    private static String citedAs(PageTemplates templates, GuideSource source) {
        return templates.citations().at(source.guide().chapters().get(0).uri()).text();
    }

    @Test
    void the_references_made_before_the_conversion_are_used_for_the_same_guide() throws IOException {
        GuideSource source = GuideLoader.load(GuideFolders.fixture("minimal", work));
        LayoutAhead ahead = LayoutAhead.of(source, DiskCache.off());
        PageTemplates templates = new PageTemplates(source, ahead, new ContentErrors(), false);
        assertSame(ahead.citations.citations(), templates.citations(), "not formatted a second time");
        assertTrue(citedAs(templates, source).contains("Where Rivers Begin"), citedAs(templates, source));
    }

    @Test
    void a_page_retitled_since_they_were_made_is_cited_by_its_new_title() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        LayoutAhead ahead = LayoutAhead.of(GuideLoader.load(guide), DiskCache.off());
        Path chapter = guide.resolve("content/chapters/sources.adoc");
        Files.writeString(chapter, Files.readString(chapter).replace("= Where Rivers Begin", "= Springs and Snow"));

        GuideSource retitled = GuideLoader.load(guide);
        PageTemplates templates = new PageTemplates(retitled, ahead, new ContentErrors(), false);
        assertNotSame(ahead.citations.citations(), templates.citations());
        String cited = citedAs(templates, retitled);
        assertTrue(cited.contains("Springs and Snow") && !cited.contains("Where Rivers Begin"), cited);
    }
}
