package org.kotkinguide.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import org.kotkinguide.settings.Settings;
import org.kotkinguide.settings.SettingsFile;

/**
 * The build reads and publishes nothing from outside the guide folder. The folders
 * {@code jbake.properties} names must lie inside it, and no symbolic link in it may lead out:
 * Git stores links, so a shared guide could otherwise publish a build machine's files through an
 * include, an embedded image, an asset or a content file.
 */
public final class FolderBoundary {
    /** Settings that name a folder or file the build reads, with an example of each. */
    private static final Map<String, String> PATH_SETTINGS = Map.of(
            "content.folder",
            "content",
            "template.folder",
            "templates",
            "asset.folder",
            "assets",
            "guide.references",
            "content/references.bib",
            "guide.quotation-sources",
            "content/quotations.adoc",
            "guide.logo",
            "assets/logo.svg",
            "guide.font.body",
            "assets/fonts/Literata.woff2");

    private final Path folder;
    private final Path realFolder;
    private final ContentErrors errors;

    private FolderBoundary(Path folder, ContentErrors errors) throws IOException {
        this.folder = folder;
        this.realFolder = folder.toRealPath();
        this.errors = errors;
    }

    static void check(Path folder, Settings settings, ContentErrors errors) {
        try {
            FolderBoundary boundary = new FolderBoundary(folder, errors);
            boundary.checkSettings(settings);
            boundary.checkLinks();
        } catch (IOException e) {
            errors.add(folder.toString(), 0, "cannot read the guide folder: " + e.getMessage());
        }
    }

    private void checkSettings(Settings settings) {
        for (String key : new java.util.TreeSet<>(PATH_SETTINGS.keySet())) {
            if (!settings.sets(key)) {
                continue; // the defaults lie inside the guide
            }
            List<String> values = key.equals("guide.quotation-sources")
                    ? settings.quotationSources()
                    : List.of(settings.values().get(key));
            for (String value : values) {
                Path named = folder.resolve(value).normalize();
                Path real = realPath(named);
                boolean folderSetting = key.endsWith(".folder");
                if (!real.startsWith(realFolder) || (folderSetting && real.equals(realFolder))) {
                    errors.add(
                            SettingsFile.NAME,
                            settings.lineOf(key),
                            key + " is '" + value + "', "
                                    + (real.equals(realFolder) ? "the guide folder itself" : "outside the guide folder")
                                    + ": it must name a " + (folderSetting ? "folder" : "file")
                                    + " inside the guide folder (e.g. "
                                    + PATH_SETTINGS.get(key) + ")");
                } else if ((key.equals("guide.logo") || key.equals("guide.font.body")) && !Files.isRegularFile(named)) {
                    errors.add(
                            SettingsFile.NAME,
                            settings.lineOf(key),
                            key + " is '" + value + "', which is not a file of the guide: put the file there,"
                                    + " or remove the line");
                }
            }
        }
    }

    private void checkLinks() throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                // a folder the build made holds copies of files that were checked when they were sources
                boolean skip = !dir.equals(folder)
                        && (dir.getFileName().toString().equals(".git")
                                || Files.exists(dir.resolve(GuideLoader.SITE_MARKER)));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink()) {
                    checkLink(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // an unreadable file is reported where the build reads it, if it does
            }
        });
    }

    private void checkLink(Path link) {
        String name = folder.relativize(link).toString().replace('\\', '/');
        Path real;
        try {
            real = link.toRealPath();
        } catch (IOException e) {
            errors.add(
                    name,
                    0,
                    "a symbolic link to something that does not exist: remove it or copy the file into the guide");
            return;
        }
        if (!real.startsWith(realFolder)) {
            errors.add(
                    name,
                    0,
                    "a symbolic link to " + real + ", outside the guide folder: the build publishes nothing"
                            + " from outside the guide; copy what you need into the guide folder instead");
        }
    }

    /** The real path of {@code path}, or of its nearest existing parent with the rest appended. */
    public static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
