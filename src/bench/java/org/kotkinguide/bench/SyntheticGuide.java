package org.kotkinguide.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a guide of N chapters for the benchmark: about 900 words and 6 sections a chapter, a dozen
 * term links and a dozen citations each, and a glossary of 200 terms. A fixed seed makes every run
 * write the same guide.
 */
public final class SyntheticGuide {
    static final int TERMS = 200;
    private static final String[] WORDS = ("treaty border frontier empire revolution party congress delegate "
                    + "alliance bloc capital market grain peasant worker factory army navy minister embassy "
                    + "telegram conference agreement recognition loan trade railway port province republic "
                    + "dictator committee faction opposition doctrine theory crisis settlement reparations "
                    + "security arbitration guarantee neighbour coalition ambassador memorandum protocol")
            .split(" ");

    private SyntheticGuide() {}

    public static void write(Path folder, int chapters, Path templatesAndAssetsFrom) {
        Random random = new Random(chapters);
        try {
            Files.createDirectories(folder.resolve("content/chapters"));
            Files.createDirectories(folder.resolve("content/glossary"));
            copy(templatesAndAssetsFrom.resolve("templates"), folder.resolve("templates"));
            copy(templatesAndAssetsFrom.resolve("assets"), folder.resolve("assets"));
            Files.writeString(
                    folder.resolve("jbake.properties"),
                    String.join(
                            "\n",
                            "guide.title=Synthetic Guide " + chapters,
                            "guide.subtitle=A benchmark",
                            "guide.reading=source2020",
                            "guide.edition=Benchmark",
                            "content.folder=content",
                            "template.folder=templates",
                            "asset.folder=assets",
                            "template.home.file=home.ftlh",
                            "template.chapter.file=chapter.ftlh",
                            "template.term.file=term.ftlh",
                            "template.glossary.file=glossary.ftlh",
                            "template.bibliography.file=bibliography.ftlh",
                            "default.status=published",
                            "render.index=false",
                            "render.feed=false",
                            "render.sitemap=false",
                            "render.archive=false",
                            "render.tags=false",
                            "render.error404=false",
                            ""));
            Files.writeString(
                    folder.resolve("content/references.bib"),
                    "@book{source2020,\n  author = {Writer, Some},\n"
                            + "  title = {A Long Book},\n  publisher = {Press},\n  address = {London},\n  year = {2020},\n  pages = {1--9999}\n}\n");
            Files.writeString(
                    folder.resolve("content/index.adoc"),
                    "= Synthetic Guide\n:jbake-type: home\n\nA guide for the benchmark.\n");
            Files.writeString(
                    folder.resolve("content/bibliography.adoc"),
                    "= Bibliography\n:jbake-type: bibliography\n\nWorks cited.\n");
            Files.writeString(
                    folder.resolve("content/glossary/index.adoc"), "= Glossary\n:jbake-type: glossary\n\nTerms.\n");
            for (int t = 1; t <= TERMS; t++) {
                Files.writeString(
                        folder.resolve("content/glossary/" + termId(t) + ".adoc"),
                        "= " + termName(t) + "\n:jbake-type: term\n:jbake-category: "
                                + (t % 2 == 0 ? "Concept" : "Event")
                                + "\n:jbake-short: " + sentence(random, 12) + "\n:jbake-related: "
                                + termId(t % TERMS + 1)
                                + "\n\n" + sentence(random, 60) + "\n");
            }
            for (int c = 1; c <= chapters; c++) {
                StringBuilder text = new StringBuilder("= Chapter " + c + ": " + capital(word(random)) + " and "
                        + word(random) + "\n:jbake-type: chapter\n:jbake-order: " + c + "\n:jbake-summary: "
                        + sentence(random, 12) + "\n\n");
                for (int s = 1; s <= 6; s++) {
                    text.append("[#section-")
                            .append(s)
                            .append("]\n== Section ")
                            .append(s)
                            .append(": ")
                            .append(word(random))
                            .append("\n\n");
                    for (int p = 0; p < 2; p++) {
                        text.append(sentence(random, 35))
                                .append(" term:")
                                .append(termId(1 + random.nextInt(TERMS)))
                                .append("[] ")
                                .append(sentence(random, 35))
                                .append(" cite:source2020[")
                                .append(1 + random.nextInt(9000))
                                .append("]\n\n");
                    }
                }
                Files.writeString(folder.resolve(String.format("content/chapters/chapter-%04d.adoc", c)), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String termId(int t) {
        return String.format("term-%03d", t);
    }

    static String termName(int t) {
        return capital(WORDS[t % WORDS.length]) + " " + capital(WORDS[(t * 7) % WORDS.length]) + " " + t;
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder(capital(word(random)));
        for (int i = 1; i < words; i++) {
            s.append(' ').append(word(random));
        }
        return s.append('.').toString();
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
