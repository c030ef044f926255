package org.kotkinguide.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.RealGuide;
import org.kotkinguide.support.TemporaryFolders;

/** The real guide's EPUB, as an e-reader and EPUBCheck read it. */
@Tag("integration")
class EpubTest {
    static Path epub;
    /** Every file of the EPUB by its path inside it. */
    static Map<String, String> files = new HashMap<>();

    @BeforeAll
    static void open() throws IOException {
        epub = RealGuide.site().folder().resolveSibling("study-guide.epub");
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (!entry.isDirectory()) {
                    files.put(
                            entry.getName(),
                            new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static Document xml(String name) {
        assertTrue(files.containsKey(name), name + " is not in the EPUB: " + files.keySet());
        return Jsoup.parse(files.get(name), "", Parser.xmlParser());
    }

    /** The site's chapters as it numbers them: "Chapter 2: Soviet Geopolitics". */
    private static List<String> numberedChapterTitles() {
        List<String> titles = new ArrayList<>();
        for (String href :
                RealGuide.site().page("index.html").select(".chapter-list a").eachAttr("href")) {
            Document chapter = RealGuide.site().page(href);
            titles.add(chapter.select(".eyebrow").text().replaceAll(" of \\d+$", "") + ": "
                    + chapter.select("h1").text());
        }
        return titles;
    }

    @Test
    void epubcheck_finds_no_error_in_it() throws Exception {
        Path work = TemporaryFolders.deletedAtExit("epubcheck-");
        Path classpath = work.resolve("classpath.txt");
        // EPUBCheck's own classpath, resolved by Maven from src/test/epubcheck/pom.xml (see there why)
        String maven = Path.of(System.getProperty("maven.home", "/usr/share/maven"), "bin", "mvn")
                .toString();
        run(
                List.of(
                        maven,
                        "-B",
                        "-q",
                        "-f",
                        GuideFolders.PROJECT
                                .resolve("src/test/epubcheck/pom.xml")
                                .toString(),
                        "dependency:build-classpath",
                        "-Dmdep.includeScope=runtime",
                        "-Dmdep.outputFile=" + classpath),
                work);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String report = run(
                List.of(
                        java,
                        "-cp",
                        Files.readString(classpath).strip(),
                        "com.adobe.epubcheck.tool.Checker",
                        epub.toString()),
                work);
        assertTrue(report.contains("Messages: 0 fatals / 0 errors"), report);
    }

    private static String run(List<String> command, Path folder) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + output);
        return output;
    }

    @Test
    void its_contents_list_a_cover_every_chapter_numbered_as_on_the_site_and_the_appendices() {
        List<String> contents = xml("EPUB/nav.xhtml").select("nav a").eachText();
        for (String chapter : numberedChapterTitles()) {
            assertTrue(contents.contains(chapter), chapter + " not in " + contents);
        }
        for (String appendix : List.of("Answers", "Glossary", "Who\u2019s who", "Bibliography")) {
            assertTrue(contents.stream().anyMatch(c -> c.endsWith(appendix)), appendix + " not in " + contents);
        }
        // the timeline before the bibliography, which comes last as in a book
        List<String> appendices =
                xml("EPUB/nav.xhtml").select("nav#toc > ol > li > a").eachText();
        assertTrue(appendices.get(appendices.size() - 1).endsWith("Bibliography"), appendices.toString());
        assertTrue(appendices.get(appendices.size() - 2).contains("Timeline"), appendices.toString());
        Document opf = xml("EPUB/package.opf");
        assertFalse(opf.select("item[properties~=cover-image]").isEmpty(), "a cover image");
        // a raster cover, drawn at build time: e-readers that show no SVG cover show this one
        assertEquals("image/png", opf.select("item[properties~=cover-image]").attr("media-type"));
        String cover =
                files.get("EPUB/" + opf.select("item[properties~=cover-image]").attr("href"));
        assertTrue(cover.startsWith("\uFFFDPNG"), "a PNG");
        assertTrue(cover.length() > 10_000, "with something drawn on it: " + cover.length() + " bytes");
        // and the contents list each chapter's sections, not only the chapters
        List<String> sections = RealGuide.site()
                .page(RealGuide.chapter())
                // the chapter's own sections, not the site's "On the timeline" or "Cite this page"
                .select("main .sect1 > h2")
                .stream()
                // a heading's words, without the site's "#" link to itself
                .map(h -> {
                    org.jsoup.nodes.Element copy = h.clone();
                    copy.select(".heading-link").remove();
                    return copy.text();
                })
                .toList();
        assertFalse(sections.isEmpty());
        for (String section : sections) {
            assertTrue(contents.contains(section), section + " not in " + contents);
        }
    }

    @Test
    void it_is_dated_by_the_guides_date_not_1970() {
        String modified = xml("EPUB/package.opf")
                .select("meta[property=dcterms:modified]")
                .text();
        assertTrue(
                modified.startsWith(
                        org.kotkinguide.epub.EditionDate.parse(setting("guide.date"), java.util.Locale.ENGLISH)
                                .toString()),
                modified + " for guide.date=" + setting("guide.date"));
    }

    @Test
    void its_answers_headings_leave_room_for_descenders_and_its_text_is_set_ragged_right() {
        String css = files.entrySet().stream()
                .filter(e -> e.getKey().endsWith("epub3.css"))
                .map(java.util.Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
        // the last rule wins: the guide's rules come after asciidoctor-epub3's
        assertTrue(lastValue(css, "h2", "margin-bottom").matches("^[0-9.]+(em|px)?$"), css);
        assertEquals("left", lastValue(css, "body p", "text-align"));
        assertEquals("bold", lastValue(css, "div.example-title", "font-weight"));
        assertFalse(xml("EPUB/answers.xhtml").select("div.example-title").isEmpty(), "the answers' questions");
    }

    /** The value of {@code property} in the last rule of {@code css} whose selector list names {@code selector}. */
    private static String lastValue(String css, String selector, String property) {
        String value = "";
        Matcher rule = Pattern.compile("([^{}]+)\\{([^}]*)\\}").matcher(css);
        while (rule.find()) {
            boolean names = java.util.Arrays.stream(rule.group(1).split(","))
                    .anyMatch(s -> s.strip().replaceAll("\\s+", " ").equals(selector));
            Matcher declaration = Pattern.compile("(?:^|;)\\s*" + Pattern.quote(property) + "\\s*:\\s*([^;]+)")
                    .matcher(rule.group(2));
            if (names && declaration.find()) {
                value = declaration.group(1).strip();
            }
        }
        return value;
    }

    @Test
    void every_block_marked_as_a_kind_of_statement_starts_with_its_label() {
        int blocks = 0;
        for (String name :
                files.keySet().stream().filter(n -> n.endsWith(".xhtml")).toList()) {
            for (Element block : xml(name).select(".notes-say, .guide-infers, .background")) {
                assertTrue(
                        block.text().matches("^(The reading, as the notes report it|The guide infers|Background)\\b.*"),
                        name + ": " + block.outerHtml());
                blocks++;
            }
        }
        assertTrue(blocks > 100, "the guide marks over a hundred blocks: " + blocks);
    }

    @Test
    void its_metadata_names_the_title_author_and_language() throws IOException {
        Document opf = xml("EPUB/package.opf");
        // the guide's settings, whatever the teacher set them to
        assertEquals(
                setting("guide.title") + ": " + setting("guide.subtitle"),
                opf.select("dc|title").text());
        assertEquals(setting("guide.author"), opf.select("dc|creator").text());
        assertEquals(setting("guide.language"), opf.select("dc|language").text());
        // and the reading, as the site's "Cite this page" gives its author
        String readingAuthor = Files.readString(RealGuide.site().folder().resolve("cite/reading.ris"))
                .lines()
                .filter(line -> line.startsWith("AU  - "))
                .findFirst()
                .orElseThrow()
                .substring(6);
        assertTrue(opf.select("dc|description").text().contains(readingAuthor), readingAuthor);
    }

    /** A setting of the real guide's {@code jbake.properties}. */
    private static String setting(String key) {
        java.util.Properties settings = new java.util.Properties();
        try (var reader =
                Files.newBufferedReader(GuideFolders.PROJECT.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            settings.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings.getProperty(key, "").strip();
    }

    @Test
    void terms_citations_and_answers_are_links_between_its_files_that_reach_their_targets() {
        Map<String, Integer> kinds =
                new HashMap<>(Map.of("glossary", 0, "bibliography", 0, "answers", 0, "question", 0));
        for (String name :
                files.keySet().stream().filter(n -> n.endsWith(".xhtml")).toList()) {
            for (Element link : xml(name).select("a[href]")) {
                String href = link.attr("href");
                if (href.contains(":")) {
                    continue;
                }
                String file = href.startsWith("#") ? name : "EPUB/" + href.replaceAll("#.*", "");
                String id = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
                assertTrue(files.containsKey(file), name + " links to a missing file: " + href);
                assertTrue(
                        id.isEmpty() || !xml(file).select("[id=" + id + "]").isEmpty(),
                        name + " links to a missing id: " + href);
                kinds.replaceAll((kind, n) ->
                        href.startsWith(kind + ".xhtml") || (kind.equals("question") && id.startsWith("question-"))
                                ? n + 1
                                : n);
            }
        }
        kinds.forEach((kind, n) -> assertTrue(n > 0, "no link to " + kind + ": " + kinds));
    }

    @Test
    void the_site_offers_it_with_its_size_and_the_offline_copy_holds_it() throws IOException {
        assertTrue(RealGuide.site().has("downloads/study-guide.epub"));
        Element offer = RealGuide.site().page("download.html").selectFirst("a[href$=downloads/study-guide.epub]");
        assertTrue(offer != null, "download.html offers the EPUB");
        assertTrue(
                offer.parent().text().matches(".*\\(\\d+ KB\\).*"),
                offer.parent().text());
        try (ZipFile zip = new ZipFile(RealGuide.site()
                .folder()
                .resolveSibling("study-guide-offline.zip")
                .toFile())) {
            assertTrue(
                    java.util.Collections.list(zip.entries()).stream()
                            .anyMatch(e -> e.getName().matches("[^/]+/downloads/study-guide\\.epub")),
                    "the offline copy holds the EPUB");
        }
    }

    @Test
    void a_build_without_pdfs_makes_no_epub(@TempDir Path work) {
        Path guide = GuideFolders.fixture("minimal", work);
        assertEquals(0, BuildRun.build(guide, work.resolve("out/site")).exitCode());
        assertFalse(Files.exists(work.resolve("out/study-guide.epub")));
        assertFalse(Files.exists(work.resolve("out/site/downloads/study-guide.epub")));
        try {
            assertFalse(Files.readString(work.resolve("out/site/download.html")).contains("study-guide.epub"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
