package org.kotkinguide.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.RealGuide;
import org.kotkinguide.support.Site;

/** The real guide in {@code content/}, baked with the real JBake, read as a student would. */
@Tag("integration")
class RealGuideTest {
    static final List<String> CHAPTERS_IN_READING_ORDER = List.of(
            "The Soviet Challenge to Pax Anglo-America",
            "Soviet Geopolitics",
            "Brushing Off European Rapprochement",
            "A Duumvirate");

    final Site site = RealGuide.site();

    private List<String> chapterPages() {
        return site.pages().stream().filter(p -> p.startsWith("chapters/")).toList();
    }

    @Test
    void every_page_lists_the_chapters_in_reading_order() {
        for (String uri :
                site.pages().stream().filter(u -> !u.equals("all.html")).toList()) {
            assertEquals(
                    CHAPTERS_IN_READING_ORDER,
                    site.page(uri).select(".chapter-list a").eachText(),
                    uri);
        }
        assertEquals(CHAPTERS_IN_READING_ORDER.size(), chapterPages().size());
    }

    @Test
    void the_home_page_says_what_the_reading_is_and_lists_the_chapters() {
        Document home = site.page("index.html");
        assertTrue(
                home.text().contains("Stalin, Vol. I: Paradoxes of Power, 1878–1928"),
                "the reading, with its real dash");
        assertTrue(home.getElementById("the-question") != null, "the question the reading answers");
        assertTrue(home.getElementById("how-to-use") != null, "how to use the guide");
        assertEquals(
                CHAPTERS_IN_READING_ORDER, home.select(".chapter-cards .name").eachText());
    }

    @Test
    void no_page_shows_the_mis_encoded_dash_of_the_notes() {
        for (String uri : site.pages()) {
            String text = site.page(uri).text();
            assertFalse(text.contains("â€"), uri + " shows a mis-encoded character");
        }
        assertTrue(site.page("index.html").text().contains("1878–1928"));
    }

    @Test
    void every_chapter_has_objectives_argument_key_points_terms_questions_and_a_self_check() {
        for (String uri : chapterPages()) {
            Document chapter = site.page(uri);
            for (String id : List.of("objectives", "argument", "key-points", "key-terms", "discussion", "self-check")) {
                assertNotNull(chapter.getElementById(id), uri + " has no section #" + id);
            }
            assertFalse(chapter.select("a.term").isEmpty(), uri + " links no glossary term");
            assertFalse(
                    chapter.select("#discussion ~ .sectionbody ol li").isEmpty(), uri + " asks no discussion question");
        }
    }

    @Test
    void self_check_answers_stay_hidden_until_the_student_opens_them() {
        for (String uri : chapterPages()) {
            var answers = site.page(uri).select("#self-check ~ .sectionbody details");
            assertTrue(answers.size() >= 3, uri + " has fewer than three self-check questions");
            for (Element answer : answers) {
                assertFalse(answer.hasAttr("open"), uri + ": an answer is open before it is asked for");
                assertFalse(answer.selectFirst("summary").text().isBlank(), uri + ": a question without text");
            }
        }
    }

    @Test
    void key_points_cite_the_reading() {
        for (String uri :
                chapterPages().stream().filter(u -> !u.contains("duumvirate")).toList()) {
            assertFalse(
                    site.page(uri).select("#key-points ~ .sectionbody a.cite").isEmpty(),
                    uri + " cites nothing in its key points");
        }
    }

    @Test
    void the_duumvirate_chapter_says_the_notes_stop_at_its_heading() {
        String text = site.page("chapters/a-duumvirate.html").text().toLowerCase();
        assertTrue(
                text.contains("notes") && text.contains("stop"), "the last chapter must say that the notes stop there");
    }

    @Test
    void every_term_link_leads_to_a_glossary_page_and_shows_a_definition() {
        for (String uri : site.pages()) {
            Document page = site.page(uri);
            Map<String, Element> byId = byId(page);
            for (Element term : page.select("a.term")) {
                assertTrue(resolves(uri, term.attr("href")), uri + ": " + term.attr("href"));
                Element tip = byId.get(term.attr("aria-describedby"));
                assertNotNull(tip, uri + ": term without its definition");
                assertFalse(tip.text().isBlank());
            }
        }
    }

    @Test
    void every_citation_links_to_its_bibliography_entry_and_shows_the_reference() {
        for (String uri : site.pages()) {
            Document page = site.page(uri);
            Map<String, Element> byId = byId(page);
            for (Element cite : page.select("a.cite")) {
                assertTrue(resolves(uri, cite.attr("href")), uri + ": " + cite.attr("href"));
                // the reading, or the notes the guide is written from, which are cited by their title
                if (cite.attr("href").endsWith("#ref-readingnotes")) {
                    assertEquals("(“Reading Notes on Kotkin 2014,” n.d.)", cite.text(), uri);
                    assertTrue(byId.get(cite.attr("aria-describedby")).text().contains("Reading Notes on Kotkin 2014"));
                    continue;
                }
                assertTrue(cite.text().matches("\\(Kotkin 2014(, 5[56]\\d–\\d+)?\\)"), uri + ": " + cite.text());
                assertTrue(byId.get(cite.attr("aria-describedby")).text().contains("Paradoxes of Power"));
            }
        }
    }

    @Test
    void the_glossary_has_at_least_45_complete_entries() {
        List<String> termPages = site.pages().stream()
                .filter(p -> p.startsWith("glossary/") && !p.equals("glossary/index.html"))
                .toList();
        assertTrue(termPages.size() >= 45, "only " + termPages.size() + " glossary entries");
        for (String uri : termPages) {
            Document term = site.page(uri);
            assertFalse(term.select(".category").text().isBlank(), uri + " has no category");
            assertFalse(term.select(".definition").text().isBlank(), uri + " has no short definition");
            assertFalse(term.select("main .paragraph").isEmpty(), uri + " has no body");
            assertFalse(term.select(".related-terms a").isEmpty(), uri + " has no related terms");
        }
    }

    @Test
    void the_glossary_has_a_who_s_who_of_the_people_around_the_reading() {
        for (String person : List.of(
                "trotsky",
                "kamenev",
                "zinoviev",
                "bukharin",
                "briand",
                "ramsay-macdonald",
                "curzon",
                "litvinov",
                "rathenau",
                "seeckt",
                "stresemann",
                "austen-chamberlain",
                "chicherin")) {
            assertEquals(
                    "Person",
                    site.page("glossary/" + person + ".html")
                            .select(".category")
                            .text(),
                    person);
        }
    }

    @Test
    void the_three_kinds_of_statement_are_labelled_on_every_chapter() {
        for (String uri : chapterPages()) {
            Document page = site.page(uri);
            assertFalse(page.select(".notes-say").isEmpty(), uri + " quotes nothing from the notes");
            assertFalse(page.select(".background").isEmpty(), uri + " gives no background");
            for (String[] kind : new String[][] {
                {"notes-say", "The reading, as the notes report it"},
                {"guide-infers", "The guide infers"},
                {"background", "Background"}
            }) {
                for (Element block : page.select("main ." + kind[0])) {
                    Element label = block.selectFirst(".title");
                    assertNotNull(label, uri + ": a ." + kind[0] + " block without its label");
                    assertTrue(
                            label.text().startsWith(kind[1]),
                            uri + ": ." + kind[0] + " labelled «" + label.text() + "»");
                }
            }
        }
    }

    @Test
    void no_citation_of_the_reading_stands_in_what_the_guide_infers_or_in_background() {
        for (String uri : site.pages()) {
            List<String> misplaced = site.page(uri).select(".guide-infers a.cite, .background a.cite").stream()
                    .filter(cite -> cite.attr("href").endsWith("#ref-kotkin2014"))
                    .map(Element::text)
                    .toList();
            assertEquals(List.of(), misplaced, uri + " cites the reading for the guide's own words");
        }
    }

    @Test
    void in_chapters_and_glossary_entries_the_reading_is_cited_only_for_what_the_notes_say() {
        for (String uri : site.pages().stream()
                .filter(u -> u.startsWith("chapters/") || (u.startsWith("glossary/") && !u.endsWith("index.html")))
                .toList()) {
            for (Element cite : site.page(uri).select("main a.cite[href$=#ref-kotkin2014]")) {
                assertFalse(
                        cite.parents().select(".notes-say").isEmpty(),
                        uri + ": a citation outside a 'The reading, as the notes report it' block, in «"
                                + cite.parent().parent().text() + "»");
            }
        }
    }

    @Test
    void the_bibliography_lists_uncited_further_reading_under_its_own_heading() {
        Document bibliography = site.page("bibliography.html");
        Element heading = bibliography.getElementById("further-reading");
        assertNotNull(heading, "no Further reading heading");
        assertEquals("Further reading", heading.text());
        List<String> further = bibliography.select(".further-reading li").eachAttr("id");
        assertTrue(
                further.containsAll(List.of(
                        "ref-jacobson1994",
                        "ref-gorodetsky1977",
                        "ref-steiner2005",
                        "ref-marks2003",
                        "ref-cohen1973",
                        "ref-carr1964",
                        "ref-kotkin2017",
                        "ref-jacobson1972",
                        "ref-carr1951",
                        "ref-wandycz1962",
                        "ref-uldricks1979")),
                further.toString());
        assertFalse(further.contains("ref-kotkin2014"), "the cited reading is not further reading");
        for (Element entry : bibliography.select(".further-reading li")) {
            assertTrue(entry.select(".cited-in").isEmpty(), entry.text());
        }
        assertTrue(bibliography
                .getElementById("ref-steiner2005")
                .text()
                .contains("The Lights That Failed: European International History, 1919–1933"));
    }

    @Test
    void the_home_page_says_the_guide_was_written_from_notes_and_sends_readers_with_the_book_to_its_pages() {
        Element notes = site.page("index.html").getElementById("the-notes");
        assertNotNull(notes, "a section on the notes the guide is written from");
        String text = notes.parent().text();
        assertTrue(text.contains("written from a reader’s notes on pages 553–563, not from the book itself"), text);
        assertTrue(text.contains("check every quotation and every claim against pages 553–563"), text);
        // the second range is the notes', unexplained, and never in a block cited to Kotkin
        assertTrue(text.contains("657–669. The notes do not say what that second range is"), text);
        for (Element block : site.page("index.html").select(".notes-say")) {
            assertFalse(block.text().contains("657"), "the unexplained range stands outside the reading's blocks");
        }
    }

    @Test
    void the_bibliography_lists_the_notes_as_a_source_of_their_own_and_says_what_each_work_is() {
        Document bibliography = site.page("bibliography.html");
        Element notes = bibliography.getElementById("ref-readingnotes");
        assertNotNull(notes, "the notes are cited, so they are among the works cited");
        assertTrue(notes.selectFirst(".entry").text().startsWith("“Reading Notes on Kotkin 2014.”"), notes.text());
        assertTrue(
                notes.selectFirst(".annotation").text().contains("The wording is the note-taker’s, not Kotkin’s")
                        || notes.selectFirst(".annotation")
                                .text()
                                .contains("The wording is the note-taker's, not Kotkin's"),
                notes.text());
        for (Element entry : bibliography.select(".further-reading li")) {
            assertNotNull(entry.selectFirst(".annotation"), "a line on why to read " + entry.attr("id"));
        }
        assertTrue(bibliography.getElementById("ref-carr1964").text().contains("Vol. 3, Part I"));
        assertTrue(bibliography.getElementById("ref-marks2003").text().contains("Basingstoke"));
    }

    @Test
    void the_home_page_gives_the_reading_s_title_as_the_bibliography_does() {
        String title = site.page("bibliography.html")
                .getElementById("ref-kotkin2014")
                .selectFirst("i")
                .text();
        assertEquals(title, site.page("index.html").selectFirst("main em").text());
    }

    @Test
    void the_glossary_index_lists_every_term_a_to_z_people_by_surname_with_its_definition_and_a_category_filter() {
        Document index = site.page("glossary/index.html");
        List<String> names = index.select(".term-entry dt a").eachText();
        // people by surname ("Stalin, Joseph"), as the guide's English sorts them
        Set<String> people = new java.util.HashSet<>(
                index.select(".term-entry[data-category=Person] dt a").eachText());
        assertTrue(people.contains("Joseph Stalin"), people.toString());
        java.util.function.Function<String, String> filedAs = name -> people.contains(name)
                ? name.substring(name.lastIndexOf(' ') + 1) + ", " + name.substring(0, name.lastIndexOf(' '))
                : name;
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(java.util.Comparator.comparing(filedAs, java.text.Collator.getInstance(java.util.Locale.ENGLISH)));
        assertEquals(sorted, names, "terms are in A–Z order, people by surname");
        assertTrue(index.select("#letter-S ~ .terms dt a").eachText().contains("Joseph Stalin"), "Stalin under S");
        assertEquals(
                site.pages().stream().filter(p -> p.startsWith("glossary/")).count() - 1, names.size());
        index.select(".term-entry dd").forEach(dd -> assertFalse(dd.text().isBlank()));
        Set<String> categories = new TreeSet<>(index.select(".term-entry").eachAttr("data-category"));
        Set<String> buttons = new TreeSet<>(
                index.select(".glossary-filter button[data-category]").eachAttr("data-category"));
        buttons.remove("");
        assertEquals(categories, buttons, "a filter button for every category");
    }

    @Test
    void a_term_page_lists_exactly_the_chapter_sections_that_use_the_term() {
        Map<String, Set<String>> used = new HashMap<>();
        for (String uri : chapterPages()) {
            // the chapter's own text: its events from the timeline ("On the timeline") are the timeline's uses
            for (Element link : site.page(uri).select("a.term:not(.timeline-here a)")) {
                String term = link.attr("href").replace("../glossary/", "").replace(".html", "");
                String section = sectionOf(link);
                used.computeIfAbsent(term, k -> new TreeSet<>())
                        .add("../" + uri + (section.isEmpty() ? "" : "#" + section));
            }
        }
        assertFalse(used.isEmpty());
        for (String uri : site.pages().stream()
                .filter(p -> p.startsWith("glossary/") && !p.endsWith("index.html"))
                .toList()) {
            String term = uri.replace("glossary/", "").replace(".html", "");
            Set<String> listed =
                    new TreeSet<>(site.page(uri).select(".appears-in a").eachAttr("href"));
            assertEquals(used.getOrDefault(term, Set.of()), listed, uri);
            listed.forEach(href -> assertTrue(resolves(uri, href), uri + ": " + href));
        }
    }

    @Test
    void the_bibliography_lists_kotkin_with_links_back_to_where_it_is_cited() {
        Element kotkin = site.page("bibliography.html").getElementById("ref-kotkin2014");
        assertNotNull(kotkin);
        assertTrue(kotkin.text().contains("Kotkin, Stephen. 2014."), kotkin.text());
        assertTrue(kotkin.text().contains("Allen Lane"), kotkin.text());
        assertTrue(kotkin.text().contains("553–563"), "the pages the guide covers");
        List<String> backLinks = kotkin.select(".cited-in a").eachAttr("href");
        assertTrue(backLinks.size() >= CHAPTERS_IN_READING_ORDER.size() - 1, backLinks.toString());
        backLinks.forEach(href -> assertTrue(resolves("bibliography.html", href), href));
    }

    @Test
    void every_chapter_page_shows_the_table_of_contents_neighbours_and_the_reading() {
        for (String uri : chapterPages()) {
            Document page = site.page(uri);
            assertTrue(page.select(".toc a").size() >= 6, uri + ": on-page table of contents");
            assertTrue(
                    page.selectFirst(".site-footer").text().contains("Kotkin, Stephen"),
                    uri + ": the reading's reference");
            assertFalse(page.select(".pager a").isEmpty(), uri + ": previous/next links");
        }
        assertEquals(
                List.of("Next Soviet Geopolitics"),
                site.page("chapters/introduction.html").select(".pager a").eachText());
    }

    @Test
    void no_internal_link_or_anchor_is_broken() {
        assertEquals(List.of(), site.brokenLinks());
    }

    @Test
    void pages_have_no_inline_script_or_handler_and_allow_only_their_own_files() {
        for (String uri : site.pages()) {
            Document page = site.page(uri);
            assertTrue(page.select("script:not([src])").isEmpty(), uri + " has an inline script");
            assertTrue(
                    page.select("*").stream()
                            .flatMap(e -> e.attributes().asList().stream())
                            .noneMatch(a -> a.getKey().startsWith("on")),
                    uri + " has an inline event handler");
            Element csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertTrue(
                    csp != null
                            && csp.attr("content").contains("default-src 'self'")
                            && csp.attr("content")
                                    .replaceAll(".*script-src([^;]*).*", "$1")
                                    .trim()
                                    .equals("'nonce-" + page.select("script").attr("nonce") + "' 'strict-dynamic'")
                            && page.select("script").eachAttr("nonce").stream()
                                    .allMatch(page.select("script").attr("nonce")::equals),
                    uri + " has no Content-Security-Policy");
        }
    }

    @Test
    void nothing_is_loaded_from_another_host_or_from_the_server_root() {
        for (String uri : site.pages()) {
            for (Element resource : site.page(uri).select("link[href], script[src], img[src], iframe, object, embed")) {
                String url = resource.hasAttr("href") ? resource.attr("href") : resource.attr("src");
                assertFalse(url.startsWith("/") || url.matches("^[a-z]+:.*"), uri + " loads " + url);
            }
            for (Element link : site.page(uri).select("a[href]")) {
                assertFalse(link.attr("href").startsWith("/"), uri + " has a root-relative link " + link.attr("href"));
            }
        }
    }

    /**
     * The page's elements by id, the first of each as getElementById finds it: read once, since the one-page
     * edition holds thousands of links, and looking each one's tooltip up walks the whole page.
     */
    private static Map<String, Element> byId(Document page) {
        Map<String, Element> byId = new HashMap<>();
        page.select("[id]").forEach(element -> byId.putIfAbsent(element.id(), element));
        return byId;
    }

    private boolean resolves(String from, String href) {
        return site.resolves(from, href);
    }

    private static String sectionOf(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.className().matches(".*\\bsect[1-5]\\b.*")) {
                return e.child(0).id();
            }
        }
        return "";
    }
}
