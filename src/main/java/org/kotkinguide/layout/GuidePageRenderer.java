package org.kotkinguide.layout;

import java.nio.charset.Charset;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.kotkinguide.check.AllowlistQueue;

/**
 * JBake's renderer for the guide's pages. A page goes where JBake puts it (its URI with its type's
 * output extension, and the draft suffix for a draft) but is laid out by the {@link LayoutCache}
 * and written through {@link SiteFiles}: JBake's own renderer creates a new file before it runs a
 * template, and creating files is most of the time of a rebuild in which few pages changed.
 * JBake's own pages (index, feed, sitemap, archive, tags, 404) would run a template through JBake's
 * Freemarker, which has none of the guide's safety settings (see {@link PageTemplates}): asking for
 * one with a {@code render.*=true} line fails the build.
 */
final class GuidePageRenderer extends Renderer {
    private final JBakeConfiguration config;
    private final LayoutCache layouts;
    private final SiteFiles files;
    private final Charset encoding;
    /** The pages laid out and left to the allowlist on other cores, each written once cleaned, in order. */
    private final AllowlistQueue cleaning;

    GuidePageRenderer(ContentStore store, JBakeConfiguration config, LayoutCache layouts, SiteFiles files) {
        super(store, config);
        this.config = config;
        this.layouts = layouts;
        this.files = files;
        this.encoding = Charset.forName(config.getRenderEncoding());
        this.cleaning = layouts.cleaningQueue();
    }

    /** Reads ahead, on every core, the kept layouts of {@code pages}, which are then rendered one by one. */
    void prepare(java.util.List<DocumentModel> pages) {
        layouts.takeAheadFromDisk(
                pages, page -> config.getTemplateFileByDocType(page.getType()).getName(), encoding);
    }

    @Override
    public void render(DocumentModel content) throws Exception {
        String type = content.getType();
        String uri = content.getUri();
        String name = uri.lastIndexOf('.') > uri.lastIndexOf('/') ? uri.substring(0, uri.lastIndexOf('.')) : uri;
        if (ModelAttributes.Status.DRAFT.equals(content.getStatus())) {
            name += config.getDraftSuffix();
        }
        String file = name + config.getOutputExtensionByDocType(type);
        layouts.html(
                config.getTemplateFileByDocType(type).getName(),
                content,
                encoding,
                cleaning,
                html -> files.write(file, html));
    }

    /** Writes the pages still being cleaned on other cores ({@link #render} leaves them behind). */
    void finish() throws java.io.IOException {
        cleaning.finish();
    }

    @Override
    public void renderIndex(String indexFile) {
        throw refused("render.index");
    }

    @Override
    public void renderIndexPaging(String indexFile) {
        throw refused("render.index");
    }

    @Override
    public void renderSitemap(String sitemapFile) {
        throw refused("render.sitemap");
    }

    @Override
    public void renderFeed(String feedFile) {
        throw refused("render.feed");
    }

    @Override
    public void renderArchive(String archiveFile) {
        throw refused("render.archive");
    }

    @Override
    public void renderError404(String errorFile) {
        throw refused("render.error404");
    }

    @Override
    public int renderTags(String tagPath) {
        throw refused("render.tags");
    }

    private static JBakePageRefused refused(String setting) {
        return new JBakePageRefused(setting);
    }

    /** A {@code render.*=true} setting: JBake's own pages would run templates outside the guide's safety settings. */
    static final class JBakePageRefused extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        final String setting;

        JBakePageRefused(String setting) {
            super(setting + "=true asks JBake for a page of its own, which this build does not make (the guide's pages"
                    + " come from content/, the rest from the build itself): set " + setting + "=false");
            this.setting = setting;
        }
    }
}
