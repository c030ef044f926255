package org.kotkinguide.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.RealGuide;
import org.kotkinguide.support.Site;

/** The single-page edition, the download and 404 pages, and what a host needs. */
@Tag("integration")
class SinglePageAndHostingTest {
    @TempDir
    Path work;

    @Test
    void all_html_holds_every_chapter_every_term_and_the_bibliography() {
        Document all = RealGuide.site().page("all.html");
        for (String chapter :
                RealGuide.site().page("index.html").select(".chapter-list a").eachText()) {
            assertTrue(all.select("section.chapter > h2").eachText().contains(chapter), chapter);
        }
        for (String term : RealGuide.site()
                .page("glossary/index.html")
                .select(".term-entry dt a")
                .eachText()) {
            assertTrue(all.select("section.glossary-entry > h3").eachText().contains(term), term);
        }
        assertFalse(all.select("[id^=ref-]").isEmpty(), "the bibliography's entries");
    }

    @Test
    void the_pages_the_build_makes_itself_are_the_ones_a_guide_page_may_not_be_named_after() throws IOException {
        // the loader refuses a page that would take one of these places; the list must be the build's real one
        Path content = GuideFolders.PROJECT.resolve("content");
        Set<String> fromSources;
        try (Stream<Path> files = Files.walk(content)) {
            fromSources = files.filter(f -> f.toString().endsWith(".adoc")
                            && !f.getFileName().toString().startsWith("_"))
                    .map(f ->
                            content.relativize(f).toString().replace('\\', '/').replaceAll("\\.adoc$", ".html"))
                    .collect(Collectors.toSet());
        }
        Set<String> madeByTheBuild = new TreeSet<>(RealGuide.site().pages());
        madeByTheBuild.removeAll(fromSources);
        // a whole folder of them (the chapters' flashcard decks) is refused by its name
        madeByTheBuild.removeIf(
                made -> GuideLoader.FOLDERS_MADE_BY_THE_BUILD.stream().anyMatch(made::startsWith));
        assertEquals(new TreeSet<>(GuideLoader.MADE_BY_THE_BUILD), madeByTheBuild);
    }

    @Test
    void all_html_text_has_no_link_that_leaves_the_page_except_downloads() {
        Document all = RealGuide.site().page("all.html");
        // the site's header (home, glossary, search...) is the way out; the guide's text stays on the page
        for (Element link : all.select("main a[href], footer a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("#")) {
                assertNotNull(all.getElementById(href.substring(1)), "no target for " + href);
            } else {
                assertTrue(href.startsWith("downloads/"), "leaves the page: " + href);
            }
        }
        assertTrue(all.select("a.term").size() > 10, "glossary links stay on the page");
    }

    @Test
    void on_all_html_a_link_to_a_section_of_another_chapter_leads_to_that_section() {
        String from = SinglePage.rewrite(
                "<p>See <a href=\"second.html#a-treaty\">A treaty</a>.</p>", "chapters/first.html", "first");
        String to = SinglePage.rewrite("<h2 id=\"a-treaty\">A treaty</h2>", "chapters/second.html", "second");
        String target = org.jsoup.Jsoup.parseBodyFragment(from).selectFirst("a").attr("href");
        assertTrue(target.startsWith("#"), target);
        assertNotNull(org.jsoup.Jsoup.parseBodyFragment(to).getElementById(target.substring(1)), target + " in " + to);
    }

    @Test
    void the_download_page_offers_the_pdf_and_the_offline_copy_with_their_sizes() {
        Document download = RealGuide.site().page("download.html");
        String text = download.text();
        assertTrue(text.matches(".*The whole guide as a PDF \\(\\d+ KB\\).*"), text);
        assertTrue(text.matches(".*The offline copy \\((\\d+ KB|\\d+\\.\\d MB)\\).*"), text);
        assertTrue(RealGuide.site().has("downloads/study-guide-offline.zip"));
        assertTrue(text.contains("index.html"), "it says how to open the copy");
        // all.html is the exception by design: every link on it stays on the page, except the PDF's
        for (String uri : RealGuide.site().pages().stream()
                .filter(u -> !u.equals("all.html"))
                .toList()) {
            assertFalse(
                    RealGuide.site().page(uri).select("a[href$=download.html]").isEmpty(),
                    uri + " does not link to the download page");
        }
    }

    @Test
    void the_404_page_offers_search_and_the_chapters() {
        Document notFound = RealGuide.site().page("404.html");
        assertNotNull(notFound.selectFirst("form[role=search] input[name=q]"));
        assertEquals(
                RealGuide.site().page("index.html").select(".chapter-list a").size(),
                notFound.select("main .chapter-cards a").size());
    }

    @Test
    void a_guide_that_names_its_host_gets_canonical_urls_a_sitemap_and_robots_txt() throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(
                guide.resolve("jbake.properties"),
                Files.readString(guide.resolve("jbake.properties"))
                        + "\nsite.host=https://guides.example.org/rivers\n");
        assertEquals(0, BuildRun.build(guide, work.resolve("site")).exitCode());
        Site site = new Site(work.resolve("site"));
        assertEquals(
                "https://guides.example.org/rivers/chapters/sources.html",
                site.page("chapters/sources.html")
                        .selectFirst("link[rel=canonical]")
                        .attr("href"));
        String sitemap = Files.readString(work.resolve("site/sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://guides.example.org/rivers/chapters/mouths.html</loc>"), sitemap);
        assertFalse(sitemap.contains("404.html"));
        assertTrue(Files.readString(work.resolve("site/robots.txt"))
                .contains("Sitemap: https://guides.example.org/rivers/sitemap.xml"));
    }

    @Test
    void a_guide_without_a_host_has_no_sitemap_and_no_absolute_urls() {
        assertFalse(RealGuide.site().has("sitemap.xml"));
        assertTrue(RealGuide.site()
                .page("index.html")
                .select("link[rel=canonical]")
                .isEmpty());
    }

    @Test
    void every_page_and_asset_is_served_under_a_sub_path() throws Exception {
        try (var server =
                org.kotkinguide.support.LocalServer.serve(RealGuide.site().folder(), "/guide/")) {
            var client = java.net.http.HttpClient.newHttpClient();
            // the home page, a chapter and a term, whichever the guide has first
            String chapter = RealGuide.site()
                    .page("index.html")
                    .selectFirst(".chapter-list a")
                    .attr("href");
            String term = "glossary/"
                    + RealGuide.site()
                            .page("glossary/index.html")
                            .selectFirst(".term-entry dt a")
                            .attr("href");
            // each address once: a chapter links the same terms and files many times
            java.util.Set<String> asked = new java.util.HashSet<>();
            for (String uri : List.of("index.html", chapter, term)) {
                Document page = RealGuide.site().page(uri);
                for (Element ref : page.select("link[href], script[src], a[href]")) {
                    String url = ref.hasAttr("src") ? ref.attr("src") : ref.attr("href");
                    if (url.startsWith("#") || url.matches("^[a-z]+:.*")) {
                        continue;
                    }
                    String absolute = java.net
                            .URI
                            .create(server.url(uri))
                            .resolve(url.replaceAll("#.*", ""))
                            .toString();
                    if (!asked.add(absolute)) {
                        continue;
                    }
                    var response = client.send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(absolute))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
                    assertEquals(200, response.statusCode(), absolute + " from " + uri);
                }
            }
        }
    }
}
