package org.kotkinguide.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;

/**
 * The project's real {@code content/}, built (site and PDFs) with the real command line, and shared
 * by the tests that read it. Under {@code mvn verify} the {@code package} phase has just built it
 * into {@code target/site} with the packaged jar: the tests read that build, after the jar's own
 * up-to-date check has confirmed it is current for these sources (or rebuilt what changed). Run
 * alone (an IDE, {@code mvn test -Dtest=...}), the guide is built once per test JVM into a
 * temporary folder.
 *
 * <p>The tool tests find the pages they look at here, read from the built site and never named,
 * so that a teacher renaming a chapter, a term or a work in {@code content/} breaks none of them.
 */
public final class RealGuide {
    /** Set by failsafe's configuration in the pom: the jar and the site that {@code package} made. */
    static final String PACKAGED_JAR = "real-guide.jar";

    static final String PACKAGED_SITE = "real-guide.site";

    private static Site site;
    private static BuildRun run;

    private RealGuide() {}

    public static synchronized Site site() {
        if (site == null) {
            Path packaged = packagedSite();
            Path output = packaged != null
                    ? packaged
                    // read by many test classes, so kept for the whole run and deleted when the test JVM ends
                    : TemporaryFolders.deletedAtExit("real-guide-").resolve("site");
            run = packaged != null
                    ? packagedBuildConfirmedAlone(Path.of(System.getProperty(PACKAGED_JAR)), packaged)
                    : BuildRun.buildAll(GuideFolders.PROJECT, output);
            if (run.exitCode() != 0) {
                throw new AssertionError("the real guide does not build:\n" + run.out() + run.err());
            }
            site = new Site(output);
        }
        return site;
    }

    /** What a chapter can show; {@link #chapter()} has each. */
    private static final List<String> CHAPTER_PARTS = List.of(
            "a.term + .tip",
            "a.cite",
            "details.answer",
            ".notes-say .title",
            ".guide-infers .title",
            ".background .title",
            ".timeline-here",
            ".print-worksheet",
            ".sect2",
            ".pager a[rel=prev]",
            ".pager a[rel=next]");

    /** Every chapter page ("chapters/….html"), in reading order: as the home page lists them. */
    public static List<String> chapters() {
        return site().page("index.html").select("a[href^=chapters/]").eachAttr("href").stream()
                .distinct()
                .toList();
    }

    /**
     * The first chapter, in reading order, that shows everything a chapter can (term links with
     * tooltips, citations, a self-check, the three kinds of statement, a timeline, sections, a
     * previous and a next chapter), so a test of any of them finds it on this one page.
     */
    public static String chapter() {
        return remembered(
                "chapter",
                () -> chapters().stream()
                        .filter(uri -> {
                            Document page = site().page(uri);
                            return CHAPTER_PARTS.stream()
                                    .allMatch(part -> !page.select(part).isEmpty());
                        })
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no chapter shows all of " + CHAPTER_PARTS)));
    }

    /** {@link #chapter()}'s name without folder and ".html": its id in progress, flashcards and handouts. */
    public static String chapterId() {
        return idOf(chapter());
    }

    /** The chapter after {@link #chapter()}, as its "next" link says: where the next-chapter key goes. */
    public static String nextChapter() {
        String next = site().page(chapter()).selectFirst(".pager a[rel=next]").attr("href");
        return "chapters/" + next.substring(next.lastIndexOf('/') + 1);
    }

    /** The first chapter in reading order other than {@link #chapter()}: a second chapter to tell apart from it. */
    public static String otherChapter() {
        return chapters().stream()
                .filter(uri -> !uri.equals(chapter()))
                .findFirst()
                .orElseThrow();
    }

    /** {@link #otherChapter()}'s id. */
    public static String otherChapterId() {
        return idOf(otherChapter());
    }

    /** A page's name without folder and extension, the id the guide gives a chapter or term. */
    public static String idOf(String uri) {
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        return name.substring(0, name.indexOf('.'));
    }

    /**
     * The term page ("glossary/….html") with a one-word name that the most chapters link (then the
     * most links, then the first by id): its name alone is a search word that should find its entry
     * first, and chapter sections about it after.
     */
    public static String term() {
        return remembered("term", RealGuide::mostLinkedOneWordTerm);
    }

    private static String mostLinkedOneWordTerm() {
        Map<String, List<String>> links = chapters().stream()
                .flatMap(uri -> site().page(uri).select("a.term").eachAttr("href").stream()
                        .map(href -> "glossary/" + href.substring(href.lastIndexOf('/') + 1))
                        .map(term -> Map.entry(term, uri)))
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Function<String, Long> chaptersLinking =
                term -> links.get(term).stream().distinct().count();
        return links.keySet().stream()
                .filter(term -> !nameOf(term).contains(" "))
                .sorted(Comparator.comparing(chaptersLinking)
                        .thenComparing(term -> links.get(term).size())
                        .reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no term with a one-word name is linked from a chapter"));
    }

    /** {@link #term()}'s name, as its page's heading gives it: the word to search for it by. */
    public static String termName() {
        return nameOf(term());
    }

    /** A page's name, as its heading gives it. */
    public static String nameOf(String uri) {
        return site().page(uri).selectFirst("h1").text();
    }

    /** The bibliography id ("ref-…") of the work {@link #chapter()} cites most often (then the first by id). */
    public static String citedWork() {
        return remembered(
                "citedWork",
                () -> site().page(chapter()).select("a.cite").eachAttr("href").stream()
                        .map(href -> href.substring(href.indexOf('#') + 1))
                        .collect(Collectors.groupingBy(id -> id, Collectors.counting()))
                        .entrySet()
                        .stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .findFirst()
                        .orElseThrow()
                        .getKey());
    }

    private static final Map<String, String> REMEMBERED = new java.util.HashMap<>();

    /** A lookup's answer, worked out once per test JVM: the built site does not change under the tests. */
    private static synchronized String remembered(String lookup, java.util.function.Supplier<String> answer) {
        String known = REMEMBERED.get(lookup);
        if (known == null) {
            known = answer.get();
            REMEMBERED.put(lookup, known);
        }
        return known;
    }

    /** How {@link #chapter()} labels a citation of {@link #citedWork()} in its text, without brackets or pages. */
    public static String citationLabel() {
        String label = site().page(chapter())
                .selectFirst("a.cite[href$=#" + citedWork() + "]")
                .text();
        return label.replaceAll("^\\(|\\)$", "").replaceAll(",.*", "");
    }

    /** The whole-guide PDF next to the site. */
    public static synchronized Path pdf() {
        return site().folder().resolveSibling("study-guide.pdf");
    }

    /**
     * What the build of the real guide printed. When the package phase's build is reused, this is the
     * jar's up-to-date check, which repeats that build's warnings (or the rebuild it had to do).
     */
    public static synchronized BuildRun run() {
        site();
        return run;
    }

    /** The package phase's site when failsafe names it and it is there with its PDF; else null. */
    private static Path packagedSite() {
        String jar = System.getProperty(PACKAGED_JAR);
        String folder = System.getProperty(PACKAGED_SITE);
        if (jar == null || folder == null) {
            return null;
        }
        Path output = Path.of(folder);
        boolean built = Files.isRegularFile(Path.of(jar))
                && Files.isRegularFile(output.resolve("index.html"))
                && Files.isRegularFile(output.resolveSibling("study-guide.pdf"));
        return built ? output : null;
    }

    /**
     * {@link #packagedBuildConfirmed}, one test JVM at a time: failsafe runs the tier in more than one
     * JVM, and should the check find the site out of date, only one of them may build it again (the
     * others then find it current). The lock is the operating system's, on a file beside the jar.
     */
    static BuildRun packagedBuildConfirmedAlone(Path jar, Path output) {
        try (FileChannel lockFile = FileChannel.open(
                jar.resolveSibling("real-guide-check.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            // held until the channel closes
            lockFile.lock();
            return packagedBuildConfirmed(jar, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code java -jar <jar> build} on the project into the package phase's output, as a user
     * would: its cache check (every input by its bytes, the tool's version, every output file) says
     * "nothing changed" in seconds when that build is current, and otherwise rebuilds what changed,
     * which the cache tests hold equal to a clean build.
     */
    static BuildRun packagedBuildConfirmed(Path jar, Path output) {
        try {
            Process build = new ProcessBuilder(List.of(
                            // the java the package phase ran (the one on the PATH): the same JDK keeps the cache's key
                            "java",
                            "-jar",
                            jar.toString(),
                            "build",
                            "--source",
                            GuideFolders.PROJECT.toString(),
                            "--output",
                            output.toString()))
                    .start();
            build.getOutputStream().close();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
                try {
                    return build.getErrorStream().readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            String out = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = build.waitFor();
            return new BuildRun(code, out, new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
