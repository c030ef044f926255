package org.kotkinguide.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Theme;

/**
 * The site's stylesheets, scripts and other assets: the tool's, with the guide's own {@code assets/}
 * put over them file by file (a guide's {@code css/print.css} replaces the tool's, the rest stay).
 * Written through {@link SiteFiles}, so an unchanged asset is shared with the published site.
 */
final class SiteAssets {
    private SiteAssets() {}

    static void write(GuideSource source, SiteFiles files) throws IOException {
        for (Map.Entry<String, Path> asset : Theme.merged(Theme.toolAssets(), source.assetFolder(), source.inputs())
                .entrySet()) {
            // as JBake's own copy: an editor's hidden files (.DS_Store, .swp) are not published
            if (!hidden(asset.getKey())) {
                files.write(asset.getKey(), Files.readAllBytes(asset.getValue()));
            }
        }
    }

    private static boolean hidden(String name) {
        return name.startsWith(".") || name.contains("/.");
    }
}
