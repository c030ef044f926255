package org.kotkinguide.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kotkinguide.pipeline.BuildOptions;
import org.kotkinguide.pipeline.BuildResult;
import org.kotkinguide.pipeline.GuideBuild;
import org.kotkinguide.pipeline.StageReport;

/**
 * The benchmark's cold build: {@code build --no-pdf} in a JVM of its own, started with the launcher's
 * settings, which hands its stage reports back to the benchmark in a file (stage, then seconds, a tab
 * between) rather than as console text to be read back.
 */
final class ColdBuild {
    private ColdBuild() {}

    /** {@code ColdBuild GUIDE SITE REPORTS}. */
    public static void main(String[] args) throws IOException {
        BuildResult result = new GuideBuild(
                        BuildOptions.of(Path.of(args[0]), Path.of(args[1])).withoutPdf(),
                        new PrintStream(OutputStream.nullOutputStream()))
                .run();
        List<String> lines = new ArrayList<>();
        for (StageReport report : result.stages()) {
            lines.add(report.stage().label() + "\t" + String.format(Locale.ROOT, "%.3f", report.seconds()));
        }
        Files.write(Path.of(args[2]), lines, StandardCharsets.UTF_8);
        System.exit(0);
    }

    /** The stages' times the build in another JVM wrote, as the results table prints them: {@code convert 3.1, ...}. */
    static List<String> read(Path reports) throws IOException {
        List<String> stages = new ArrayList<>();
        for (String line : Files.readAllLines(reports, StandardCharsets.UTF_8)) {
            String[] stageAndSeconds = line.split("\t");
            stages.add(stageAndSeconds[0] + " "
                    + String.format(Locale.ROOT, "%.1f", Double.parseDouble(stageAndSeconds[1])));
        }
        return stages;
    }

    /** The sum of the stages' times the build in another JVM wrote. */
    static double seconds(Path reports) throws IOException {
        double sum = 0;
        for (String line : Files.readAllLines(reports, StandardCharsets.UTF_8)) {
            sum += Double.parseDouble(line.split("\t")[1]);
        }
        return sum;
    }
}
