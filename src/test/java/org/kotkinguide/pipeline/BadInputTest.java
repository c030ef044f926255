package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.FolderSnapshot;
import org.kotkinguide.support.GuideFolders;

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
            citation-of-two-pages  | content/chapters/mouths.adoc:9: page '12,13' is not a page number or a page range like 12 or 12-15: cite each page or range on its own (cite:author2020[12] and cite:author2020[13])
            page-out-of-range      | content/chapters/mouths.adoc:8: page 25 is outside the pages of author2020 this guide covers (10–20)
            reading-cited-as-an-inference | content/chapters/mouths.adoc:9: cite:author2020 inside a [.guide-infers] block
            answer-not-an-example-block | content/chapters/mouths.adoc:9: the answer under [.answer%collapsible] must be an example block right under it, between two '====' lines (.Question? / [.answer%collapsible] / ==== / the answer / ====); found 'At the sea.'
            malformed-front-matter | content/chapters/mouths.adoc:3: not a header line: each line under the title is ':name: value', and a blank line ends the header; found 'jbake-order: 2'
            missing-front-matter   | content/chapters/mouths.adoc:1: no title: a page starts with its header
            unknown-document-type  | content/chapters/mouths.adoc:2: unknown document type 'chapterr'
            duplicate-glossary-id  | content/glossary/people/delta.adoc:1: duplicate glossary id 'delta'
            broken-cross-reference | content/chapters/mouths.adoc:10: cross reference to 'the-source'
            not-utf8               | content/chapters/mouths.adoc:5: not UTF-8
            empty-file             | content/chapters/mouths.adoc:1: empty page
            term-id-with-path      | content/chapters/mouths.adoc:8: unknown glossary term '../index'
            citation-key-with-html | content/chapters/mouths.adoc:8: unknown citation key '<b>author2020</b>': no entry of content/references.bib has it; add the work there
            chapter-includes-itself | content/chapters/mouths.adoc:10: include file not found
            include-outside-content | content/chapters/mouths.adoc:10: refused to include notes/tides.adoc: a page includes files of the content folder only
            include-in-a-partial-from-the-guide-folder | content/shared/_tides.adoc:3: include file not found: content/shared/content/shared/_tides-table.adoc (an include in a partial starts at the partial's own folder, content/shared/, not at the guide's: write include::_tides-table.adoc[])
            include-outside-guide  | content/chapters/mouths.adoc:10: this include's path leaves the guide's folder: an include's path starts at the guide's folder, not at the page (content/shared/_note.adoc is include::content/shared/_note.adoc[]), and may not leave it
            unknown-related-term   | content/glossary/estuary.adoc:5: related term 'lagoon' does not exist
            duplicate-chapter-slug | content/chapters/sources.adoc:1: two chapters have the slug 'sources'
            duplicate-chapter-order | content/chapters/tributaries.adoc:3: two chapters have order 2: this one and content/chapters/mouths.adoc
            term-alias-is-another-terms-name | content/glossary/delta.adoc:4: 'Lagoon' names two glossary terms:
            term-alias-shared      | content/glossary/lagoon.adoc:4: 'River delta' names two glossary terms: delta and lagoon
            image-in-other-capitals | content/chapters/mouths.adoc:10: image 'River.png' not found: there is no content/chapters/River.png (an image's path is relative to the page that shows it); did you mean 'river.png'?
            missing-image          | content/chapters/mouths.adoc:10: image 'delta-map.png' not found: there is no content/chapters/delta-map.png (an image's path is relative to the page that shows it)
            image-outside-content  | content/chapters/mouths.adoc:10: image '../../delta-map.png' is outside the content folder (delta-map.png)
            pdf-theme-not-yaml     | templates/pdf/study-guide-theme.yml:13: the PDF theme is not valid YAML:
            pdf-theme-extends-outside | templates/pdf/mid.yml:1: the PDF theme names ../../pdf-base/house-theme.yml, outside its folder
            pdf-theme-picture-outside | templates/pdf/study-guide-theme.yml:3: the PDF theme names ../../pdf-base/paper.png, outside its folder
            missing-anchor         | content/chapters/mouths.adoc:10: link to '../glossary/delta.html#nowhere', but glossary/delta.html has no id 'nowhere'
            mistyped-anchor-after-a-good-link | content/chapters/mouths.adoc:10: link to 'sources.html#flw', but chapters/sources.html has no id 'flw' (did you mean 'flow'?)
            link-to-a-missing-chapter | content/chapters/mouths.adoc:10: link to 'missing-page.html', but the site has no chapters/missing-page.html
            xref-to-a-missing-page | content/chapters/mouths.adoc:10: link to 'nowhere.html', but the site has no chapters/nowhere.html
            page-named-like-a-generated-page | content/download.adoc:1: this page would be written to download.html, which the build makes itself
            template-loads-from-another-host | templates/partials/footer.ftlh:3: this template loads 'https://cdn.example.com/analytics.js' from another host
            template-runs-a-command | templates/partials/footer.ftlh:2: Instantiating freemarker.template.utility.Execute is not allowed
            template-reaches-java  | templates/partials/footer.ftlh:2: Can't use ?api
            template-gets-a-class  | templates/partials/footer.ftlh:2:
            jbake-renders-its-own-index | jbake.properties:17: render.index=true asks JBake for a page of its own
            blocks-nested-too-deep | content/chapters/mouths.adoc:16: blocks nested 7 deep inside each other; the most a page may have is 6
            url-with-a-quote       | content/chapters/mouths.adoc:10: an event-handler attribute (onfocus) on <a>
            javascript-link        | content/chapters/mouths.adoc:10: a javascript: URL ('javascript:alert(document.cookie)') in <a href>
            data-link              | content/chapters/mouths.adoc:10: a data: URL ('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==') in <a href>
            script-image           | content/chapters/mouths.adoc:10: a javascript: URL ('javascript:alert(1)') in <img src>
            passthrough-block      | content/chapters/mouths.adoc:10: a passthrough block (++++): raw HTML is off in this guide
            inline-passthrough     | content/chapters/mouths.adoc:10: an inline passthrough (pass:[): raw HTML is off in this guide
            script-with-raw-html-on | content/chapters/mouths.adoc:11: a <script> element
            svg-with-a-handler     | content/chapters/mouths.adoc:11: an event-handler attribute (onclick) on <rect>
            template-javascript-link | templates: a javascript: URL ('javascript:alert(1)') in <a href>: links and images may use only ftp, http, https, irc, mailto, tel or a path in the site (a template wrote it, on
            raw-html-setting-not-a-boolean | jbake.properties:23: guide.raw-html must be true or false, not 'yes'
            html-page-in-content   | content/notes.html:1: the guide's pages are AsciiDoc (.adoc): JBake would publish this file without the guide's checks
            svg-image-with-script  | content/chapters/delta-map.svg:3: a <script> element
            htm-file-in-content    | content/chapters/map.htm:1: a .htm file would be published as it is, and a browser runs the script in it
            html-any-case          | content/chapters/up.HTML:1: a .html file would be published as it is
            script-in-content      | content/chapters/evil.mjs:1: a script in the content folder would be published
            chapter-saved-as-txt   | content/chapters/decline.adoc.txt:1: this file begins as a page does ("= Title"), but only .adoc files are pages: it would be published as plain text; rename it to decline.adoc
            svg-namespaced-script  | content/chapters/river.svg:3: a <script> element
            svg-xhtml-script       | content/chapters/river.svg:3: a <script> element
            svg-entity             | content/chapters/river.svg:2: an SVG with a DOCTYPE or entities
            content-replaces-theme-script | content/js/theme.js:1: this file would be published at js/theme.js, where the site's own assets/js/theme.js goes
            template-changes-its-settings | templates/partials/footer.ftlh:2: The setting name is recognized, but changing this setting from inside a template isn't supported.
            broken-template-link   | templates/partials/footer.ftlh:4: link to 'credits.html', but the site has no credits.html (14 pages have it)
            timeline-malformed-date  | content/timeline.adoc:6: malformed date 'Oct 1851': an event starts with YYYY, YYYY-MM or YYYY-MM-DD
            timeline-impossible-date | content/timeline.adoc:6: malformed date '1851-02-30': there is no such date
            timeline-out-of-order    | content/timeline.adoc:8: out of order: the event of 1850-04-02 comes after the one of 1850-06 (line 4)
            timeline-event-with-one-colon | content/timeline.adoc:6: '1851-03' is followed by one ':', so this line would be text, not an event: write two: '1851-03 [mouths]:: The estuary is charted.'
            timeline-unknown-chapter | content/timeline.adoc:6: unknown chapter 'source' (did you mean 'sources'?)
            timeline-one-misdated-event | content/timeline.adoc:8: out of order: the event of 1950 comes before the one of 1870 (line 10)
            header-blank-line        | content/chapters/mouths.adoc:3: a blank line inside the header: it ends the header, so ':jbake-order:' (line 4) and the lines after it are read as text; remove the blank line
            chapter-error-named-by-the-timeline | content/chapters/mouths.adoc:3: ':jbake-order:' must be a whole number, found 'two'
            draft-chapter            | content/chapters/mouths.adoc:4: ':jbake-status: draft' would keep pages out of the site while the chapter list, the glossary and their links still name them: every page of the content folder is published. To keep a page out, move it into a folder whose name starts with '.' (content/.drafts/), or remove the line
            chapter-type-in-capitals | content/chapters/mouths.adoc:2: unknown document type 'Chapter'
            summary-mistyped         | content/chapters/mouths.adoc:4: unknown header line ':jbake-sumary:' (did you mean ':jbake-summary:'?
            person-in-lower-case     | content/glossary/hutton.adoc:3: ':jbake-category: person' is written 'Person', with a capital
            term-without-short-definition | content/glossary/delta.adoc:1: the header has no ':jbake-short:' line: add one under the title
            citation-out-of-range-after-another | content/chapters/mouths.adoc:9: page 25 is outside the pages of author2020
            template-typo            | templates/partials/sidebar.ftlh:6: The following has evaluated to null or missing: chapter.titel
            chapter-template-missing | jbake.properties:12: template.chapter.file=chapters.ftlh: there is no template chapters.ftlh in templates/
            bibtex-missing-comma     | content/references.bib:13: a field is missing its '=' or the previous field its ',' (entry 'critic2021' (line 9)): write each field as name = {value}, with a comma after each
            bibtex-not-utf8          | content/references.bib:10: not UTF-8 (a byte this line cannot be read as UTF-8): save the file as UTF-8
            bibtex-type-mistyped     | content/references.bib:1: unknown entry type '@bok' (did you mean 'book'?): use one of @book, @article
            bibtex-missing-brace     | content/references.bib:3: the value of 'title' in entry 'author2020' (line 1) opens a '{' it does not close: add the closing '}'
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
            assertEquals(
                    1,
                    siblings.filter(f -> !f.getFileName().toString().equals(org.kotkinguide.cache.DiskCache.FOLDER))
                            .count(),
                    "no half-built folder may be left beside the site");
        }
    }
}
