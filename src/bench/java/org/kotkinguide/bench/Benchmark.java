package org.kotkinguide.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.kotkinguide.launch.FastStart;
import org.kotkinguide.pdf.Edition;
import org.kotkinguide.pipeline.BuildOptions;
import org.kotkinguide.pipeline.GuideBuild;

/**
 * {@code target/study-guide-bench [--chapters 10,200,1000] [--pdf-up-to 200] [--antora PATH]}:
 * for each size, a synthetic guide is written and measured. A cold build runs in a fresh JVM, as an
 * author's first build does (wall time, peak RSS, time per stage); a full rebuild, a rebuild with
 * nothing changed and a one-chapter rebuild run in this JVM, as the preview server does; then the
 * PDF, the search index, a chapter page's weight and the median search query time in headless
 * Chromium.
 */
public final class Benchmark {
    private final Path work;
    private final Path project;
    private final PrintStream out;

    private Benchmark(Path work, Path project, PrintStream out) {
        this.work = work;
        this.project = project;
        this.out = out;
    }

    /**
     * Measures a synthetic guide of each of {@code sizes} chapters, with the PDFs up to {@code pdfUpTo}
     * chapters, against the Antora named (or found, when null). An Antora named that does not run is an
     * {@link IllegalArgumentException}, before anything runs.
     */
    public static int run(List<Integer> sizes, int pdfUpTo, String antoraNamed, PrintStream out) throws Exception {
        AntoraRun antora = AntoraRun.find(antoraNamed);
        if (antora == null && antoraNamed != null) {
            throw new IllegalArgumentException(
                    "--antora " + antoraNamed + " is not an Antora that runs (antora --version failed)");
        }
        Benchmark bench = new Benchmark(
                Files.createTempDirectory("guide-bench-"), Path.of("").toAbsolutePath(), out);
        out.println(
                "Builds from the command line run in a fresh JVM with the launcher's settings; CPU is all threads' time.");
        out.println();
        out.println(
                "| chapters | cold build (CPU) | peak RSS | stages (s) | again, nothing changed (CPU) | again, one chapter changed (CPU) | warm full rebuild | warm, nothing changed | one chapter changed | PDF + handouts | index raw / gzip | chapter page gzip (+lunr) | median query (index build) |");
        out.println("|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<String> ratios = new ArrayList<>();
        for (int chapters : sizes) {
            ratios.add(bench.measure(chapters, chapters <= pdfUpTo, antora));
        }
        out.println();
        if (antora == null) {
            out.println(
                    "Antora: not found (install @antora/cli and @antora/site-generator where npx finds them, or name one with --antora PATH)");
            return 0;
        }
        out.println("Against Antora (" + antora.version()
                + ", two builds of the same chapters, each in a fresh Node process; ratio = ours / Antora's mean):");
        out.println();
        out.println(
                "| chapters | Antora | cold build | ratio | again, nothing changed | ratio | again, one chapter changed | ratio | `--warm`, nothing changed | `--warm`, one chapter changed | `--warm`, settled (edits 16–20) |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        ratios.forEach(out::println);
        return 0;
    }

    /** Measures one size and prints its row; returns its row of the comparison with Antora, or null without Antora. */
    private String measure(int chapters, boolean withPdf, AntoraRun antora) throws Exception {
        Path guide = work.resolve("guide-" + chapters);
        SyntheticGuide.write(guide, chapters, project);
        Path site = work.resolve("out-" + chapters + "/site");

        // an author's first build, the same command again, and again after editing one chapter
        Cold cold = cliBuild(guide, site);
        Cold again = cliBuild(guide, site);
        Files.writeString(
                guide.resolve("content/chapters/chapter-0002.adoc"),
                "\nOne more sentence between builds.\n",
                StandardOpenOption.APPEND);
        Cold edited = cliBuild(guide, site);
        Warm warm = warmBuilds(guide, work.resolve("warm-" + chapters + "/site"));
        String versus = null;
        if (antora != null) {
            Path playbook = AntoraRun.project(guide, work.resolve("antora-" + chapters));
            double first = antora.build(playbook);
            double second = antora.build(playbook);
            double mean = (first + second) / 2;
            versus = String.format(
                    Locale.ROOT,
                    "| %d | %.1f–%.1f s | %s | %.2f× | %s | %.2f× | %s | %.2f× | %s | %s | %s |",
                    chapters,
                    Math.min(first, second),
                    Math.max(first, second),
                    seconds(cold.seconds),
                    cold.seconds / mean,
                    seconds(again.seconds),
                    again.seconds / mean,
                    seconds(edited.seconds),
                    edited.seconds / mean,
                    warm == null ? "–" : seconds(warm.unchanged) + " = " + ratio(warm.unchanged / mean),
                    warm == null ? "–" : seconds(warm.oneChange) + " = " + ratio(warm.oneChange / mean),
                    warm == null ? "–" : seconds(warm.settled) + " = " + ratio(warm.settled / mean));
        }
        // as `serve` builds: with the disk cache, into an output of its own, whose cache is empty at first, so
        // its first build converts every page and warms this JVM (JRuby, the JIT) like a preview that has built
        // once; its rebuilds then keep pages in memory and take the generated pages from the disk, as the
        // preview's do (until 5 December 2026 they ran without the disk cache, and made every deck again)
        GuideBuild preview = new GuideBuild(
                BuildOptions.of(guide, work.resolve("preview-" + chapters + "/site"))
                        .withoutPdf(),
                quiet());
        preview.run();
        // nothing kept from the last build: what the preview does after an edit to the glossary or the settings
        double fullRebuild = time(
                () -> new GuideBuild(BuildOptions.of(guide, site).withoutPdf().withoutCache(), quiet()).run());
        // a preview rebuild is short and the machine's file system is not steady: the median of five
        double unchanged = median(REPEATS, round -> time(preview::run));
        Path first = guide.resolve("content/chapters/chapter-0001.adoc");
        double oneChange = median(REPEATS, round -> {
            Files.writeString(first, "\nOne more sentence, number " + round + ".\n", StandardOpenOption.APPEND);
            return time(preview::run);
        });
        String pdf = "–";
        if (withPdf) {
            Path pdfSite = work.resolve("pdf-" + chapters + "/site");
            pdf = seconds(time(() -> new GuideBuild(
                                    new BuildOptions(guide, pdfSite, true, Edition.STUDENT, false), quiet())
                            .run())
                    - fullRebuild);
        }
        byte[] index = Files.readAllBytes(site.resolve("search-index.js"));
        // the page and every sheet and script a chapter loads; lunr and the index only come with a first search
        long page = gzip(site.resolve("chapters/chapter-0001.html"))
                + gzipAll(site.resolve("css"))
                + gzipAll(site.resolve("js"));
        out.printf(
                Locale.ROOT,
                "| %d | %s (%s) | %d MB | %s | %s (%s) | %s (%s) | %s | %s | %s | %s | %s / %s | %s (+%s) | %s |%n",
                chapters,
                seconds(cold.seconds),
                seconds(cold.cpuSeconds),
                cold.peakKb / 1024,
                cold.stages,
                seconds(again.seconds),
                seconds(again.cpuSeconds),
                seconds(edited.seconds),
                seconds(edited.cpuSeconds),
                seconds(fullRebuild),
                seconds(unchanged),
                seconds(oneChange),
                pdf,
                kb(index.length),
                kb(gzip(index)),
                kb(page),
                kb(gzip(site.resolve("js/lunr.min.js"))),
                queryTime(site));
        return versus;
    }

    /**
     * {@code build --warm}'s medians of five: nothing changed, one chapter changed (the server's first
     * edits, while its compiler still warms up), and one chapter changed once it has settled (edits 16 to
     * 20, as a teacher editing all afternoon meets it).
     */
    private record Warm(double unchanged, double oneChange, double settled) {}

    /**
     * {@code target/study-guide build --warm --no-pdf} as a teacher types it, each a new command: a first that
     * starts the warm server (the benchmark's own, under a cache folder of its own, stopped after) and builds into
     * {@code site}, then five with nothing changed and twenty after a one-chapter edit each (the first five and
     * the last five timed). Null without the launcher.
     */
    private Warm warmBuilds(Path guide, Path site) throws Exception {
        Path launcher = Path.of(GuideBuild.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolveSibling("study-guide");
        if (!Files.isExecutable(launcher)) {
            return null;
        }
        List<String> command = List.of(
                launcher.toString(),
                "build",
                "--warm",
                "--no-pdf",
                "--source",
                guide.toString(),
                "--output",
                site.toString());
        String first = launch(command);
        Matcher server =
                Pattern.compile("warm build server \\(process (\\d+)\\)").matcher(first);
        try {
            double unchanged = median(REPEATS, round -> time(() -> launch(command)));
            Path chapter = guide.resolve("content/chapters/chapter-0003.adoc");
            Round edit = round -> {
                Files.writeString(
                        chapter,
                        "\nA sentence for the warm server, number " + round + ".\n",
                        StandardOpenOption.APPEND);
                return time(() -> launch(command));
            };
            double oneChange = median(REPEATS, edit);
            for (int round = 0; round < 10; round++) {
                edit.seconds(REPEATS + round);
            }
            double settled = median(REPEATS, edit);
            return new Warm(unchanged, oneChange, settled);
        } finally {
            if (server.find()) {
                ProcessHandle.of(Long.parseLong(server.group(1))).ifPresent(ProcessHandle::destroy);
            }
        }
    }

    /** Runs {@code command} with the benchmark's own user cache folder (and so its own warm server); its output. */
    private String launch(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment()
                    .put("XDG_CACHE_HOME", work.resolve("user-cache").toString());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("the build failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    /** One build in a fresh JVM: wall time, CPU time (all threads), peak RSS, and the time of each stage. */
    private record Cold(double seconds, double cpuSeconds, long peakKb, String stages) {}

    /**
     * A fresh JVM with the settings the launcher gives, as an author's {@code build --no-pdf} from the
     * command line; peak RSS and CPU time from /proc while it runs, each stage's time from its reports.
     * With the cache beside {@code site} as the last build left it.
     */
    private Cold cliBuild(Path guide, Path site) throws Exception {
        // the tool's jar (its class-data-sharing archive lies beside it), then this JVM's class path: the
        // tool's jar first (its libraries from its manifest), which the archive was recorded with, and the benchmark's
        Path jar = Path.of(GuideBuild.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<String> command = new ArrayList<>(FastStart.command(jar, "build", List.of(), "bench"));
        // the launcher's settings, then the benchmark's build on the same class path instead of the command line's
        command.subList(command.indexOf("-jar"), command.size()).clear();
        Path reports = Files.createTempFile(work, "stages-", ".tsv");
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                ColdBuild.class.getName(),
                guide.toString(),
                site.toString(),
                reports.toString()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Path status = Path.of("/proc/" + process.pid() + "/status");
        Path stat = Path.of("/proc/" + process.pid() + "/stat");
        long peak = 0;
        long ticks = 0;
        while (process.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
                // utime and stime, in clock ticks (100 a second), after the command name in brackets
                String[] fields = Files.readString(stat)
                        .substring(Files.readString(stat).lastIndexOf(')') + 2)
                        .split(" ");
                ticks = Math.max(ticks, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            } catch (IOException | RuntimeException e) {
                // the process ended between the check and the read
            }
            Thread.sleep(20);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the build failed:\n" + output);
        }
        List<String> stages = new ArrayList<>(ColdBuild.read(reports));
        stages.add(0, "JVM " + String.format(Locale.ROOT, "%.1f", wall - ColdBuild.seconds(reports)));
        return new Cold(wall, ticks / 100.0, peak, String.join(", ", stages));
    }

    /** Median time of a set of queries on the built index, in headless Chromium, with the site's own search code. */
    private String queryTime(Path site) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            return "(no Chromium)";
        }
        Files.writeString(
                site.resolve("bench-search.js"),
                String.join(
                        "\n",
                        "var t0 = performance.now();",
                        "var data = GuideSearch.build(GUIDE_SEARCH.docs);",
                        "var buildMs = performance.now() - t0;",
                        "var queries = ['treaty', 'trea', 'alliance bloc', 'reparatons', 'Embassy Treaty 12', 'frontier', 'congres', 'railway port', 'doctrine', 'memorandum'];",
                        "var times = [];",
                        "for (var round = 0; round < 5; round++) { queries.forEach(function (q) { var t = performance.now(); GuideSearch.search(data, q); times.push(performance.now() - t); }); }",
                        "times.sort(function (a, b) { return a - b; });",
                        "document.getElementById('out').textContent = 'median=' + times[Math.floor(times.length / 2)].toFixed(2) + ' build=' + buildMs.toFixed(0);",
                        ""));
        Files.writeString(
                site.resolve("bench-search.html"),
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>bench</title>"
                        + "<script src=\"js/lunr.min.js\"></script><script src=\"search-index.js\"></script><script src=\"js/search.js\"></script>"
                        + "</head><body><pre id=\"out\"></pre><script src=\"bench-search.js\"></script></body></html>");
        Process chromium = new ProcessBuilder(
                        "/usr/bin/chromium",
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--user-data-dir=" + Files.createTempDirectory(work, "chromium-"),
                        "--dump-dom",
                        site.resolve("bench-search.html").toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        chromium.waitFor();
        Matcher m = Pattern.compile("median=([\\d.]+) build=(\\d+)").matcher(dom);
        return m.find() ? m.group(1) + " ms (index built in " + m.group(2) + " ms)" : "(no result)";
    }

    private static final int REPEATS = 5;

    private interface Round {
        double seconds(int round) throws IOException;
    }

    private static double median(int rounds, Round round) throws IOException {
        double[] times = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            times[i] = round.seconds(i);
        }
        java.util.Arrays.sort(times);
        return times[rounds / 2];
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.1f s", s);
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    private static long gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(buffer)) {
            zip.write(bytes);
        }
        return buffer.size();
    }

    private static long gzip(Path file) throws IOException {
        return gzip(Files.readAllBytes(file));
    }

    private static long gzipAll(Path folder) throws IOException {
        long total = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> !f.toString().endsWith("print.css")
                            && !f.toString().endsWith("lunr.min.js")
                            && !f.toString().endsWith("not-found.js")
                            && !f.toString().endsWith("search-index.js"))
                    .toList()) {
                total += gzip(file);
            }
        }
        return total;
    }

    static {
        // keep the benchmark's own builds as quiet as a user's
        org.kotkinguide.pipeline.Logging.quiet();
    }
}
