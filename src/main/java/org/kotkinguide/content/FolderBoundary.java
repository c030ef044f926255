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
            boundary.checkLinks(List.of(settings.contentFolder(), settings.templateFolder(), settings.assetFolder()));
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
                } else if (!SourceNames.isSource(realFolder.relativize(real))
                        || !SourceNames.isSource(folder.relativize(named))) {
                    errors.add(
                            SettingsFile.NAME,
                            settings.lineOf(key),
                            key + " is '" + value + "', a hidden " + (folderSetting ? "folder" : "file")
                                    + " or an editor's backup, which the build never reads (a checkout's .git"
                                    + " holds its token): it must name a " + (folderSetting ? "folder" : "file")
                                    + " of the guide's sources (e.g. " + PATH_SETTINGS.get(key) + ")");
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

    /**
     * Every link in the guide must stay inside it, and every link in a folder the build reads
     * ({@code readFolderNames}) must lead to a file or folder inside one of those folders, that is
     * not hidden and does not hold the link (a loop). No file in a read folder turns the check off:
     * only the guide's own top-level {@code .git} and, outside the read folders, a folder the build
     * made (it holds copies of files that were checked when they were sources) are skipped.
     */
    private void checkLinks(List<String> readFolderNames) throws IOException {
        List<Path> readFolders = readFolderNames.stream()
                .map(name -> realPath(folder.resolve(name)))
                .toList();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(folder) || inside(realPath(dir), readFolders)) {
                    return FileVisitResult.CONTINUE;
                }
                boolean skip = dir.equals(folder.resolve(".git")) || Files.exists(dir.resolve(GuideLoader.SITE_MARKER));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink()) {
                    if (!checkLink(file) && inside(realPath(file.getParent()), readFolders)) {
                        checkLinkInReadFolder(file, readFolders);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // an unreadable file is reported where the build reads it, if it does
            }
        });
    }

    /** Says what is wrong with {@code link} if it leads nowhere or out of the guide; true if it did. */
    private boolean checkLink(Path link) {
        String name = shown(link);
        Path real;
        try {
            real = link.toRealPath();
        } catch (IOException e) {
            errors.add(
                    name,
                    0,
                    "a symbolic link to something that does not exist (or to itself): remove it or copy the file"
                            + " into the guide");
            return true;
        }
        if (!real.startsWith(realFolder)) {
            errors.add(
                    name,
                    0,
                    "a symbolic link to " + real + ", outside the guide folder: the build publishes nothing"
                            + " from outside the guide; copy what you need into the guide folder instead");
            return true;
        }
        return false;
    }

    private void checkLinkInReadFolder(Path link, List<Path> readFolders) {
        Path real = realPath(link);
        String target = realFolder.relativize(real).toString().replace('\\', '/');
        String why = null;
        if (realPath(link.getParent()).startsWith(real)) {
            why = "a folder that holds the link itself: the build would go round it forever";
        } else if (!inside(real, readFolders)) {
            why = "'" + target + "', which is not in the content, template or asset folder";
        } else if (!SourceNames.isSource(realFolder.relativize(real))) {
            why = "'" + target + "', a hidden or backup file the build never reads";
        }
        if (why != null) {
            errors.add(
                    shown(link),
                    0,
                    "a symbolic link to " + why + "; the build reads only sources, so copy the file you mean"
                            + " into the content folder instead");
        }
    }

    private static boolean inside(Path real, List<Path> folders) {
        return folders.stream().anyMatch(real::startsWith);
    }

    private String shown(Path file) {
        return folder.relativize(file)
                .toString()
                .replace('\\', '/')
                .replace("\n", "\\n")
                .replace("\r", "\\r");
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
