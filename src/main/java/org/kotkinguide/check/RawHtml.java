package org.kotkinguide.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;

/**
 * Raw HTML in a guide: {@code guide.raw-html=false} (the default, for guides many people write to)
 * refuses every AsciiDoc passthrough, which copies HTML into the page as it is typed: a passthrough
 * block ({@code ++++} or {@code [pass]}), a block whose {@code subs} leave out the escaping of
 * {@code <} and {@code &}, and inline passthroughs ({@code +++...+++}, {@code $$...$$},
 * {@code pass:[...]}). Read on a page's lines and on the files it includes; text inside a listing,
 * literal or comment block is shown as typed, so it is not read. With the setting on, passthroughs
 * build, and the page's HTML is still held to {@link SafeHtml}.
 */
public final class RawHtml {
    public static final String SETTING = "guide.raw-html";

    private static final Pattern BLOCK = Pattern.compile("^\\+{4,}\\s*$");
    private static final Pattern PASS_STYLE = Pattern.compile("^\\[\\s*pass\\s*[,\\]#.%]");
    private static final Pattern SUBS = Pattern.compile("^\\[.*\\bsubs\\s*=\\s*\"?([^\"\\]]*)");
    private static final Pattern INLINE = Pattern.compile("\\+\\+\\+|\\$\\$|(?<![\\w\\\\])pass:[a-z,]*\\[");
    private static final Pattern VERBATIM = Pattern.compile("^(-{4,}|\\.{4,}|/{4,}|```.*)\\s*$");
    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[");
    private static final Set<String> ESCAPING =
            Set.of("normal", "verbatim", "specialcharacters", "specialchars", "+specialcharacters", "+specialchars");

    private RawHtml() {}

    /** Whether the guide allows raw HTML: {@code guide.raw-html} is {@code true} or {@code false} (the default). */
    public static boolean allowed(GuideSource source) {
        return source.settings().rawHtml();
    }

    /** Reports every passthrough in {@code page} and the files it includes, unless the guide allows raw HTML. */
    public static void check(GuideSource source, Page page, ContentErrors errors) {
        if (!allowed(source)) {
            read(source, page.displayName(), page.lines(), errors, 0);
        }
    }

    private static void read(GuideSource source, String file, List<String> lines, ContentErrors errors, int depth) {
        passthroughs(lines)
                .forEach((line, problem) -> errors.add(
                        file,
                        line,
                        problem + ": raw HTML is off in this guide (" + SETTING
                                + "=false); write it in AsciiDoc, or set " + SETTING + "=true in jbake.properties"));
        if (depth < 8) {
            for (String line : lines) {
                Matcher include = INCLUDE.matcher(line.strip());
                if (include.find()) {
                    readIncluded(source, include.group(1).strip(), errors, depth);
                }
            }
        }
    }

    /** Each line (from 1) of {@code lines} that passes HTML through, and how. */
    static Map<Integer, String> passthroughs(List<String> lines) {
        Map<Integer, String> found = new LinkedHashMap<>();
        String closing = null; // the delimiter that ends the verbatim block we are in
        for (int i = 0; i < lines.size(); i++) {
            String trimmed = lines.get(i).strip();
            if (closing != null) {
                if (trimmed.equals(closing)) {
                    closing = null;
                }
                continue;
            }
            if (!trimmed.isEmpty()
                    && "-./`".indexOf(trimmed.charAt(0)) >= 0
                    && VERBATIM.matcher(trimmed).matches()) {
                closing = trimmed.startsWith("```") ? "```" : trimmed;
                continue;
            }
            if (trimmed.startsWith("//")) {
                continue;
            }
            String problem = mayPass(trimmed) ? problem(trimmed) : null;
            if (problem != null) {
                found.put(i + 1, problem);
            }
        }
        return found;
    }

    /** Most lines are prose with none of the characters a passthrough needs: they skip the patterns. */
    private static boolean mayPass(String line) {
        return line.indexOf('+') >= 0 || line.indexOf('$') >= 0 || line.contains("pass") || line.startsWith("[");
    }

    private static String problem(String line) {
        if (BLOCK.matcher(line).matches()) {
            return "a passthrough block (++++)";
        }
        if (PASS_STYLE.matcher(line).find()) {
            return "a passthrough block ([pass])";
        }
        Matcher subs = SUBS.matcher(line);
        if (subs.find() && !escapes(subs.group(1))) {
            return "a block whose subs ('" + subs.group(1).strip() + "') leave HTML unescaped";
        }
        Matcher inline = INLINE.matcher(line);
        if (inline.find()) {
            return "an inline passthrough (" + inline.group() + ")";
        }
        return null;
    }

    /** Whether a {@code subs} list still escapes {@code <} and {@code &}. */
    private static boolean escapes(String subs) {
        List<String> items =
                List.of(subs.toLowerCase(Locale.ROOT).replace(" ", "").split(","));
        if (items.stream()
                .anyMatch(item -> item.equals("none") || item.equals("pass") || item.startsWith("-specialchar"))) {
            return false;
        }
        boolean incremental =
                items.stream().allMatch(item -> item.startsWith("+") || item.startsWith("-") || item.endsWith("+"));
        return incremental || items.stream().anyMatch(ESCAPING::contains);
    }

    /** An included file is read too (include paths start at the guide's folder); one outside it is Asciidoctor's to refuse. */
    private static void readIncluded(GuideSource source, String target, ContentErrors errors, int depth) {
        if (target.contains("{")) {
            return; // an attribute in the path: Asciidoctor resolves it, and the page's HTML is still checked
        }
        Path folder = source.folder().toAbsolutePath().normalize();
        Path file = folder.resolve(target).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            read(source, folder.relativize(file).toString().replace('\\', '/'), lines, errors, depth + 1);
        } catch (IOException | UncheckedIOException e) {
            // not UTF-8 or unreadable: converting the page reports it
        }
    }
}
