package org.kotkinguide.layout;

import java.io.File;
import java.util.Date;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import org.kotkinguide.content.FrontMatter;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;
import org.kotkinguide.convert.ConvertedPages;
import org.kotkinguide.convert.PageConverter;

/**
 * JBake's parser for {@code .adoc} pages in this guide: the header comes from our own reading of
 * it (with line numbers, see {@link FrontMatter}) and the body from {@link PageConverter}, which
 * has already converted every page with the process's one Asciidoctor.
 */
public final class ConvertedPageEngine extends MarkupEngine {
    private final GuideSource source;
    private final ConvertedPages converted;
    private final java.util.Map<String, Integer> chapterNumbers;

    public ConvertedPageEngine(GuideSource source, ConvertedPages converted) {
        this.source = source;
        this.converted = converted;
        this.chapterNumbers = source.guide().chapterNumbers();
    }

    /**
     * JBake's parse, from the page as the loader read it: JBake's own reads the file again and joins
     * its lines into a body that {@link #processBody} then replaces (a tenth of a second a rebuild
     * at 1,000 chapters). The rest is as JBake does it: the file's time when the header gives no
     * date, the configured status and type when it gives none, and no page without both.
     */
    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        Page page = source.page(file.toPath());
        if (page == null) {
            return null; // a partial (_name.adoc): JBake skips it
        }
        ParserContext context = new ParserContext(file, page.lines(), config, false);
        processHeader(context);
        if (context.getDate() == null) {
            context.setDate(new Date(file.lastModified()));
        }
        if (config.getDefaultStatus() != null && context.getStatus().isEmpty()) {
            context.setDefaultStatus();
        }
        if (config.getDefaultType() != null && context.getType().isEmpty()) {
            context.setDefaultType();
        }
        if (context.getType().isEmpty() || context.getStatus().isEmpty()) {
            return null;
        }
        processBody(context);
        return context.getDocumentModel();
    }

    @Override
    public void processHeader(ParserContext context) {
        Page page = source.page(context.getFile().toPath());
        if (page == null) {
            return; // a partial (_name.adoc): with no type, JBake skips it
        }
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
        ConvertedPages.RenderedPage page = converted.at(page(context).uri());
        Integer chapter = chapterNumbers.get(page.uri());
        String body = HeadingLinks.linked(page.bodyHtml());
        context.setBody(chapter == null ? body : SelfCheckNumbers.numbered(body, chapter));
        context.getDocumentModel().put("toc", page.toc());
    }

    private Page page(ParserContext context) {
        Page page = source.page(context.getFile().toPath());
        if (page == null) {
            throw new IllegalStateException("not read by the loader: " + context.getFile());
        }
        return page;
    }
}
