package org.kotkinguide.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.SourceNames;

/**
 * The files of the content folder that are not pages (images, a PDF to download...) are published as
 * they are. A browser opened on one of them runs its script with the site's address and without the
 * pages' Content-Security-Policy: so a web page or XML document there is refused, and an SVG image,
 * which a link can open as a document, is held to {@link SafeHtml} like a page.
 */
public final class ContentFiles {
    /** Formats a browser shows as a document that can run script; the build makes every page itself. */
    private static final Set<String> DOCUMENTS =
            Set.of("html", "htm", "xhtml", "xht", "shtml", "xml", "xsl", "xslt", "mht", "mhtml", "svgz", "swf");
    /** Scripts: the pages run only the build's own, from its assets (see {@link PublishedHtml}). */
    private static final Set<String> SCRIPTS = Set.of("js", "mjs", "cjs");

    private ContentFiles() {}

    public static void check(GuideSource source, ContentErrors errors) {
        Path folder = source.folder().toAbsolutePath().normalize();
        Path content = source.contentFolder().toAbsolutePath().normalize();
        if (!Files.isDirectory(content)) {
            return;
        }
        Path assets = source.assetFolder().toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(content)) {
            // a hidden file, one in a hidden folder, or an editor's backup is never published (SourceNames)
            for (Path file : walk.filter(f -> SourceNames.isSource(content.relativize(f)))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList()) {
                String name = file.getFileName().toString();
                String extension = name.contains(".")
                        ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                        : "";
                String display = folder.relativize(file).toString().replace('\\', '/');
                Path sitePath = content.relativize(file);
                if (Files.exists(assets.resolve(sitePath.toString()))) {
                    errors.add(
                            display,
                            1,
                            "this file would be published at "
                                    + sitePath.toString().replace('\\', '/')
                                    + ", where the site's own "
                                    + folder.relativize(assets.resolve(sitePath.toString()))
                                            .toString()
                                            .replace('\\', '/')
                                    + " goes; rename it or move it");
                } else if (SCRIPTS.contains(extension)) {
                    errors.add(
                            display,
                            1,
                            "a script in the content folder would be published, and the site's pages run only"
                                    + " the build's own scripts; remove it, or show it as a listing in a page");
                } else if (DOCUMENTS.contains(extension) && !name.endsWith(".html")) {
                    // (a .html file, so spelt, is JBake's page format: OtherMarkupRefused names it)
                    errors.add(
                            display,
                            1,
                            "a ." + extension + " file would be published as it is, and a browser runs the"
                                    + " script in it; the guide's pages are made from .adoc files");
                } else if (extension.equals("svg")) {
                    checkSvg(file, display, errors);
                } else if (extension.equals("txt") && startsAsAPage(file)) {
                    // a chapter saved as "decline.txt" (or "decline.adoc.txt", where the system hides extensions)
                    errors.add(
                            display,
                            1,
                            "this file begins as a page does (\"= Title\"), but only .adoc files are pages: it would"
                                    + " be published as plain text; rename it to "
                                    + name.replaceFirst("(\\.adoc)?\\.txt$", ".adoc"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the first line that is not blank is an AsciiDoc document title ("= The Decline"). */
    private static boolean startsAsAPage(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).findFirst().orElse("").startsWith("= ");
        } catch (IOException | UncheckedIOException e) {
            return false; // not UTF-8 text: not a page either
        }
    }

    private static void checkSvg(Path file, String display, ContentErrors errors) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            errors.add(display, 0, "cannot read this SVG as UTF-8 to check it for script");
            return;
        }
        List<String> lines = text.lines().toList();
        // a DTD's entities can expand to markup the parser here never sees
        for (String declaration : List.of("<!doctype", "<!entity")) {
            if (text.toLowerCase(Locale.ROOT).contains(declaration)) {
                errors.add(
                        display,
                        lineContaining(lines, declaration),
                        "an SVG with a DOCTYPE or entities: they can expand to script; remove the declaration");
                return;
            }
        }
        Document svg = Jsoup.parse(text, "", Parser.xmlParser());
        localNames(svg);
        for (SafeHtml.Unsafe unsafe : SafeHtml.check(svg)) {
            int line = lineContaining(lines, unsafe.needle());
            if (line == 0 && unsafe.needle().startsWith("<")) {
                line = lineContaining(lines, ":" + unsafe.needle().substring(1)); // <s:script>
            }
            errors.add(display, line, unsafe.problem());
        }
        // an animation can set a link's target to a script URL after the page is read
        for (Element animation : svg.select("set, animate")) {
            for (String attribute : List.of("to", "from", "values")) {
                String problem = SafeHtml.urlProblem(animation.normalName(), attribute, animation.attr(attribute));
                if (animation.hasAttr(attribute) && problem != null) {
                    errors.add(display, lineContaining(lines, animation.attr(attribute)), problem);
                }
            }
        }
    }

    /**
     * Strips namespace prefixes ({@code <s:script>}, {@code <h:script xmlns:h=...xhtml>}, {@code
     * x:onload}): a browser runs a script element in either namespace, whatever its prefix.
     */
    private static void localNames(Document svg) {
        for (Element element : svg.getAllElements()) {
            String tag = element.tagName();
            if (tag.indexOf(':') >= 0) {
                element.tagName(tag.substring(tag.indexOf(':') + 1));
            }
            for (var attribute : List.copyOf(element.attributes().asList())) {
                String key = attribute.getKey();
                if (key.indexOf(':') >= 0 && !key.startsWith("xmlns")) {
                    element.attr(key.substring(key.indexOf(':') + 1), attribute.getValue());
                }
            }
        }
    }

    private static int lineContaining(List<String> lines, String needle) {
        String wanted = needle.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lines.size() && !wanted.isEmpty(); i++) {
            if (lines.get(i).toLowerCase(Locale.ROOT).contains(wanted)) {
                return i + 1;
            }
        }
        return 0;
    }
}
