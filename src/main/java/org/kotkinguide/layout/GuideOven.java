package org.kotkinguide.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.apache.commons.lang3.LocaleUtils;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentTypes;
import org.jbake.render.RenderingTool;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.template.RenderingException;

/**
 * JBake's bake, in JBake's order (document types, crawl, render, assets), without its database.
 * {@link Oven#bake()} first opens an OrientDB database and creates its schema; our pages live in a
 * {@link PageStore} in memory, so that database would only be made and thrown away: about 0.15 s of
 * every bake, more in a fresh JVM, and a timer thread left running.
 */
final class GuideOven extends Oven {
    private final Utensils utensils;
    private final List<Throwable> errors = new ArrayList<>();
    private final AssetCopy assets;

    /**
     * Puts the theme's and the guide's assets into the site, then the content folder's files that are
     * not pages (instead of JBake's copy of the guide's assets and of the content's other files).
     */
    interface AssetCopy {
        void copy() throws java.io.IOException;
    }

    GuideOven(Utensils utensils, AssetCopy assets) {
        super(utensils); // checks the configuration: folders exist, templates are there
        this.utensils = utensils;
        this.assets = assets;
    }

    @Override
    public void bake() {
        JBakeConfiguration config = utensils.getConfiguration();
        if (config.getJvmLocale() != null) {
            Locale.setDefault(LocaleUtils.toLocale(config.getJvmLocale()));
        }
        registerDocumentTypes(config);
        Crawler crawler = utensils.getCrawler();
        crawler.crawl();
        crawler.crawlDataFiles();
        for (RenderingTool tool : ServiceLoader.load(RenderingTool.class)) {
            try {
                tool.render(utensils.getRenderer(), utensils.getContentStore(), config);
            } catch (RenderingException e) {
                errors.add(e);
            }
        }
        // instead of JBake's copies, which skip hidden files but not the files inside a hidden folder
        // (content/.secret/key.txt) nor an editor's backups (chapter.adoc~)
        try {
            assets.copy();
        } catch (java.io.IOException e) {
            // a file that could not be copied or written (a full disk): the build stops there, naming it
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** As JBake does: one type per {@code template.<type>.file} line, and its data files' type. */
    private static void registerDocumentTypes(JBakeConfiguration config) {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        config.getDocumentTypes().forEach(DocumentTypes::addDocumentType);
        DocumentTypes.addDocumentType(config.getDataFileDocType());
    }

    @Override
    public List<Throwable> getErrors() {
        return List.copyOf(errors);
    }
}
