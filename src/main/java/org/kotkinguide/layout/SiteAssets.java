package org.kotkinguide.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jbake.app.FileUtil;
import org.jbake.parser.Engines;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Theme;
import org.kotkinguide.settings.Accent;
import org.kotkinguide.settings.Settings;

/**
 * The site's stylesheets, scripts and other assets: the tool's, with the guide's own {@code assets/}
 * put over them file by file (a guide's {@code css/print.css} replaces the tool's, the rest stay);
 * then what the settings add: the logo, the body font and {@code css/settings.css}. Written through
 * {@link SiteFiles}, so an unchanged asset is shared with the published site.
 */
final class SiteAssets {
    private SiteAssets() {}

    static void write(GuideSource source, SiteFiles files) throws IOException {
        for (Map.Entry<String, Path> asset : Theme.merged(Theme.toolAssets(), source.assetFolder(), source.inputs())
                .entrySet()) {
            // (the guide's hidden and backup files are not listed: see SourceNames)
            files.write(asset.getKey(), Files.readAllBytes(asset.getValue()));
        }
        Settings.Look look = source.settings().look();
        if (!look.logo().isEmpty()) {
            files.write(look.logoInSite(), source.inputs().read(source.folder().resolve(look.logo())));
        }
        if (!look.bodyFont().isEmpty()) {
            files.write(
                    look.bodyFontInSite(), source.inputs().read(source.folder().resolve(look.bodyFont())));
        }
        if (look.hasStyles()) {
            files.write("css/settings.css", settingsCss(look).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The content folder's files that are not pages (images, a PDF to hand out...), at the same place
     * in the site, as JBake would copy them: every source file whose extension is not one of a page
     * format's. Listed through {@link org.kotkinguide.content.BuildInputs}, so a hidden file, a file
     * in a hidden folder and an editor's backup are never published.
     */
    static void writeContentFiles(GuideSource source, SiteFiles files) throws IOException {
        Path content = source.contentFolder();
        java.util.Set<String> pageFormats = Engines.getRecognizedExtensions();
        for (Path file : source.inputs().files(content)) {
            if (!pageFormats.contains(FileUtil.fileExt(file.toFile()))) {
                files.write(
                        content.relativize(file).toString().replace('\\', '/'),
                        source.inputs().read(file));
            }
        }
    }

    /**
     * {@code css/settings.css}: what the settings change in {@code vars.css}, loaded right after it. The
     * dark scheme is written twice, as in {@code vars.css} (the system's choice, and the reader's).
     */
    static String settingsCss(Settings.Look look) {
        StringBuilder css =
                new StringBuilder("/* made by the build from jbake.properties (guide.accent, guide.font.body) */\n");
        String font = look.bodyFontInSite();
        if (!font.isEmpty()) {
            String format = switch (font.substring(font.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT)) {
                case "woff2" -> "woff2";
                case "woff" -> "woff";
                case "otf" -> "opentype";
                default -> "truetype";
            };
            css.append("@font-face {\n  font-family: \"Guide body\";\n  src: url(\"../")
                    .append(font)
                    .append("\") format(\"")
                    .append(format)
                    .append("\");\n  font-display: swap;\n}\n");
        }
        StringBuilder light = new StringBuilder();
        StringBuilder dark = new StringBuilder();
        if (!font.isEmpty()) {
            light.append("  --font-body: \"Guide body\", Georgia, serif;\n");
        }
        if (!look.accent().isEmpty()) {
            Accent accent = Accent.parse(look.accent());
            light.append("  --accent: ").append(accent.onLight().css()).append(";\n");
            light.append("  --important: ").append(accent.onLight().css()).append(";\n");
            light.append("  --accent-soft: ").append(accent.softOnLight().css()).append(";\n");
            dark.append("  --accent: ").append(accent.onDark().css()).append(";\n");
            dark.append("  --important: ").append(accent.onDark().css()).append(";\n");
            dark.append("  --accent-soft: ").append(accent.softOnDark().css()).append(";\n");
        }
        css.append(":root {\n").append(light).append("}\n");
        if (!dark.isEmpty()) {
            css.append("@media (prefers-color-scheme: dark) {\n  :root:not([data-theme=\"light\"]) {\n")
                    .append(dark.toString().replace("\n  ", "\n    ").replaceFirst("^  ", "    "))
                    .append("  }\n}\n");
            css.append(":root[data-theme=\"dark\"] {\n").append(dark).append("}\n");
        }
        return css.toString();
    }
}
