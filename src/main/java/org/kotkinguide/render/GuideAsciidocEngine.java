package org.kotkinguide.render;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.log.LogRecord;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.FrontMatter;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JBake's parser for {@code .adoc} pages in this guide. Unlike JBake's own it reuses the process's
 * Asciidoctor (see {@link AsciidoctorRuntime}), converts in SAFE mode, tells the macros which file
 * and page they are in, turns Asciidoctor's warnings into located errors, and hands the templates
 * the page's sections for its table of contents.
 */
public final class GuideAsciidocEngine extends MarkupEngine {
    private final GuideSource source;
    private final ContentErrors errors;
    private final RenderedPages rendered;

    public GuideAsciidocEngine(GuideSource source, ContentErrors errors, RenderedPages rendered) {
        this.source = source;
        this.errors = errors;
        this.rendered = rendered;
    }

    @Override
    public void processHeader(ParserContext context) {
        Page page = page(context);
        FrontMatter header = page.header();
        DocumentModel model = context.getDocumentModel();
        model.setTitle(header.title());
        header.attributes().forEach((name, entry) -> {
            if (name.startsWith("jbake-")) {
                model.put(name.substring("jbake-".length()), entry.value());
            }
        });
        model.put("sourcefile", page.displayName());
    }

    @Override
    public void processBody(ParserContext context) {
        Page page = page(context);
        Asciidoctor asciidoctor = AsciidoctorRuntime.get();
        Document document = AsciidoctorRuntime.withWarningsTo(record -> report(page, record),
                () -> asciidoctor.load(String.join("\n", page.lines()), options(page)));
        String html = AsciidoctorRuntime.withWarningsTo(record -> report(page, record), document::convert);
        checkCrossReferences(page, html);
        rendered.add(new RenderedPages.RenderedPage(page.uri(), page.header().type(), page.header().title(), html));
        context.setBody(html);
        context.getDocumentModel().put("toc", sections(document));
    }

    /**
     * Asciidoctor only mentions a cross reference to a missing id in verbose mode, at INFO: an author
     * would publish a dead link. Every in-page link must reach an id on the page.
     */
    private void checkCrossReferences(Page page, String html) {
        org.jsoup.nodes.Document body = org.jsoup.Jsoup.parseBodyFragment(html);
        for (org.jsoup.nodes.Element link : body.select("a[href^=#]")) {
            String id = link.attr("href").substring(1);
            if (!id.isEmpty() && body.getElementById(id) == null) {
                errors.add(page.displayName(), lineMentioning(page, id),
                        "cross reference to '" + id + "', but no section or anchor on this page has that id");
            }
        }
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
        return Options.builder()
                .safe(SafeMode.SAFE)
                .sourcemap(true)
                .baseDir(page.file().getParent().toFile())
                .attributes(Attributes.builder()
                        .attribute(MacroSite.SOURCE_ATTRIBUTE, page.displayName())
                        .attribute(MacroSite.PAGE_ATTRIBUTE, page.uri())
                        .attribute(MacroSite.ROOT_ATTRIBUTE, page.rootPath())
                        .attribute("idprefix", "")
                        .attribute("idseparator", "-")
                        .build())
                .build();
    }

    private void report(Page page, LogRecord record) {
        int line = record.getCursor() == null ? 0 : record.getCursor().getLineNumber();
        errors.add(page.displayName(), line, record.getMessage());
    }

    /** Level-1 and level-2 sections, for the on-page table of contents. */
    private static List<Map<String, Object>> sections(StructuralNode node) {
        List<Map<String, Object>> toc = new ArrayList<>();
        for (StructuralNode block : node.getBlocks()) {
            if (block instanceof Section section && section.getLevel() <= 2) {
                toc.add(Map.of("id", section.getId(), "title", section.getTitle(),
                        "level", section.getLevel(), "children", sections(section)));
            }
        }
        return toc;
    }

    private Page page(ParserContext context) {
        Page page = source.page(context.getFile().toPath());
        if (page == null) {
            throw new IllegalStateException("not read by the loader: " + context.getFile());
        }
        return page;
    }
}
