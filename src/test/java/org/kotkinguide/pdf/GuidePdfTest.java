package org.kotkinguide.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.Pdf;
import org.kotkinguide.support.RealGuide;

/** The real guide's PDF for class, read with PDFBox. */
@Tag("integration")
class GuidePdfTest {
    static PDDocument pdf;
    static String text;

    @BeforeAll
    static void open() {
        pdf = Pdf.open(RealGuide.pdf());
        text = Pdf.text(pdf).replaceAll("\\s+", " ");
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    private static List<String> chapterTitles() {
        return RealGuide.site().page("index.html").select(".chapter-list a").eachText();
    }

    /** The site's chapters in reading order, each as the site numbers it: "Chapter 2: Soviet Geopolitics". */
    private static List<String> numberedChapterTitles() {
        List<String> titles = new ArrayList<>();
        for (String href :
                RealGuide.site().page("index.html").select(".chapter-list a").eachAttr("href")) {
            Document chapter = RealGuide.site().page(href);
            String eyebrow = chapter.select(".eyebrow").text();
            titles.add(eyebrow.replaceAll("^(Chapter \\d+) of \\d+$", "$1") + ": "
                    + chapter.select("h1").text());
        }
        return titles;
    }

    /** A page's text as one line, with no-break spaces read as spaces. */
    private static String page(int page) {
        return Pdf.text(pdf, page, page).replaceAll("[\\s\u00A0]+", " ");
    }

    /** The first page of each top-level bookmark (chapter or appendix), by title. */
    private static Map<String, Integer> chapterStarts() {
        return Pdf.bookmarks(pdf);
    }

    private static List<String> termNames() {
        return RealGuide.site()
                .page("glossary/index.html")
                .select(".term-entry dt a")
                .eachText();
    }

    /** The guide's settings, as its jbake.properties gives them. */
    private static org.kotkinguide.settings.Settings settings() {
        return org.kotkinguide.content.GuideLoader.settings(org.kotkinguide.support.GuideFolders.PROJECT);
    }

    /** A bibliography entry as the site's bibliography prints it: "Author. Year. Title. Place: Publisher." */
    private static String entry(String key) {
        return RealGuide.site()
                .page("bibliography.html")
                .select("#ref-" + key + " .entry")
                .text();
    }

    /** The first further-reading entry of the site's bibliography. */
    private static String firstFurtherReading() {
        return RealGuide.site()
                .page("bibliography.html")
                .select(".further-reading .entry")
                .first()
                .text();
    }

    @Test
    void the_title_page_names_the_guide_the_reading_and_the_edition() {
        String title = Pdf.text(pdf, 1, 1).replaceAll("\\s+", " ");
        assertTrue(title.contains(settings().title()), title);
        String reading = entry(settings().readingKey());
        assertTrue(title.contains(reading.substring(0, reading.indexOf(". ", reading.indexOf(". ") + 2))), title);
        assertTrue(title.contains(settings().edition()), title);
    }

    @Test
    void it_holds_every_chapter_every_glossary_term_and_the_reading() {
        chapterTitles().forEach(t -> assertTrue(text.contains(t), "missing chapter " + t));
        termNames().forEach(t -> assertTrue(text.contains(t), "missing term " + t));
        assertTrue(text.contains(entry(settings().readingKey())), "the reading's reference");
    }

    @Test
    void what_the_notes_say_what_the_guide_infers_and_background_are_labelled_as_on_the_site() {
        var site = RealGuide.site();
        for (String[] kind : new String[][] {
            {"notes-say", "The reading, as the notes report it"},
            {"guide-infers", "The guide infers"},
            {"background", "Background"}
        }) {
            long onTheSite = site.pages().stream()
                    .filter(u -> u.startsWith("chapters/") || u.startsWith("glossary/"))
                    .mapToLong(u -> site.page(u).select("main ." + kind[0]).size())
                    .sum();
            long inThePdf = text.split(java.util.regex.Pattern.quote(kind[1]), -1).length - 1;
            assertTrue(
                    onTheSite > 0 && inThePdf >= onTheSite,
                    kind[1] + ": " + inThePdf + " labels in the PDF, " + onTheSite + " blocks on the site");
        }
    }

    @Test
    void the_bibliography_appendix_lists_further_reading_after_the_works_cited() {
        // the entries themselves, not the running header (which PDFBox reads after each page's body)
        int reading = text.lastIndexOf(entry(settings().readingKey()));
        int further = text.lastIndexOf("Further reading");
        assertTrue(reading > 0 && further > reading, "Further reading after the works cited");
        assertTrue(text.indexOf(firstFurtherReading(), further) > further, firstFurtherReading());
    }

    @Test
    void the_outline_has_a_bookmark_for_every_chapter_and_appendix_each_on_its_own_page() throws IOException {
        List<String> bookmarks = new ArrayList<>();
        Set<Integer> pages = new HashSet<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            bookmarks.add(item.getTitle());
            PDPage page = item.findDestinationPage(pdf);
            if (page != null
                    && !item.getTitle().equals(pdf.getDocumentInformation().getTitle())) {
                pages.add(pdf.getPages().indexOf(page));
            }
        }
        for (String chapter : numberedChapterTitles()) {
            assertTrue(bookmarks.contains(chapter), chapter + " not in " + bookmarks);
        }
        for (String appendix :
                List.of("Answers", "Glossary", "Who\u2019s who", "Timeline, 1917\u20131928", "Bibliography")) {
            assertTrue(bookmarks.contains(appendix), appendix + " not in " + bookmarks);
        }
        // the bibliography last, as in a book
        assertEquals("Bibliography", bookmarks.get(bookmarks.size() - 1), bookmarks.toString());
        assertTrue(
                pages.size() >= chapterTitles().size() + 3,
                "each chapter and appendix starts a new page: " + bookmarks);
    }

    @Test
    void chapters_carry_the_numbers_the_site_gives_them_in_the_contents_and_on_their_first_page() throws IOException {
        Map<String, Integer> starts = chapterStarts();
        String contents = page(2);
        for (String chapter : numberedChapterTitles()) {
            assertTrue(contents.contains(chapter), chapter + " is not in the contents: " + contents);
            assertTrue(starts.containsKey(chapter), chapter + " has no bookmark: " + starts.keySet());
            String firstPage = page(starts.get(chapter));
            assertTrue(firstPage.startsWith(chapter + " "), "the page opens with the numbered heading: " + firstPage);
        }
    }

    @Test
    void the_contents_set_chapters_in_bold_apart_from_their_sections() throws IOException {
        Map<String, String> fontOfLine = new LinkedHashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String line, List<TextPosition> letters) throws IOException {
                fontOfLine.putIfAbsent(
                        line.replaceAll("[\\s\\u00A0.\\d]+$", "").strip(),
                        letters.get(0).getFont().getName());
                super.writeString(line, letters);
            }
        };
        stripper.setStartPage(2);
        stripper.setEndPage(2);
        stripper.getText(pdf);
        for (String chapter : numberedChapterTitles()) {
            assertTrue(String.valueOf(fontOfLine.get(chapter)).contains("Bold"), chapter + " in " + fontOfLine);
        }
        assertFalse(String.valueOf(fontOfLine.get("Learning objectives")).contains("Bold"), "a section: " + fontOfLine);
    }

    @Test
    void the_running_header_on_every_page_is_the_title_of_the_chapter_or_appendix_the_page_belongs_to()
            throws IOException {
        // from the first chapter on: the title page and the contents have no running header
        int firstChapter = chapterStarts().get(numberedChapterTitles().get(0));
        List<Map.Entry<String, Integer>> starts = new ArrayList<>(chapterStarts().entrySet().stream()
                .filter(start -> start.getValue() >= firstChapter)
                .toList());
        assertTrue(starts.size() >= chapterTitles().size() + 3, "bookmarks: " + starts);
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1).getValue() : pdf.getNumberOfPages() + 1;
            for (int page = starts.get(i).getValue(); page < end; page++) {
                // the theme's header is 0.55in tall
                assertEquals(
                        starts.get(i).getKey(),
                        Pdf.header(pdf, page, 0.55f * 72),
                        "the header of page " + Pdf.label(pdf, page));
            }
        }
    }

    @Test
    void each_question_names_its_answer_and_the_page_it_is_on_and_links_to_it() {
        List<String> chapters =
                RealGuide.site().page("index.html").select(".chapter-list a").eachAttr("href");
        int questions = 0;
        for (int number = 1; number <= chapters.size(); number++) {
            List<String> asked = RealGuide.site()
                    .page(chapters.get(number - 1))
                    .select("details.answer > summary")
                    .eachText();
            for (int k = 1; k <= asked.size(); k++) {
                // one number everywhere: the site's question carries the label the PDF gives it
                String label = number + "." + k;
                assertTrue(
                        asked.get(k - 1).startsWith(label + " "), "the site numbers it otherwise: " + asked.get(k - 1));
                String question = asked.get(k - 1).substring(label.length() + 1);
                Matcher reference = Pattern.compile(
                                hyphenMayBreak(label + " " + question + " Answer " + label + ", p. ") + "(\\d+)")
                        .matcher(text.replace('\u00A0', ' '));
                assertTrue(
                        reference.find(), "question " + k + " of chapter " + number + " does not name answer " + label);
                int questionPage = Pdf.pageMatching(pdf, Pattern.compile(hyphenMayBreak(label + " " + question)));
                int answerPage = Pdf.pageLabelled(pdf, reference.group(1));
                assertTrue(
                        Pattern.compile(hyphenMayBreak("Answer " + label + ": " + question))
                                .matcher(page(answerPage))
                                .find(),
                        "page " + reference.group(1) + " does not hold answer " + label + ": " + page(answerPage));
                assertTrue(
                        Pdf.linkTargets(pdf, questionPage).contains(answerPage),
                        "question " + label + " on page " + Pdf.label(pdf, questionPage) + " has no link to page "
                                + reference.group(1));
                questions++;
            }
        }
        assertTrue(questions >= chapters.size(), questions + " questions");
    }

    /**
     * {@code text} as a pattern in which a hyphenated word may have been broken at the end of a line:
     * the text extractor then gives it with the hyphen dropped ("AlsaceLorraine") or kept with a space.
     */
    private static String hyphenMayBreak(String text) {
        return java.util.Arrays.stream(text.split("-", -1))
                .map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("(?:-|-?\\s)?"));
    }

    @Test
    void each_answer_names_its_question_and_the_page_it_is_on_and_links_back() throws IOException {
        Matcher back =
                Pattern.compile("Back to question (\\d+)\\.(\\d+), p\\. (\\d+)").matcher("");
        int answers = 0;
        Map<String, Integer> starts = chapterStarts();
        for (int page = starts.get("Answers"); page < starts.get("Glossary"); page++) {
            back.reset(page(page));
            while (back.find()) {
                int questionPage = Pdf.pageLabelled(pdf, back.group(3));
                String label = back.group(1) + "." + back.group(2);
                assertTrue(
                        page(questionPage).contains("Answer " + label + ", p."),
                        "page " + back.group(3) + " does not ask question " + label);
                assertTrue(
                        Pdf.linkTargets(pdf, page).contains(questionPage),
                        "answer " + label + " has no link back to page " + back.group(3));
                answers++;
            }
        }
        int asked = 0;
        for (String chapter :
                RealGuide.site().page("index.html").select(".chapter-list a").eachAttr("href")) {
            asked += RealGuide.site().page(chapter).select("details.answer").size();
        }
        assertEquals(asked, answers, "every question's answer leads back to it");
    }

    @Test
    void the_whos_who_lists_every_person_in_the_glossary_with_a_link_to_their_entry() throws IOException {
        Map<String, Integer> starts = chapterStarts();
        int start = starts.get("Who\u2019s who");
        // up to the next appendix
        int end = starts.values().stream()
                .filter(p -> p > start)
                .min(Integer::compare)
                .orElse(pdf.getNumberOfPages() + 1);
        String whosWho = java.util.stream.IntStream.range(start, end)
                .mapToObj(GuidePdfTest::page)
                .collect(java.util.stream.Collectors.joining(" "));
        List<String> people = RealGuide.site()
                .page("glossary/index.html")
                .select(".term-entry[data-category=Person] dt a")
                .eachText();
        assertFalse(people.isEmpty(), "the guide's glossary has people");
        for (String person : people) {
            assertTrue(whosWho.contains(person), person + " is not in the who's who: " + whosWho);
        }
        List<String> bySurname = people.stream()
                .sorted(java.util.Comparator.comparing((String p) -> p.substring(p.lastIndexOf(' ') + 1)))
                .toList();
        assertEquals(
                bySurname,
                people.stream()
                        .sorted(java.util.Comparator.comparing(whosWho::indexOf))
                        .toList(),
                "people in surname order");
        int glossary = chapterStarts().get("Glossary");
        for (int page = start; page < end; page++) {
            assertTrue(
                    Pdf.linkTargets(pdf, page).stream().allMatch(p -> p >= glossary && p < start),
                    "names lead to the glossary");
        }
    }

    @Test
    void terms_and_citations_are_links_inside_the_document() throws IOException {
        int internal = 0;
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getDestination() != null) {
                    internal++;
                }
            }
        }
        Document chapter = RealGuide.site().page(RealGuide.chapter());
        int linksInOneChapter = chapter.select("a.term, a.cite").size();
        assertTrue(internal >= linksInOneChapter, internal + " internal links");
    }

    @Test
    void its_metadata_names_title_author_subject_and_language() {
        var info = pdf.getDocumentInformation();
        assertEquals(settings().title() + ": " + settings().subtitle(), info.getTitle());
        assertEquals(settings().author(), info.getAuthor());
        String reading = entry(settings().readingKey());
        assertTrue(info.getSubject().contains(reading.substring(0, reading.indexOf(". "))), info.getSubject());
        assertEquals(settings().language(), pdf.getDocumentCatalog().getLanguage());
    }

    @Test
    void a_pdf_viewer_shows_the_guides_title_in_its_window_not_the_file_name() {
        var preferences = pdf.getDocumentCatalog().getViewerPreferences();
        assertTrue(preferences != null && preferences.displayDocTitle(), "DisplayDocTitle");
        try (PDDocument handout =
                Pdf.open(RealGuide.site().folder().resolveSibling("handouts/" + RealGuide.chapterId() + ".pdf"))) {
            assertTrue(handout.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            assertEquals(
                    RealGuide.nameOf(RealGuide.chapter()) + " \u2014 handout",
                    handout.getDocumentInformation().getTitle());
            assertEquals("en", handout.getDocumentCatalog().getLanguage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void every_font_is_embedded_and_the_page_is_a4() throws IOException {
        for (PDPage page : pdf.getPages()) {
            assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 1);
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
            }
        }
    }

    @Test
    void every_page_of_the_site_links_to_the_pdf() {
        for (String uri : RealGuide.site().pages()) {
            var links = RealGuide.site().page(uri).select("a[href$=downloads/study-guide.pdf]");
            assertFalse(links.isEmpty(), uri + " does not link to the PDF");
        }
        assertTrue(RealGuide.site().has("downloads/study-guide.pdf"));
    }

    @Test
    void no_page_of_the_book_or_of_any_handout_holds_only_a_few_lines() throws IOException {
        // the contents spilling two lines onto a page of their own, a chapter's last question or the
        // tail of the last answer alone on a page: each of these failed this test
        assertEquals(List.of(), Pdf.nearlyEmptyPages(pdf), "the book");
        java.nio.file.Path handouts = RealGuide.site().folder().resolve("downloads/handouts");
        try (var files = java.nio.file.Files.list(handouts)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                try (PDDocument handout = Pdf.open(file)) {
                    assertEquals(
                            List.of(),
                            Pdf.nearlyEmptyPages(handout),
                            file.getFileName().toString());
                    assertTrue(
                            handout.getNumberOfPages() <= 16,
                            file.getFileName() + ": " + handout.getNumberOfPages() + " pages");
                }
            }
        }
    }

    @Test
    void each_kind_of_statement_has_a_bar_of_its_own_colour_beside_it_from_its_label_to_its_end() throws IOException {
        var renderer = new org.apache.pdfbox.rendering.PDFRenderer(pdf);
        for (String[] kind : new String[][] {
            {"The reading, as the notes report it", "2F5D8A"},
            {"The guide infers", "A35A12"},
            {"Background", "6B6B6B"}
        }) {
            int page = Pdf.pageOf(pdf, kind[0]);
            assertTrue(page > 0, kind[0]);
            java.awt.image.BufferedImage image = renderer.renderImage(page - 1, 1);
            int colour = Integer.parseInt(kind[1], 16);
            // the longest vertical run of the kind's colour in the left margin's column
            int longest = 0;
            for (int x = 0; x < image.getWidth() / 4; x++) {
                int run = 0;
                for (int y = 0; y < image.getHeight(); y++) {
                    run = (image.getRGB(x, y) & 0xFFFFFF) == colour ? run + 1 : 0;
                    longest = Math.max(longest, run);
                }
            }
            assertTrue(longest > 30, kind[0] + ": a bar of " + longest + " pt on page " + page);
        }
    }

    @Test
    void the_web_pages_fold_marker_is_not_printed() {
        assertFalse(text.contains("\u25BC"), "a \u25BC before a marking guide");
        assertTrue(text.contains("What a strong answer does"));
    }
}
