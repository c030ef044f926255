package org.kotkinguide.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.model.Reference;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.FolderSnapshot;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.Pdf;

/** Student and teacher editions, handouts and the page size, on the small fixture guide. */
@Tag("integration")
class EditionsAndHandoutsTest {
    static final String QUESTION = "Where do most rivers begin?";
    static final String ANSWER = "In hills, fed by springs and snowmelt.";
    static final String PROMPT = "Why do rivers begin in hills? Use the chapter.";
    static final String MARKING_GUIDE = "It names springs and snowmelt and cites the reading.";

    @TempDir
    static Path work;

    static Path student;
    static Path teacher;

    @BeforeAll
    static void buildBothEditions() {
        Path guide = GuideFolders.fixture("minimal", work);
        // an essay prompt with its marking guide, which the site folds under it
        Path sources = guide.resolve("content/chapters/sources.adoc");
        try {
            Files.writeString(sources, Files.readString(sources).replace("[#self-check]\n", """
                                    [#essays]
                                    == Essay prompts

                                    . %s
                                    +
                                    .What a strong answer does
                                    [.marking-guide%%collapsible]
                                    ====
                                    %s
                                    ====

                                    [#self-check]
                                    """.formatted(
                            PROMPT, MARKING_GUIDE)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        BuildRun run = BuildRun.buildAll(guide, work.resolve("student/site"));
        assertEquals(0, run.exitCode(), run.err());
        student = work.resolve("student");
        run = BuildRun.buildAll(guide, work.resolve("teacher/site"), "--pdf-edition", "teacher");
        assertEquals(0, run.exitCode(), run.err());
        teacher = work.resolve("teacher");
    }

    private static int pageOf(PDDocument pdf, String text) {
        return Pdf.pageOf(pdf, text);
    }

    @Test
    void the_student_edition_keeps_answers_in_an_appendix_away_from_their_questions() throws IOException {
        try (PDDocument pdf = Pdf.open(student.resolve("study-guide.pdf"))) {
            int question = pageOf(pdf, "1.1 " + QUESTION + " Answer 1.1, p.");
            int answer = pageOf(pdf, ANSWER);
            assertTrue(question > 0 && answer > 0, "question on page " + question + ", answer on page " + answer);
            assertNotEquals(question, answer, "the answer must not be next to its question");
            assertTrue(Pdf.text(pdf, answer, answer).contains("Answers"), "the answer is in the Answers appendix");
        }
    }

    @Test
    void the_student_edition_moves_a_marking_guide_to_the_answers_and_links_it_from_its_prompt() throws IOException {
        try (PDDocument pdf = Pdf.open(student.resolve("study-guide.pdf"))) {
            int prompt = pageOf(pdf, PROMPT);
            String promptPage = Pdf.text(pdf, prompt, prompt).replaceAll("\\s+", " ");
            assertFalse(promptPage.contains(MARKING_GUIDE), "the marking guide is under its prompt: " + promptPage);
            Matcher link = Pattern.compile("What a strong answer does, p\\.[\\s\\u00a0]*(\\d+)")
                    .matcher(promptPage);
            assertTrue(link.find(), promptPage);
            int guide = pageOf(pdf, MARKING_GUIDE);
            String guidePage = Pdf.text(pdf, guide, guide).replaceAll("\\s+", " ");
            assertTrue(guidePage.contains("Answers"), "the guide is in the Answers appendix: " + guidePage);
            assertTrue(guidePage.contains(PROMPT + " What a strong answer does: " + MARKING_GUIDE), guidePage);
            // each side names the other's page as printed in the footer
            assertTrue(guidePage.contains(link.group(1) + " of "), "p. " + link.group(1) + " is not this page");
            Matcher back = Pattern.compile("Back to the prompt, p\\.[\\s\\u00a0]*(\\d+)")
                    .matcher(guidePage);
            assertTrue(back.find(), guidePage);
            assertTrue(
                    promptPage.contains(back.group(1) + " of "), "p. " + back.group(1) + " is not the prompt's page");
        }
        try (PDDocument handout = Pdf.open(student.resolve("handouts/sources.pdf"))) {
            int answers = Pdf.bookmarks(handout).get("Answers");
            assertTrue(
                    pageOf(handout, MARKING_GUIDE) >= answers,
                    "the handout's marking guide is not on its answer sheet, from p. " + answers);
        }
    }

    @Test
    void a_teacher_sending_students_to_the_answers_names_them_alike_in_the_book_and_a_handout() throws IOException {
        try (PDDocument book = Pdf.open(student.resolve("study-guide.pdf"));
                PDDocument handout = Pdf.open(student.resolve("handouts/sources.pdf"))) {
            var inBook = Pdf.bookmarks(book).keySet();
            var inHandout = Pdf.bookmarks(handout).keySet();
            assertTrue(inHandout.contains("Answers"), inHandout.toString());
            for (String title : inHandout) {
                assertFalse(title.startsWith("Appendix"), "lettered: " + title + " (a handout's answers come last)");
                if (!title.startsWith("1")) {
                    assertTrue(inBook.contains(title), title + " is called otherwise in the book: " + inBook);
                }
            }
        }
    }

    @Test
    void the_teacher_edition_keeps_a_marking_guide_under_its_prompt() throws IOException {
        try (PDDocument pdf = Pdf.open(teacher.resolve("study-guide.pdf"))) {
            int prompt = pageOf(pdf, PROMPT);
            String page = Pdf.text(pdf, prompt, prompt).replaceAll("\\s+", " ");
            assertTrue(page.contains(PROMPT + " What a strong answer does " + MARKING_GUIDE), page);
        }
    }

    @Test
    void the_teacher_edition_puts_each_answer_next_to_its_question() throws IOException {
        try (PDDocument pdf = Pdf.open(teacher.resolve("study-guide.pdf"))) {
            String page =
                    Pdf.text(pdf, pageOf(pdf, QUESTION), pageOf(pdf, QUESTION)).replaceAll("\\s+", " ");
            assertTrue(page.contains(QUESTION + " Answer: " + ANSWER), page);
            assertFalse(Pdf.bookmarks(pdf).containsKey("Answers"), "the teacher edition has no Answers appendix");
        }
    }

    @Test
    void building_the_teacher_edition_again_after_a_change_to_the_site_only_keeps_its_pdfs_and_says_so()
            throws IOException {
        Path guide = work.resolve("minimal");
        Files.writeString(guide.resolve("assets/notes.txt"), "not in any PDF");
        BuildRun again = BuildRun.buildAll(guide, work.resolve("teacher/site"), "--pdf-edition", "teacher");
        assertEquals(0, again.exitCode(), again.err());
        int handouts = (int) again.out()
                .lines()
                .filter(line -> line.startsWith("  handouts/"))
                .count();
        assertTrue(
                again.out()
                        .contains("wrote the teacher edition and its handouts (" + (1 + handouts) + " of "
                                + (1 + handouts) + " made from the same inputs as before, kept)"),
                again.out());
    }

    /** The PDF beside the site of the minimal guide whose jbake.properties choose the edition and the paper. */
    private static Path pdfOfSettings;

    /**
     * One build, made by the first test that asks, for the two settings of the PDF in jbake.properties: each
     * test reads only what its own setting changes (the answers' place, the page size), and a PDF build is slow.
     */
    private static synchronized Path pdfBuiltWithTheTeacherEditionAndLetterPaperSet() throws IOException {
        if (pdfOfSettings == null) {
            Path guide = GuideFolders.fixture("minimal", work.resolve("by-setting"));
            Path properties = guide.resolve("jbake.properties");
            Files.writeString(
                    properties,
                    Files.readString(properties) + "\nguide.pdf.edition=teacher\nguide.pdf.page-size=Letter\n");
            Path site = work.resolve("by-setting/out/site");
            BuildRun run = BuildRun.buildAll(guide, site);
            assertEquals(0, run.exitCode(), run.err());
            pdfOfSettings = site.resolveSibling("study-guide.pdf");
        }
        return pdfOfSettings;
    }

    @Test
    void the_edition_beside_the_site_can_be_chosen_in_jbake_properties() throws IOException {
        try (PDDocument pdf = Pdf.open(pdfBuiltWithTheTeacherEditionAndLetterPaperSet())) {
            String page =
                    Pdf.text(pdf, pageOf(pdf, QUESTION), pageOf(pdf, QUESTION)).replaceAll("\\s+", " ");
            assertTrue(page.contains(QUESTION + " Answer: " + ANSWER), page);
        }
    }

    @Test
    void the_website_always_offers_the_student_edition() {
        assertTrue(Pdf.text(teacher.resolve("site/downloads/study-guide.pdf"))
                .replaceAll("\\s+", " ")
                .contains("1.1 " + QUESTION + " Answer 1.1, p."));
        assertTrue(Pdf.text(teacher.resolve("site/downloads/handouts/sources.pdf"))
                .replaceAll("\\s+", " ")
                .contains("1.1 " + QUESTION + " Answer 1.1, p."));
    }

    @Test
    void each_handout_holds_its_chapter_and_not_the_others() {
        String sources = Pdf.text(student.resolve("handouts/sources.pdf"));
        String mouths = Pdf.text(student.resolve("handouts/mouths.pdf"));
        assertTrue(sources.contains("Where Rivers Begin") && !sources.contains("Where Rivers End"), sources);
        assertTrue(mouths.contains("Where Rivers End") && !mouths.contains("Where Rivers Begin"), mouths);
        assertTrue(
                Files.isRegularFile(student.resolve("site/downloads/handouts/sources.pdf")),
                "handouts are on the site too");
    }

    @Test
    void a_handout_opens_with_its_chapter_numbered_as_on_the_site_and_is_titled_after_it() throws IOException {
        try (PDDocument pdf = Pdf.open(student.resolve("handouts/mouths.pdf"))) {
            String first = Pdf.text(pdf, 1, 1).replaceAll("\\s+", " ").strip();
            // no title page, no generic "handout" title: the chapter's heading, under its running header
            assertTrue(first.startsWith("Chapter 2: Where Rivers End A handout from"), first);
            assertEquals("Chapter 2: Where Rivers End", Pdf.header(pdf, 1, 0.55f * 72));
            assertEquals(
                    "Where Rivers End \u2014 handout",
                    pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void a_handouts_answers_come_last_and_start_on_a_page_that_holds_no_question() throws IOException {
        try (PDDocument pdf = Pdf.open(student.resolve("handouts/sources.pdf"))) {
            int question = pageOf(pdf, QUESTION + " Answer 1.1,");
            int answers = Pdf.bookmarks(pdf).get("Answers");
            assertTrue(
                    question > 0 && answers > question,
                    "question on page " + question + ", answers from page " + answers);
            for (int page = answers; page <= pdf.getNumberOfPages(); page++) {
                String text = Pdf.text(pdf, page, page);
                assertFalse(
                        text.replaceAll("\\s+", " ").contains(QUESTION + " Answer 1.1,"),
                        "page " + page + " holds a question: " + text);
                assertFalse(
                        text.contains("Glossary") || text.contains("Bibliography"),
                        "the answers are the last sheet: " + text);
            }
            assertTrue(Pdf.text(pdf, answers, answers)
                    .replaceAll("\\s+", " ")
                    .contains("Answer 1.1: " + QUESTION + " " + ANSWER));
        }
    }

    @Test
    void the_teacher_edition_also_makes_handouts_with_each_answer_under_its_question() {
        String handout = Pdf.text(teacher.resolve("handouts/sources.pdf")).replaceAll("\\s+", " ");
        assertTrue(handout.contains("1.1 " + QUESTION + " Answer: " + ANSWER), handout);
        assertFalse(handout.contains("Answers"), "a teacher handout has no answers appendix: " + handout);
    }

    @Test
    void a_reference_to_a_section_of_the_chapter_reads_as_its_title_not_as_an_id() {
        String mouths = Pdf.text(student.resolve("handouts/mouths.pdf")).replaceAll("\\s+", " ");
        assertTrue(mouths.contains("See Ends."), mouths);
    }

    @Test
    void a_failed_teacher_edition_build_leaves_nothing_of_its_own_beside_the_site() throws IOException {
        Path broken = GuideFolders.minimalWith("bad/unknown-term", work.resolve("broken-teacher"));
        Path out = work.resolve("broken-teacher/out");
        assertNotEquals(
                0,
                BuildRun.buildAll(broken, out.resolve("site"), "--pdf-edition", "teacher")
                        .exitCode());
        // the pages it converted are kept for the next build (the cache); no PDF or folder of the teacher's
        try (var left = Files.list(out)) {
            assertEquals(
                    List.of(),
                    left.map(p -> p.getFileName().toString())
                            .filter(name -> !name.equals(org.kotkinguide.cache.DiskCache.FOLDER))
                            .toList());
        }
    }

    @Test
    void letter_paper_is_a_setting() throws IOException {
        try (PDDocument pdf = Pdf.open(pdfBuiltWithTheTeacherEditionAndLetterPaperSet())) {
            assertEquals(
                    PDRectangle.LETTER.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 1);
        }
    }

    @Test
    void bad_content_stops_the_build_before_the_pdf_and_keeps_the_last_one() {
        Map<String, String> before = FolderSnapshot.of(student);
        Path broken = GuideFolders.minimalWith("bad/unknown-term", work.resolve("broken"));
        BuildRun run = BuildRun.buildAll(broken, student.resolve("site"));
        assertNotEquals(0, run.exitCode());
        assertTrue(run.err().contains("content/chapters/mouths.adoc:8: unknown glossary term 'deltta'"), run.err());
        assertEquals(
                withoutCache(before),
                withoutCache(FolderSnapshot.of(student)),
                "the last site, PDF and handouts are left as they were");
    }

    /** What a reader or a teacher has: the build's cache beside it may gain the pages a failed build converted. */
    private static Map<String, String> withoutCache(Map<String, String> files) {
        Map<String, String> kept = new java.util.TreeMap<>(files);
        kept.keySet().removeIf(name -> name.startsWith(org.kotkinguide.cache.DiskCache.FOLDER + "/"));
        return kept;
    }

    @Test
    void a_handout_holds_its_chapter_its_terms_short_definitions_and_the_works_it_cites_only() {
        String sources = Pdf.text(student.resolve("handouts/sources.pdf")).replaceAll("\\s+", " ");
        assertTrue(sources.contains("The tidal mouth of a river."), "the term's short definition: " + sources);
        assertFalse(sources.contains("Salt and fresh water mix here."), "not the whole glossary entry: " + sources);
        assertTrue(sources.contains("A Short Book About Rivers"), "the work the chapter cites: " + sources);
        assertFalse(sources.contains("A Review of a Short Book"), "not the works other chapters cite: " + sources);
    }

    @Test
    void the_teacher_edition_says_so_in_its_title_on_its_title_page_and_atop_every_page() throws IOException {
        try (PDDocument pdf = Pdf.open(teacher.resolve("study-guide.pdf"))) {
            assertTrue(
                    pdf.getDocumentInformation().getTitle().endsWith("Teacher edition"),
                    pdf.getDocumentInformation().getTitle());
            assertTrue(Pdf.text(pdf, 1, 1).contains("Teacher edition"), Pdf.text(pdf, 1, 1));
            for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
                String header = Pdf.header(pdf, page, 0.55f * 72);
                assertTrue(header.isEmpty() || header.contains("Teacher edition"), "page " + page + ": " + header);
            }
        }
        try (PDDocument pdf = Pdf.open(teacher.resolve("handouts/sources.pdf"))) {
            assertTrue(pdf.getDocumentInformation().getTitle().contains("teacher edition"));
            assertTrue(Pdf.header(pdf, 1, 0.55f * 72).contains("Teacher edition"));
        }
        try (PDDocument pdf = Pdf.open(student.resolve("study-guide.pdf"))) {
            assertFalse(Pdf.text(pdf).contains("Teacher edition"));
        }
    }

    @Test
    void the_title_page_sets_the_reading_as_a_reference_of_its_own_with_the_books_title_in_italics()
            throws IOException {
        // the reading as the guide's settings and bibliography give it
        GuideSource source = GuideLoader.load(GuideFolders.fixture("minimal", work.resolve("reading")));
        Reference reading = source.guide().reading();
        String bookTitle =
                Jsoup.parseBodyFragment(reading.entryHtml()).select("i").text();
        assertFalse(bookTitle.isEmpty(), reading.entryHtml());
        for (Path folder : List.of(student, teacher)) {
            try (PDDocument pdf = Pdf.open(folder.resolve("study-guide.pdf"))) {
                List<String> lines = Pdf.text(pdf, 1, 1)
                        .lines()
                        .map(l -> l.replace('\u00A0', ' ').strip())
                        .filter(l -> !l.isEmpty())
                        .toList();
                // "A study guide to" on a line of its own, then the reference and its pages, then the edition
                int intro = lines.indexOf("A study guide to");
                assertTrue(intro > 0, folder.getFileName() + ": " + lines);
                String after = String.join(" ", lines.subList(intro + 1, lines.size()));
                assertTrue(
                        after.startsWith(reading.entryText() + " Pages " + reading.pageRange() + " "
                                + source.settings().edition()),
                        folder.getFileName() + ": " + after);
                assertFalse(
                        lines.stream()
                                .anyMatch(l -> l.startsWith(source.settings().edition() + ":")),
                        "the edition is not run into the reference: " + lines);
                // each glyph of the book's title is set in an italic font, the author's name is not
                List<TextPosition> glyphs = glyphs(pdf, 1);
                String text = glyphs.stream().map(TextPosition::getUnicode).collect(Collectors.joining());
                String squeezed = bookTitle.replace(" ", "");
                int at = text.indexOf(squeezed, text.indexOf("Astudyguideto"));
                assertTrue(at > 0, text);
                for (TextPosition glyph : glyphs.subList(at, at + squeezed.length())) {
                    assertTrue(
                            glyph.getFont().getName().matches(".*(Italic|Oblique).*"),
                            glyph.getUnicode() + " of the book's title in "
                                    + glyph.getFont().getName());
                }
                TextPosition author = glyphs.get(text.indexOf("Astudyguideto") + "Astudyguideto".length());
                assertFalse(
                        author.getFont().getName().contains("Italic"),
                        author.getFont().getName());
            }
        }
    }

    /** The glyphs of a page in reading order, spaces left out. */
    private static List<TextPosition> glyphs(PDDocument pdf, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String line, List<TextPosition> letters) throws IOException {
                letters.stream().filter(l -> !l.getUnicode().isBlank()).forEach(glyphs::add);
                super.writeString(line, letters);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return glyphs;
    }

    @Test
    void no_page_of_the_book_or_a_handout_holds_only_a_few_lines_in_either_edition() throws IOException {
        for (Path folder : List.of(student, teacher)) {
            for (String file : List.of("study-guide.pdf", "handouts/sources.pdf", "handouts/mouths.pdf")) {
                try (PDDocument pdf = Pdf.open(folder.resolve(file))) {
                    assertEquals(List.of(), Pdf.nearlyEmptyPages(pdf), folder.getFileName() + "/" + file);
                }
            }
        }
    }
}
