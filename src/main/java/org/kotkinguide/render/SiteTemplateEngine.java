package org.kotkinguide.render;

import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.Writer;

/**
 * JBake's template engine for this guide: every page goes through {@link PageTemplates}, which
 * hands templates the guide's model instead of letting them query JBake's content store.
 */
public final class SiteTemplateEngine extends DelegatingTemplateEngine {
    private final PageTemplates templates;

    public SiteTemplateEngine(ContentStore db, JBakeConfiguration config, PageTemplates templates) {
        super(db, config);
        this.templates = templates;
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        DocumentModel content = model.getContent();
        try {
            templates.render(templateName, content, content.getUri(), writer);
        } catch (IOException e) {
            throw new RenderingException(e);
        }
    }
}
