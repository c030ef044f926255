package org.kotkinguide.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.kotkinguide.check.RawHtml;
import org.kotkinguide.check.SafeHtml;
import org.kotkinguide.content.ContentError;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.NestingCheck;
import org.kotkinguide.content.Page;
import org.kotkinguide.macros.MacroSite;

/**
 * Converts the guide's pages with the process's Asciidoctor before JBake crawls them, so later
 * stages can use each page's HTML and sections. Converts in SAFE mode, tells the macros which file and
 * page they are in, turns Asciidoctor's warnings into located errors, and keeps each page's
 * sections for its table of contents.
 */
public final class PageConverter {
    private final GuideSource source;
    private final ContentErrors errors;

    private PageConverter(GuideSource source, ContentErrors errors) {
        this.source = source;
        this.errors = errors;
    }

    /**
     * Every page of the guide, converted; the macros must already be registered for this build, noting
     * their uses in {@code uses}.
     * Pages unchanged since the last build come from {@code cache}, whose build has started. One thread:
     * converting on two was measured no faster at 1,000 chapters, and JRuby warned of a race while
     * loading extension classes.
     */
    static ConvertedPages convertAll(GuideSource source, ContentErrors errors, ConversionCache cache, PageUses uses) {
        PageConverter converter = new PageConverter(source, errors);
        ConvertedPages rendered = new ConvertedPages();
        String context = ConversionCache.context(source);
        for (Page page : inUriOrder(source)) {
            // read on every build: a page kept from the last build was read with the last settings
            RawHtml.check(source, page, errors);
            String key = ConversionCache.key(page, context);
            ConvertedPages.RenderedPage converted = cache.take(page, context, source, uses);
            if (converted == null) {
                int errorsBefore = errors.reported();
                AsciidoctorReads.Result<ConvertedPages.RenderedPage> conversion;
                try {
                    // its includes start at the guide's folder; its pictures come from content or assets
                    conversion = AsciidoctorReads.imagesOnlyFrom(
                            List.of(source.contentFolder(), source.assetFolder()),
                            () -> AsciidoctorReads.during(() -> converter.convert(page)));
                } catch (StackOverflowError e) {
                    // nesting the loader cannot see (an included file's) ran the converter out of stack:
                    // an error at this page, not a thousand lines of trace and no file
                    errors.add(
                            page.displayName(),
                            0,
                            "too deeply nested to convert (lists or blocks inside each other, in this page"
                                    + " or a file it includes); the most a page may have is " + NestingCheck.MAX_DEPTH
                                    + " levels");
                    continue;
                }
                converted = conversion.value();
                cache.put(key, converted, conversion.files(), errors.reported() == errorsBefore, source, uses);
            }
            rendered.add(converted);
        }
        cache.endBuild(source);
        return rendered;
    }

    /**
     * The pages in one order in every process (the loader's map has none), so the term and citation
     * uses are noted in the same order, and a page laid out in one build keys the same in the next.
     */
    static List<Page> inUriOrder(GuideSource source) {
        return source.pages().values().stream()
                .sorted(java.util.Comparator.comparing(Page::uri))
                .toList();
    }

    private ConvertedPages.RenderedPage convert(Page page) {
        Asciidoctor asciidoctor = AsciidoctorRuntime.get();
        int before = errors.all().size();
        Document document = GuideOptions.warningsAsErrors(
                source, errors, page, () -> asciidoctor.load(String.join("\n", page.lines()), options(page)));
        String html = withoutColumnStyles(GuideOptions.warningsAsErrors(source, errors, page, document::convert));
        org.jsoup.nodes.Document body = org.jsoup.Jsoup.parseBodyFragment(html);
        // a block left open swallows the rest of the page, sections and their ids too: a link to one of them
        // is that mistake again, not a second one (said once it is mended, if the id is still missing)
        // one copy of the list: another thread may add to it between two
        List<ContentError> all = errors.all();
        boolean leftOpen = all.subList(Math.min(before, all.size()), all.size()).stream()
                .anyMatch(error -> error.file().equals(page.displayName())
                        && (error.message().contains(GuideOptions.NEVER_CLOSES)
                                || error.message().contains(GuideOptions.DOES_NOT_END)));
        if (!leftOpen) {
            checkCrossReferences(page, body);
        }
        checkSafety(page, body);
        return new ConvertedPages.RenderedPage(
                page.uri(), page.header().type(), page.header().title(), html, sections(document), PageText.of(body));
    }

    /**
     * Asciidoctor gives a table's columns their widths ({@code [cols="1,2,2"]}) in style attributes,
     * which the pages' Content-Security-Policy refuses (an error in the console for every column, and
     * the browser sizes the columns to their text). Each width becomes a class instead,
     * {@code col-w20}, in steps of 5% and thirds, that the stylesheet sizes (blocks.css).
     */
    static String withoutColumnStyles(String html) {
        if (html.indexOf("<col style=") < 0) {
            return html;
        }
        java.util.regex.Matcher column = COLUMN_STYLE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (column.find()) {
            column.appendReplacement(
                    out, column.group(1) == null ? "<col>" : "<col class=\"col-w" + step(column.group(1)) + "\">");
        }
        column.appendTail(out);
        return out.toString();
    }

    /** The width class nearest to {@code percent}: a multiple of 5, or a third (33, 67). */
    static int step(String percent) {
        double width = Double.parseDouble(percent);
        int nearestFive = (int) Math.max(5, Math.min(100, Math.round(width / 5) * 5));
        for (int third : new int[] {33, 67}) {
            if (Math.abs(width - third) < Math.abs(width - nearestFive)) {
                return third;
            }
        }
        return nearestFive;
    }

    private static final java.util.regex.Pattern COLUMN_STYLE =
            java.util.regex.Pattern.compile("<col style=\"(?:width: ?([0-9.]+)%;?)?[^\"]*\">");

    /**
     * Asciidoctor only mentions a cross reference to a missing id in verbose mode, at INFO: an author
     * would publish a dead link. Every in-page link must reach an id on the page.
     */
    private void checkCrossReferences(Page page, org.jsoup.nodes.Document body) {
        for (org.jsoup.nodes.Element link : body.select("a[href^=#]")) {
            String id = link.attr("href").substring(1);
            if (!id.isEmpty() && body.getElementById(id) == null) {
                errors.add(
                        page.displayName(),
                        lineMentioning(page, id),
                        "cross reference to '" + id + "', but no section or anchor on this page has that id");
            }
        }
    }

    /** Nothing in a page's HTML may run script or load code, whether the author meant it or not. */
    private void checkSafety(Page page, org.jsoup.nodes.Document body) {
        for (SafeHtml.Unsafe unsafe : SafeHtml.check(body.body())) {
            errors.add(page.displayName(), lineContaining(page, unsafe.needle()), unsafe.problem());
        }
    }

    /** The first line that holds {@code needle}, in any case; 0 if none does. */
    private static int lineContaining(Page page, String needle) {
        String wanted = needle.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < page.lines().size() && !wanted.isEmpty(); i++) {
            if (page.lines().get(i).toLowerCase(java.util.Locale.ROOT).contains(wanted)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int lineMentioning(Page page, String id) {
        for (int i = 0; i < page.lines().size(); i++) {
            String line = page.lines().get(i);
            if (line.contains("<<" + id) || line.contains("xref:" + id) || line.contains("xref:#" + id)) {
                return i + 1;
            }
        }
        return 0;
    }

    private Options options(Page page) {
        // SAFE mode jails includes in the base folder, the guide's: include paths start there
        // (include::content/shared/_note.adoc[]) and cannot leave it
        return GuideOptions.options(
                        source.folder(),
                        page.displayName(),
                        Map.of(MacroSite.PAGE_ATTRIBUTE, page.uri(), MacroSite.ROOT_ATTRIBUTE, page.rootPath()))
                .build();
    }

    /**
     * One entry of the table of contents, its fields in one order: a map's text is part of the key
     * of the page's layout, and {@code Map.of} orders its fields differently in each process.
     */
    static Map<String, Object> section(String id, String title, int level, List<Map<String, Object>> children) {
        Map<String, Object> section = new java.util.LinkedHashMap<>();
        section.put("id", id);
        section.put("title", title);
        section.put("level", level);
        section.put("children", children);
        return java.util.Collections.unmodifiableMap(section);
    }

    /** Level-1 and level-2 sections, for the on-page table of contents. */
    private static List<Map<String, Object>> sections(StructuralNode node) {
        List<Map<String, Object>> toc = new ArrayList<>();
        for (StructuralNode block : node.getBlocks()) {
            if (block instanceof Section section && section.getLevel() <= 2) {
                toc.add(section(section.getId(), section.getTitle(), section.getLevel(), sections(section)));
            }
        }
        return toc;
    }
}
