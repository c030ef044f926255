package org.kotkinguide.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The images a page shows ({@code image::river.png[...]} and inline {@code image:river.png[...]}), whose
 * paths are relative to the page, as on the site. The PDF and the EPUB are one book read from the content
 * folder, so there each path is rewritten to start from the content folder: one path works in every output.
 * A path that names no file, or leaves the content folder, is an error at the page's line before any
 * output is made, and a width or height that is not a number (a comma in the alt text) is a warning.
 */
public final class PageImages {
    /** One image macro: the line it stands on (1-based), its target as written and its attributes' text. */
    public record Image(int line, String target, String attributes) {}

    private static final Pattern IMAGE = Pattern.compile("(?<![\\w:])(image::?)([^\\s\\[:][^\\s\\[]*)\\[([^\\]]*)\\]");
    /** Blocks whose lines are shown as typed (listings, literals, passthroughs) or not at all (comments). */
    private static final Pattern VERBATIM = Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|/{4,})$");

    private PageImages() {}

    /** The images of {@code lines} outside listings, literals, passthroughs and comments; lines count from 1. */
    public static List<Image> of(List<String> lines) {
        List<Image> images = new ArrayList<>();
        forEachShownLine(lines, (index, line) -> {
            Matcher image = IMAGE.matcher(line);
            while (image.find()) {
                images.add(new Image(index + 1, image.group(2), image.group(3)));
            }
            return line;
        });
        return images;
    }

    /**
     * {@code lines} (of the page in {@code pageFolder}) with each local image's path made relative to
     * {@code contentFolder}: {@code river.png} in {@code chapters/} becomes {@code chapters/river.png}.
     */
    public static List<String> fromContentFolder(List<String> lines, Path pageFolder, Path contentFolder) {
        List<String> out = new ArrayList<>();
        forEachShownLine(lines, (index, line) -> {
                    Matcher image = IMAGE.matcher(line);
                    StringBuilder text = new StringBuilder();
                    while (image.find()) {
                        String target = image.group(2);
                        String path = isLocal(target)
                                ? contentFolder
                                        .relativize(pageFolder.resolve(target).normalize())
                                        .toString()
                                        .replace('\\', '/')
                                : target;
                        image.appendReplacement(
                                text, Matcher.quoteReplacement(image.group(1) + path + "[" + image.group(3) + "]"));
                    }
                    image.appendTail(text);
                    return text.toString();
                })
                .forEach(out::add);
        return out;
    }

    /**
     * The folder a page's image paths start from: the page's own, except on a page that embeds its images
     * ({@code :data-uri:}), where Asciidoctor reads them from the guide folder, as it reads includes.
     */
    public static Path base(Page page, Path guideFolder) {
        int header = Math.min(page.header().bodyLine(), page.lines().size());
        boolean embeds = page.lines().subList(0, header).stream().anyMatch(l -> l.startsWith(":data-uri:"));
        return embeds
                ? guideFolder.toAbsolutePath().normalize()
                : page.file().toAbsolutePath().normalize().getParent();
    }

    /** Every local image of every page must be a file inside the content folder: else an error at its line. */
    public static void check(GuideSource source, ContentErrors errors) {
        Path content = source.contentFolder().toAbsolutePath().normalize();
        for (Page page : source.pages().values()) {
            Path folder = base(page, source.folder());
            for (Image image : of(page.lines())) {
                if (!isLocal(image.target())) {
                    continue;
                }
                Path file = folder.resolve(image.target()).normalize();
                String shown = source.folder()
                        .toAbsolutePath()
                        .normalize()
                        .relativize(file)
                        .toString()
                        .replace('\\', '/');
                if (!file.startsWith(content)) {
                    errors.add(
                            page.displayName(),
                            image.line(),
                            "image '" + image.target() + "' is outside the content folder (" + shown
                                    + "): the PDF and the EPUB can read only files inside it; move the image into "
                                    + source.settings().contentFolder() + "/, e.g. "
                                    + source.settings().contentFolder()
                                    + "/images/");
                } else if (!Files.isRegularFile(file)) {
                    errors.add(
                            page.displayName(),
                            image.line(),
                            "image '" + image.target() + "' not found: there is no " + shown
                                    + " (an image's path is relative to the page that shows it)"
                                    + otherCase(file));
                }
            }
        }
    }

    /**
     * The page and line of the image a converter's message names (by its path from the content folder,
     * as the book gives it, or its absolute path), or null when it names none: asciidoctor-pdf says
     * "image to embed not found or not readable: /abs/content/chapters/x.png" of the book, not the page.
     */
    public static ContentError at(GuideSource source, String message) {
        Path content = source.contentFolder().toAbsolutePath().normalize();
        for (Page page : source.pages().values().stream()
                .sorted(java.util.Comparator.comparing(Page::displayName))
                .toList()) {
            Path folder = base(page, source.folder());
            for (Image image : of(page.lines())) {
                if (!isLocal(image.target())) {
                    continue;
                }
                Path file = folder.resolve(image.target()).normalize();
                String fromContent = content.relativize(file).toString().replace('\\', '/');
                if (message.contains(file.toString()) || message.contains(fromContent)) {
                    return new ContentError(page.displayName(), image.line(), message);
                }
            }
        }
        return null;
    }

    /**
     * A warning for each image whose width or height (the second and third positional attributes) is
     * not a number: a comma in unquoted alt text starts a new attribute, and the words become a width.
     */
    public static List<ContentError> sizeWarnings(GuideSource source) {
        List<ContentError> warnings = new ArrayList<>();
        for (Page page : source.pages().values().stream()
                .sorted(java.util.Comparator.comparing(Page::displayName))
                .toList()) {
            for (Image image : of(page.lines())) {
                String attributes = image.attributes().trim();
                if (attributes.startsWith("\"") || attributes.isEmpty()) {
                    continue;
                }
                String[] positional = attributes.split(",", -1);
                for (int i = 1; i < Math.min(3, positional.length); i++) {
                    String value = positional[i].trim();
                    if (!value.contains("=") && !value.isEmpty() && !value.matches("\\d+(\\.\\d+)?(%|px)?")) {
                        warnings.add(new ContentError(
                                page.displayName(),
                                image.line(),
                                "image '" + image.target() + "': its " + (i == 1 ? "width" : "height") + " is '"
                                        + value
                                        + "', not a number: a comma in the alt text starts a new attribute; put the alt text in quotes, e.g. image::"
                                        + image.target() + "[\"" + positional[0].trim() + ", " + value + "\"]"));
                        break;
                    }
                }
            }
        }
        return warnings;
    }

    /** A path in the guide, not a URL, an absolute path or one made of attributes. */
    private static boolean isLocal(String target) {
        return !target.contains("://")
                && !target.startsWith("data:")
                && !target.startsWith("/")
                && !target.contains("{")
                && !target.matches("^[A-Za-z]:.*");
    }

    private interface LineEdit {
        String apply(int index, String line);
    }

    /** Applies {@code edit} to the lines an image could stand on; the others are kept as they are. */
    private static List<String> forEachShownLine(List<String> lines, LineEdit edit) {
        List<String> out = new ArrayList<>(lines.size());
        String verbatim = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (verbatim != null) {
                if (line.equals(verbatim)) {
                    verbatim = null;
                }
                out.add(line);
            } else if (VERBATIM.matcher(line).matches()) {
                verbatim = line;
                out.add(line);
            } else if (line.startsWith("//") || !line.contains("image:")) {
                // a comment, or no image macro: IMAGE, which looks behind every character, is not tried on it
                out.add(line);
            } else {
                out.add(edit.apply(i, line));
            }
        }
        return out;
    }

    /** "; did you mean 'cog.png'? ..." when a file beside {@code missing} has its name in other capitals. */
    private static String otherCase(Path missing) {
        Path folder = missing.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return "";
        }
        String name = missing.getFileName().toString();
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(other -> other.equalsIgnoreCase(name) && !other.equals(name))
                    .findFirst()
                    .map(other -> "; did you mean '" + other + "'? a file's name must match in capitals too, as a"
                            + " web server reads it")
                    .orElse("");
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
