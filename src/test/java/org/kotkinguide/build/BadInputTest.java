package org.kotkinguide.build;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.FolderSnapshot;
import org.kotkinguide.support.GuideFolders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An author's mistake stops the build with a message naming the file and line, a non-zero exit,
 * and the last good site left exactly as it was. Each case is a fixture under
 * {@code guides/bad/<case>/} laid over the minimal guide.
 */
class BadInputTest {
    @TempDir
    static Path work;
    static Path lastGoodSite;

    @BeforeAll
    static void buildAGoodSiteFirst() {
        lastGoodSite = work.resolve("good-site");
        BuildRun good = BuildRun.build(GuideFolders.fixture("minimal", work), lastGoodSite);
        assertEquals(0, good.exitCode(), good.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-term           | content/chapters/mouths.adoc:8: unknown glossary term 'deltta' (did you mean 'delta'?)
            unknown-citation-key   | content/chapters/mouths.adoc:9: unknown citation key 'author2021' (did you mean 'author2020'?)
            page-out-of-range      | content/chapters/mouths.adoc:8: page 25 is outside the pages of author2020 this guide covers (10–20)
            malformed-front-matter | content/chapters/mouths.adoc:3: malformed front matter
            missing-front-matter   | content/chapters/mouths.adoc:1: missing front matter
            unknown-document-type  | content/chapters/mouths.adoc:2: unknown document type 'chapterr'
            duplicate-glossary-id  | content/glossary/people/delta.adoc:1: duplicate glossary id 'delta'
            broken-cross-reference | content/chapters/mouths.adoc:10: cross reference to 'the-source'
            not-utf8               | content/chapters/mouths.adoc:5: not UTF-8
            empty-file             | content/chapters/mouths.adoc:1: empty page
            term-id-with-path      | content/chapters/mouths.adoc:8: unknown glossary term '../index'
            citation-key-with-html | content/chapters/mouths.adoc:8: unknown citation key '<b>author2020</b>'
            chapter-includes-itself | content/chapters/mouths.adoc:10: include file not found
            include-outside-guide  | content/chapters/mouths.adoc: include file has illegal reference to ancestor of jail
            unknown-related-term   | content/glossary/estuary.adoc:5: related term 'lagoon' does not exist
            duplicate-chapter-slug | content/chapters/sources.adoc:1: two chapters have the slug 'sources'
            missing-image          | content/chapters/mouths.adoc:10: link to 'delta-map.png', but the site has no chapters/delta-map.png
            missing-anchor         | content/chapters/mouths.adoc:10: link to '../glossary/delta.html#nowhere', but glossary/delta.html has no id 'nowhere'
            page-named-like-a-generated-page | content/download.adoc:1: this page would be written to download.html, which the build makes itself
            broken-template-link   | content/chapters/mouths.adoc: link to '../credits.html', but the site has no credits.html (the link comes from a template)
            """)
    void a_mistake_fails_the_build_with_file_and_line_and_keeps_the_last_good_site(String mistake, String message)
            throws IOException {
        Path site = work.resolve(mistake).resolve("output").resolve("site");
        GuideFolders.copyTree(lastGoodSite, site);
        Map<String, String> before = FolderSnapshot.of(site);

        BuildRun run = BuildRun.build(GuideFolders.minimalWith("bad/" + mistake, work.resolve(mistake)), site);

        assertNotEquals(0, run.exitCode(), "a broken guide must not build");
        assertTrue(run.err().contains(message), "expected «" + message + "» in:\n" + run.err());
        assertEquals(before, FolderSnapshot.of(site), "the last good site must be left exactly as it was");
        try (Stream<Path> siblings = Files.list(site.getParent())) {
            // the build's cache is its own folder (CachedBuildTest), not a half-built site
            assertEquals(1, siblings.filter(f -> !f.getFileName().toString().equals(org.kotkinguide.cache.DiskCache.FOLDER)).count(),
                    "no half-built folder may be left beside the site");
        }
    }
}
