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

/**
 * The files of the content folder that are not pages (images, a PDF to download...) are published as
 * they are. A browser opened on one of them runs its script with the site's address and without the
 * pages' Content-Security-Policy: so a web page or XML document there is refused, and an SVG image,
 * which a link can open as a document, is held to {@link SafeHtml} like a page.
 */
public final class ContentFiles {
    /** Formats a browser shows as a document that can run script; the build makes every page itself. */
    private static final Set<String> DOCUMENTS =
            Set.of("htm", "xhtml", "xht", "shtml", "xml", "xsl", "xslt", "mht", "mhtml", "svgz", "swf");

    private ContentFiles() {}

    public static void check(GuideSource source, ContentErrors errors) {
        Path folder = source.folder().toAbsolutePath().normalize();
        Path content = source.contentFolder().toAbsolutePath().normalize();
        if (!Files.isDirectory(content)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                String extension = name.contains(".")
                        ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                        : "";
                String display = folder.relativize(file).toString().replace('\\', '/');
                if (DOCUMENTS.contains(extension)) {
                    errors.add(
                            display,
                            1,
                            "a ." + extension + " file would be published as it is, and a browser runs the"
                                    + " script in it; the guide's pages are made from .adoc files");
                } else if (extension.equals("svg")) {
                    checkSvg(file, display, errors);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        Document svg = Jsoup.parse(text, "", Parser.xmlParser());
        List<String> lines = text.lines().toList();
        for (SafeHtml.Unsafe unsafe : SafeHtml.check(svg)) {
            errors.add(display, lineContaining(lines, unsafe.needle()), unsafe.problem());
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
