package org.kotkinguide.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A build without the PDFs ({@code --no-pdf}) keeps the downloads the last full build published
 * (the PDF, the EPUB, the zip, the handouts): an author who previews, then publishes the site, must
 * not ship it without them. They are carried into the new site as hard links (or copies), and the
 * download page says they are from the last full build; with none to carry, it says they are missing.
 */
final class LastDownloads {
    private final Path published;

    /** @param published the published site's {@code downloads/} folder; it need not exist */
    LastDownloads(Path published) {
        this.published = published;
    }

    /** Whether the last full build left a whole-guide PDF to carry over. */
    boolean any() {
        return Files.isRegularFile(published.resolve(GuideBuild.PDF), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Puts the last downloads into {@code downloads} of the new site, but not the handout of a chapter
     * the guide no longer has ({@code chapters}: the slugs it has): nothing links it, and a student
     * who found it would read a chapter that is gone.
     */
    void carryInto(Path downloads, List<String> chapters) throws IOException {
        if (!any()) {
            return;
        }
        Path handouts = published.resolve(GuideBuild.HANDOUTS);
        try (Stream<Path> walk = Files.walk(published)) {
            for (Path file : walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> !f.getParent().equals(handouts)
                            || chapters.contains(f.getFileName().toString().replaceFirst("\\.pdf$", "")))
                    .toList()) {
                Path target = downloads.resolve(published.relativize(file).toString());
                Files.createDirectories(target.getParent());
                try {
                    // nothing ever writes into a published file, so the two sites may share it
                    Files.createLink(target, file);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(file, target);
                }
            }
        }
    }

    long size(String name) throws IOException {
        Path file = published.resolve(name);
        return Files.isRegularFile(file) ? Files.size(file) : 0;
    }

    /** The chapters (slugs) whose handout is there. */
    List<String> handouts(List<String> chapters) {
        Path folder = published.resolve(GuideBuild.HANDOUTS);
        return chapters.stream()
                .filter(slug -> Files.isRegularFile(folder.resolve(slug + ".pdf")))
                .toList();
    }
}
