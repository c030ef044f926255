package org.kotkinguide.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Guide;
import org.kotkinguide.model.Term;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Renders JBake's pages with Freemarker, handing each template the guide's model ({@code guide}) and
 * what is particular to the page ({@code page}) instead of letting templates query JBake's content
 * store. HTML auto-escaping is on: anything from content is escaped unless a template says
 * {@code ?no_esc} (only for HTML that Asciidoctor produced).
 */
public final class SiteTemplateEngine extends DelegatingTemplateEngine {
    private final Configuration freemarker;
    private final GuideSource source;
    private final ContentErrors errors;

    public SiteTemplateEngine(ContentStore db, JBakeConfiguration config, GuideSource source, ContentErrors errors) {
        super(db, config);
        this.source = source;
        this.errors = errors;
        this.freemarker = new Configuration(Configuration.VERSION_2_3_33);
        try {
            freemarker.setDirectoryForTemplateLoading(source.templateFolder().toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read templates: " + e.getMessage(), e);
        }
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        DocumentModel content = model.getContent();
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(dataFor(content), writer);
        } catch (TemplateException e) {
            errors.add(templateFile(e.getTemplateSourceName()), Objects.requireNonNullElse(e.getLineNumber(), 0),
                    e.getMessageWithoutStackTop().lines().findFirst().orElse("template error")
                            + " (rendering " + content.get("sourcefile") + ")");
            throw new RenderingException(e);
        } catch (IOException e) {
            errors.add(templateFile(templateName), 0, "cannot read template: " + e.getMessage());
            throw new RenderingException(e);
        }
    }

    private Map<String, Object> dataFor(DocumentModel content) {
        Guide guide = source.guide();
        String uri = content.getUri();
        Map<String, Object> page = new HashMap<>();
        page.put("root", "../".repeat((int) uri.chars().filter(c -> c == '/').count()));
        page.put("uri", uri);
        Chapter chapter = guide.chapterAt(uri);
        if (chapter != null) {
            page.put("chapter", chapter);
            if (guide.previous(chapter) != null) {
                page.put("previous", guide.previous(chapter));
            }
            if (guide.next(chapter) != null) {
                page.put("next", guide.next(chapter));
            }
        }
        Term term = guide.terms().stream().filter(t -> t.uri().equals(uri)).findFirst().orElse(null);
        if (term != null) {
            page.put("term", term);
            page.put("related", term.related().stream().map(guide::term).filter(Objects::nonNull).toList());
            page.put("appearsIn", guide.termUsagesOf(term.id()));
        }
        Map<String, Object> data = new HashMap<>();
        data.put("content", content);
        data.put("guide", guide);
        data.put("page", page);
        return data;
    }

    private String templateFile(String name) {
        Path folder = source.folder().relativize(source.templateFolder());
        return folder.resolve(name == null ? "?" : name).toString().replace('\\', '/');
    }
}
