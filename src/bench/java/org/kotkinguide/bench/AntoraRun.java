package org.kotkinguide.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The peer, Antora, building the same generated chapters, so the benchmark prints ratios from one
 * run on one machine. Antora is never a dependency: the benchmark uses an install the user names
 * ({@code --antora PATH}) or one {@code npx} finds without downloading. Antora gets the chapters'
 * text as it is (our {@code term:} and {@code cite:} macros stay plain text, which Antora does not
 * know), a navigation file listing them, and a UI of one layout: less than its default UI, so the
 * comparison flatters Antora, not us.
 */
final class AntoraRun {
    private final List<String> antora;

    private AntoraRun(List<String> antora) {
        this.antora = antora;
    }

    /** The Antora to run, or null when there is none: {@code named} if given, else {@code npx antora} if installed. */
    static AntoraRun find(String named) {
        List<String> command = named != null ? List.of(named) : List.of("npx", "--no-install", "antora");
        try {
            List<String> version = new ArrayList<>(command);
            version.add("--version");
            Process process =
                    new ProcessBuilder(version).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 && out.contains("site-generator") ? new AntoraRun(command) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The version Antora reports of itself. */
    String version() throws IOException, InterruptedException {
        List<String> version = new ArrayList<>(antora);
        version.add("--version");
        Process process = new ProcessBuilder(version).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out.lines().filter(l -> l.contains("site-generator")).findFirst().orElse(out.strip());
    }

    /** Writes an Antora project holding {@code guide}'s pages into {@code folder}; returns its playbook. */
    static Path project(Path guide, Path folder) throws IOException, InterruptedException {
        Path docs = folder.resolve("docs");
        Path pages = docs.resolve("modules/ROOT/pages");
        Files.createDirectories(pages);
        Path content = guide.resolve("content");
        List<String> nav = new ArrayList<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".adoc")).sorted().toList()) {
                String name = content.relativize(file).toString().replace('\\', '/');
                Files.createDirectories(pages.resolve(name).getParent());
                Files.copy(file, pages.resolve(name));
                if (name.startsWith("chapters/")) {
                    nav.add("* xref:" + name + "[]");
                }
            }
        }
        Files.writeString(docs.resolve("modules/ROOT/nav.adoc"), String.join("\n", nav) + "\n");
        Files.writeString(
                docs.resolve("antora.yml"),
                "name: guide\nversion: ~\ntitle: Synthetic Guide\nnav:\n- modules/ROOT/nav.adoc\n");
        git(folder, "init", "-q");
        git(folder, "add", "-A");
        git(folder, "-c", "user.name=bench", "-c", "user.email=bench@localhost", "commit", "-q", "-m", "chapters");
        Path ui = folder.resolve("ui-bundle.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(ui))) {
            zip.putNextEntry(new ZipEntry("layouts/default.hbs"));
            zip.write(
                    ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{{page.title}}}</title></head>"
                                    + "<body><nav>{{#each page.navigation}}{{#each items}}<a href=\"{{{relativize url}}}\">{{{content}}}</a>{{/each}}{{/each}}</nav>"
                                    + "<main>{{{page.contents}}}</main></body></html>\n")
                            .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path playbook = folder.resolve("antora-playbook.yml");
        Files.writeString(
                playbook,
                String.join(
                        "\n",
                        "site:",
                        "  title: Synthetic Guide",
                        "content:",
                        "  sources:",
                        "  - url: " + folder.toAbsolutePath(),
                        "    branches: HEAD",
                        "    start_path: docs",
                        "ui:",
                        "  bundle:",
                        "    url: " + ui.toAbsolutePath(),
                        "output:",
                        "  dir: " + folder.resolve("site").toAbsolutePath(),
                        "runtime:",
                        "  quiet: true",
                        ""));
        return playbook;
    }

    /** One build of {@code playbook} in a fresh Node process, in seconds. */
    double build(Path playbook) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(antora);
        command.addAll(List.of("--quiet", playbook.toString()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(playbook.getParent().toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("Antora failed:\n" + out);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void git(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new UncheckedIOException(new IOException("git " + String.join(" ", args) + ": " + out));
        }
    }
}
