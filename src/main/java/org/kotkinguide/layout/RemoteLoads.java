package org.kotkinguide.layout;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Theme;

/**
 * A template may not load anything from another host: the pages' Content-Security-Policy would
 * block it without a word in the browser (a font, a script or a stylesheet that silently never
 * arrives), and the site must work offline and from {@code file://}. So a script, stylesheet,
 * image, frame or media element whose address starts with {@code http:}, {@code https:} or
 * {@code //}, or a CSS {@code url(...)} or {@code @import} of one, is an error at the template's
 * line. Links ({@code <a href>}) to other sites are fine: they load nothing.
 */
final class RemoteLoads {
    /** An element that loads what its address names. */
    private static final Pattern ELEMENT = Pattern.compile(
            "<(script|link|img|iframe|frame|source|video|audio|track|embed|object|input|image|use)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    /** Its address, when on another host. */
    private static final Pattern ADDRESS = Pattern.compile(
            "\\s(?:src|href|srcset|data|poster|xlink:href)\\s*=\\s*[\"']?\\s*((?:https?:)?//[^\"'\\s>]*)",
            Pattern.CASE_INSENSITIVE);

    /** A {@code <link>} that names a page rather than loading a file (canonical, alternate, author...). */
    private static final Pattern LOADING_LINK = Pattern.compile(
            "\\brel\\s*=\\s*[\"']?[^\"'>]*\\b(stylesheet|icon|preload|prefetch|modulepreload|manifest)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CSS = Pattern.compile(
            "(?:url\\(\\s*[\"']?|@import\\s+[\"'])\\s*((?:https?:)?//[^\"')\\s]*)", Pattern.CASE_INSENSITIVE);

    private RemoteLoads() {}

    /** Reports each load from another host in the templates the guide is laid out with. */
    static void check(GuideSource source, ContentErrors errors) {
        Path folder = source.folder().relativize(source.templateFolder());
        for (Map.Entry<String, Path> template : Theme.merged(
                        Theme.toolTemplates(), source.templateFolder(), source.inputs())
                .entrySet()) {
            if (!template.getKey().endsWith(".ftlh") && !template.getKey().endsWith(".ftl")) {
                continue;
            }
            String shown = folder.resolve(template.getKey()).toString().replace('\\', '/');
            String text = Theme.read(template.getValue());
            Matcher element = ELEMENT.matcher(text);
            while (element.find()) {
                String tag = element.group();
                if (element.group(1).equalsIgnoreCase("link")
                        && !LOADING_LINK.matcher(tag).find()) {
                    continue;
                }
                Matcher address = ADDRESS.matcher(tag);
                while (address.find()) {
                    report(errors, shown, text, element.start() + address.start(1), address.group(1));
                }
            }
            Matcher css = CSS.matcher(text);
            while (css.find()) {
                report(errors, shown, text, css.start(1), css.group(1));
            }
        }
    }

    private static void report(ContentErrors errors, String template, String text, int at, String address) {
        errors.add(
                template,
                lineOf(text, at),
                "this template loads '" + address + "' from another host, which the pages' security policy blocks"
                        + " and an offline reader cannot reach: put the file in the guide's assets/ and load it by a"
                        + " path in the site (e.g. ${page.root}css/x.css)");
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
