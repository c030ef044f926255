package org.kotkinguide.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.RealGuide;
import org.kotkinguide.support.Site;

/**
 * The site's own words and labels, read from the real guide's pages as a student meets them: one
 * numbering of the self-check, a home page that is not taken for chapter 1, the edition on every
 * page, a link to every section.
 */
@Tag("integration")
class WhatAStudentSeesTest {
    final Site site = RealGuide.site();

    private List<String> chapterTitles() {
        return site.page("index.html").select(".chapter-cards .name").eachText();
    }

    @Test
    void every_self_check_question_shows_its_chapter_and_question_number_in_its_text() {
        List<String> chapters =
                site.page("index.html").select(".chapter-cards a").eachAttr("href");
        int questions = 0;
        for (int number = 1; number <= chapters.size(); number++) {
            List<Element> asked = site.page(chapters.get(number - 1)).select("details.answer > summary");
            for (int k = 1; k <= asked.size(); k++) {
                assertTrue(
                        asked.get(k - 1).text().startsWith(number + "." + k + " "),
                        chapters.get(number - 1) + ": " + asked.get(k - 1).text());
                questions++;
            }
        }
        assertTrue(questions > chapters.size(), questions + " questions");
        // the single page numbers them the same way
        List<String> onAllPage = site.page("all.html")
                .select("#chapter-" + RealGuide.chapterId() + " details.answer > summary")
                .eachText();
        assertTrue(onAllPage.get(0).startsWith("2.1 "), onAllPage.get(0));
    }

    @Test
    void the_home_page_has_a_title_of_its_own_and_its_sections_are_never_labelled_as_a_chapter() throws IOException {
        Document home = site.page("index.html");
        String title = home.select("main h1").text();
        for (String chapter : chapterTitles()) {
            assertFalse(title.equals(chapter), "the home page is titled as a chapter: " + title);
        }
        // search results name the page a section is in
        String index = Files.readString(site.folder().resolve("search-index.js"));
        Matcher homeDoc = Pattern.compile("\"url\":\"index\\.html[^\"]*\",\"title\":\"[^\"]*\",\"where\":\"([^\"]*)\"")
                .matcher(index);
        int homeSections = 0;
        while (homeDoc.find()) {
            homeSections++;
            for (String chapter : chapterTitles()) {
                assertFalse(
                        homeDoc.group(1).startsWith(chapter + " ›"), "a home section in search: " + homeDoc.group(1));
                assertFalse(homeDoc.group(1).equals(chapter), "a home section in search: " + homeDoc.group(1));
            }
        }
        assertTrue(homeSections > 1, "the home page's sections are in the index");
        // and the bibliography's "Cited in" names it by its own title
        for (Element use : site.page("bibliography.html").select(".cited-in a[href^=index.html]")) {
            assertTrue(use.text().startsWith(title), use.text());
        }
    }

    @Test
    void the_headers_chapters_link_opens_the_chapter_list_and_the_phone_menu_button_has_another_name() {
        for (String uri : List.of("index.html", RealGuide.chapter(), RealGuide.term())) {
            Document page = site.page(uri);
            Element link = page.select(".site-nav a").first();
            assertEquals("Chapters", link.text());
            assertTrue(link.attr("href").endsWith("index.html#chapters-heading"), link.attr("href"));
            assertFalse(
                    page.select(".menu-button").text().equals("Chapters"),
                    "two controls named Chapters on one phone screen");
        }
        Element heading = site.page("index.html").getElementById("chapters-heading");
        assertNotNull(heading);
        assertFalse(heading.parent().select(".chapter-cards a").isEmpty(), "it heads the chapter list");
    }

    @Test
    void every_page_says_which_edition_and_date_it_is_in_its_footer() {
        for (String uri : site.pages()) {
            String footer = site.page(uri).select("footer.site-footer .edition").text();
            assertTrue(footer.contains("First edition") && footer.contains("25 November 2026"), uri + ": " + footer);
        }
    }

    @Test
    void the_back_to_top_link_is_inside_the_footer_landmark() {
        for (String uri : List.of("index.html", RealGuide.chapter(), "all.html")) {
            assertEquals(1, site.page(uri).select("footer .back-to-top").size(), uri);
            assertEquals(1, site.page(uri).select(".back-to-top").size(), uri);
        }
    }

    @Test
    void every_section_heading_links_to_itself_without_a_word_added_to_its_name() {
        Document chapter = site.page(RealGuide.chapter());
        List<Element> headings = chapter.select("main .doc h2[id], main h2[id]").stream()
                .filter(h ->
                        h.closest(".sectionbody, .sect1") != null || h.parent().hasClass("sect1"))
                .toList();
        assertFalse(headings.isEmpty());
        for (Element heading : headings) {
            Element link = heading.selectFirst("a.heading-link");
            assertNotNull(link, heading.outerHtml());
            assertEquals("#" + heading.id(), link.attr("href"));
            // neither read out with the heading nor a stop for Tab; "On this page" is the keyboard's way there
            assertEquals("true", link.attr("aria-hidden"), link.outerHtml());
            assertEquals("-1", link.attr("tabindex"), link.outerHtml());
            assertEquals("#", link.text(), link.outerHtml());
        }
    }

    @Test
    void on_this_page_lists_the_sections_the_template_adds_after_the_text() {
        Document chapter = site.page(RealGuide.chapter());
        List<String> listed = chapter.select(".toc a").eachAttr("href");
        for (Element section : chapter.select("main section[aria-labelledby]:not([hidden])")) {
            assertTrue(
                    listed.contains("#" + section.attr("aria-labelledby")),
                    "not in On this page: " + section.attr("aria-labelledby") + " " + listed);
        }
    }

    @Test
    void the_single_page_says_it_holds_the_timeline() {
        String intro = site.page("all.html").select(".page-head").text();
        assertTrue(intro.toLowerCase().contains("timeline"), intro);
    }

    @Test
    void the_glossary_letters_show_the_whole_alphabet_and_a_letter_without_terms_is_no_link() {
        Document glossary = site.page("glossary/index.html");
        List<Element> letters = glossary.select(".letters > *");
        assertTrue(letters.size() >= 26, letters.size() + " letters");
        for (Element letter : letters) {
            String name = letter.ownText();
            boolean hasTerms = glossary.getElementById("letter-" + name) != null;
            assertEquals(hasTerms, letter.tagName().equals("a"), name);
        }
    }

    @Test
    void search_snippets_leave_out_the_statement_labels() throws IOException {
        String index = Files.readString(site.folder().resolve("search-index.js"));
        for (String label :
                List.of("\"text\":\"Background", "\"text\":\"The notes say", "\"text\":\"The guide infers")) {
            assertFalse(index.contains(label), label);
        }
    }

    @Test
    void report_a_problem_appears_on_every_page_only_when_the_guide_sets_where_to(@TempDir Path work)
            throws IOException {
        assertTrue(site.page("index.html").select(".report-problem").isEmpty(), "the real guide sets none");
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(
                guide.resolve("jbake.properties"),
                "\nguide.report-problem=editor@example.org\n",
                java.nio.file.StandardOpenOption.APPEND);
        BuildRun run = BuildRun.build(guide, work.resolve("out"));
        assertEquals(0, run.exitCode(), run.err());
        Site built = new Site(work.resolve("out"));
        for (String uri : built.pages()) {
            Element link = built.page(uri).selectFirst("footer .report-problem a");
            assertNotNull(link, uri);
            assertEquals("Report a problem with this page", link.text());
            assertTrue(link.attr("href").startsWith("mailto:editor@example.org?subject="), link.attr("href"));
            assertTrue(link.attr("href").endsWith(uri.replace("/", "%2F")), uri + " " + link.attr("href"));
        }
    }
}
