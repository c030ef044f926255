package org.kotkinguide.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.FolderSnapshot;
import org.kotkinguide.support.GuideFolders;

/**
 * Whatever an author edits between two builds, and in whatever order, the build that takes from the
 * cache makes the very site a build with {@code --no-cache} makes: byte for byte, or the same
 * failure. Each try starts from a small guide with an included file, an embedded image, an inlined
 * SVG and a timeline (its content folder's name and some file names not ASCII in half the tries),
 * builds it, then applies a few random edits, building after each. Few tries: each build costs a second or two.
 */
// a minute and a half of builds: the integration tier (jqwik reads its own @Tag, not JUnit's)
@Tag("integration")
class CachedBuildPropertiesTest {

    /** One thing an author does between builds. */
    enum Edit {
        CHAPTER,
        PARTIAL,
        DATA_URI_IMAGE,
        INLINE_SVG,
        TEMPLATE,
        ASSET,
        BIBLIOGRAPHY,
        SUBTITLE,
        READING,
        TIMELINE,
        TERM,
        CSL_STYLE,
        GIT_COMMIT,
        RENAME,
        DELETE,
        DELETED_OUTPUT,
        /** The sitemap and the 404 page's links depend on it. */
        SITE_HOST,
        /** The 404 page holds the stylesheets inline. */
        STYLESHEET
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Arbitraries.of(Edit.class).list().ofMinSize(3).ofMaxSize(5);
    }

    @Property(tries = 10, shrinking = ShrinkingMode.OFF)
    void a_cached_build_after_any_edits_is_a_clean_build(@ForAll("edits") List<Edit> edits, @ForAll boolean nonAscii)
            throws IOException {
        Path work = Files.createTempDirectory("cached-build-");
        try {
            Fixture guide = new Fixture(work, nonAscii);
            List<Edit> done = new ArrayList<>();
            assertSameAsClean(guide, work, done);
            for (Edit edit : edits) {
                guide.apply(edit, work.resolve("out/site"));
                done.add(edit);
                assertSameAsClean(guide, work, done);
            }
        } finally {
            delete(work);
        }
    }

    private static void assertSameAsClean(Fixture guide, Path work, List<Edit> done) {
        BuildRun cached = BuildRun.buildAll(guide.root, work.resolve("out/site"), "--no-pdf");
        BuildRun clean = BuildRun.buildAll(guide.root, work.resolve("clean/site"), "--no-pdf", "--no-cache");
        String after = "after " + done + (guide.nonAscii ? " (non-ASCII names)" : "") + "\ncached:\n" + cached.out()
                + cached.err() + "\nclean:\n" + clean.out() + clean.err();
        assertEquals(clean.exitCode(), cached.exitCode(), after);
        if (clean.exitCode() == 0) {
            assertEquals(
                    FolderSnapshot.of(work.resolve("clean/site")), FolderSnapshot.of(work.resolve("out/site")), after);
        }
    }

    /** The minimal guide with one file of each kind the build reads, and the edits an author makes to them. */
    private static final class Fixture {
        final Path root;
        final boolean nonAscii;
        final String content;
        final String partial;
        final String image;
        int edits;
        boolean gitStarted;

        Fixture(Path work, boolean nonAscii) throws IOException {
            this.nonAscii = nonAscii;
            this.root = GuideFolders.fixture("minimal", work);
            this.content = nonAscii ? "inhalt-für-kurs" : "content";
            this.partial = nonAscii ? "geteilt/_notiz-ä.adoc" : "shared/_note.adoc";
            this.image = nonAscii ? "bilder/fluss-ä.png" : "chapters/river.png";
            if (nonAscii) {
                Files.move(root.resolve("content"), root.resolve(content));
                replace(
                        "jbake.properties",
                        "content.folder=content",
                        "content.folder=" + content + "\nguide.references=" + content + "/references.bib");
                Files.createDirectories(file(image).getParent());
                Files.copy(file("chapters/river.png"), file(image), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.createDirectories(file(partial).getParent());
            Files.writeString(file(partial), "A note shared by several chapters.\n");
            append(
                    "chapters/mouths.adoc",
                    "\ninclude::" + content + "/" + partial + "[]\n\n[.guide-infers]\n====\n"
                            + "A critic doubts it. cite:critic2021[3]\n====\n");
            Files.writeString(file("chapters/pictures.adoc"), pictures());
            Files.writeString(file("chapters/mark.svg"), CachedBuildTest.svg("blue"));
            Files.copy(GuideFolders.FIXTURES.resolve("timeline/content/timeline.adoc"), file("timeline.adoc"));
        }

        private String pictures() {
            return "= Pictures\n:jbake-type: chapter\n:jbake-order: 3\n:data-uri:\n\nimage::" + content + "/" + image
                    + "[A river,48,20]\n\nimage::" + content
                    + "/chapters/mark.svg[A mark,opts=inline]\n\nSee term:delta[].\n";
        }

        Path file(String inContent) {
            return root.resolve(content).resolve(inContent);
        }

        void apply(Edit edit, Path site) throws IOException {
            edits++;
            switch (edit) {
                case CHAPTER -> append("chapters/sources.adoc", "\nA sentence added by edit " + edits + ".\n");
                case PARTIAL -> Files.writeString(file(partial), "A shared note, edit " + edits + ".\n");
                case DATA_URI_IMAGE -> Files.write(file(image), new byte[] {(byte) edits}, StandardOpenOption.APPEND);
                case INLINE_SVG ->
                    Files.writeString(file("chapters/mark.svg"), CachedBuildTest.svg(edits % 2 == 0 ? "red" : "green"));
                case TEMPLATE -> {
                    Path footer = root.resolve("templates/partials/footer.ftlh");
                    Files.writeString(footer, Files.readString(footer) + "<p>Footer edit " + edits + "</p>\n");
                }
                case SITE_HOST -> {
                    String settings = Files.readString(root.resolve("jbake.properties"));
                    Files.writeString(
                            root.resolve("jbake.properties"),
                            settings.contains("site.host=")
                                    ? settings.replaceAll("site.host=.*\n", "")
                                    : settings + "\nsite.host=https://example.org/guide-" + edits + "/\n");
                }
                case STYLESHEET ->
                    Files.writeString(
                            root.resolve("assets/css/base.css"),
                            "\n/* edit " + edits + " */\n",
                            StandardOpenOption.APPEND);
                case ASSET ->
                    Files.writeString(root.resolve("assets/css/extra.css"), "p { margin: " + edits + "px; }\n");
                case BIBLIOGRAPHY ->
                    replaceRegex(
                            content + "/references.bib",
                            "title   = \\{[^}]*\\}",
                            "title   = {A Review, edition " + edits + "}");
                case SUBTITLE ->
                    replaceRegex("jbake.properties", "guide.subtitle=.*", "guide.subtitle=Subtitle " + edits);
                case READING ->
                    replaceRegex(
                            "jbake.properties",
                            "guide.reading=.*",
                            Files.readString(root.resolve("jbake.properties")).contains("guide.reading=author2020")
                                    ? "guide.reading=critic2021"
                                    : "guide.reading=author2020");
                case TIMELINE -> append("timeline.adoc", "\n18" + (60 + edits) + " [sources]:: Edit " + edits + ".\n");
                case TERM ->
                    replaceRegex(
                            content + "/glossary/delta.adoc",
                            ":jbake-short:.*",
                            ":jbake-short: Where a river splits, edit " + edits + ".");
                case CSL_STYLE ->
                    replaceRegex(
                            "jbake.properties",
                            "guide.csl.style=.*",
                            Files.readString(root.resolve("jbake.properties")).contains("guide.csl.style=apa")
                                    ? "guide.csl.style=chicago-author-date"
                                    : "guide.csl.style=apa");
                case GIT_COMMIT -> {
                    if (!gitStarted) {
                        CachedBuildTest.git(root, "init", "-q");
                        gitStarted = true;
                    }
                    CachedBuildTest.git(root, "add", "-A");
                    CachedBuildTest.git(
                            root,
                            "commit",
                            "-q",
                            "--allow-empty",
                            "-m",
                            "edit " + edits,
                            "--date",
                            "2024-03-" + (10 + edits % 18) + "T12:00:00Z");
                }
                case RENAME -> {
                    Path partialFile = file(partial);
                    Path renamed = partialFile.resolveSibling(nonAscii ? "_umbenannt-ö.adoc" : "_renamed.adoc");
                    Path from = Files.exists(partialFile) ? partialFile : renamed;
                    Path to = from.equals(partialFile) ? renamed : partialFile;
                    Files.move(from, to);
                    replace(
                            content + "/chapters/mouths.adoc",
                            from.getFileName().toString(),
                            to.getFileName().toString());
                }
                case DELETE -> {
                    if (Files.exists(file("chapters/pictures.adoc"))) {
                        Files.delete(file("chapters/pictures.adoc"));
                    } else {
                        Files.writeString(file("chapters/pictures.adoc"), pictures());
                    }
                }
                case DELETED_OUTPUT -> Files.deleteIfExists(site.resolve("chapters/sources.html"));
            }
        }

        private void append(String inContent, String text) throws IOException {
            Files.writeString(file(inContent), text, StandardOpenOption.APPEND);
        }

        private void replace(String inGuide, String from, String to) throws IOException {
            Path path = root.resolve(inGuide);
            Files.writeString(path, Files.readString(path).replace(from, to));
        }

        private void replaceRegex(String inGuide, String regex, String to) throws IOException {
            Path path = root.resolve(inGuide);
            Files.writeString(
                    path, Files.readString(path).replaceFirst(regex, java.util.regex.Matcher.quoteReplacement(to)));
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
