package org.kotkinguide.layout;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.apache.commons.configuration2.SystemConfiguration;
import org.apache.commons.configuration2.builder.fluent.Configurations;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.parser.Engines;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.convert.ConvertedPages;

/**
 * The lay-out stage: JBake bakes the converted pages into the site through the guide's Freemarker
 * templates (our AsciiDoc engine hands JBake the converted pages, our renderer lays them out).
 * Errors are collected, not thrown, so the author sees them all.
 */
public final class SiteBake {
    private SiteBake() {}

    /**
     * Bakes the converted pages into the staging folder of {@code files} through the guide's
     * templates, taking the pages whose layout cannot have changed since the last build from
     * {@code layouts}.
     */
    public static void bake(
            GuideSource source,
            ConvertedPages rendered,
            PageTemplates templates,
            LayoutCache layouts,
            SiteFiles files,
            ContentErrors errors) {
        synchronized (Engines.class) {
            layouts.startBuild(source, templates);
            Engines.register("adoc", new ConvertedPageEngine(source, rendered));
            OtherMarkupRefused otherMarkup = new OtherMarkupRefused(source, errors);
            OtherMarkupRefused.EXTENSIONS.forEach(extension -> Engines.register(extension, otherMarkup));
            Engines.getRecognizedExtensions().stream()
                    .filter(extension -> !extension.equals("adoc"))
                    .forEach(extension -> Engines.register(extension, otherMarkup));
            DefaultJBakeConfiguration config = configuration(source, files);
            Utensils utensils = UtensilsFactory.createDefaultUtensils(config);
            PageStore store = new PageStore();
            utensils.setContentStore(store);
            utensils.setCrawler(new Crawler(store, config));
            utensils.setRenderer(new GuidePageRenderer(store, config, layouts, files));
            Oven oven = new GuideOven(utensils, () -> {
                SiteAssets.write(source, files);
                SiteAssets.writeContentFiles(source, files);
            });
            oven.bake();
            for (Throwable error : oven.getErrors()) {
                if (error.getCause() instanceof GuidePageRenderer.JBakePageRefused refused) {
                    errors.add("jbake.properties", source.settingLine(refused.setting), refused.getMessage());
                } else if (errors.isEmpty()) {
                    errors.add("(site)", 0, String.valueOf(error.getMessage()));
                }
            }
            if (errors.isEmpty()) {
                layouts.endBuild();
            }
        }
    }

    /**
     * JBake's configuration from the guide's settings as {@link org.kotkinguide.settings.SettingsFile} read
     * them, over JBake's defaults, as JBake would layer its own reading of {@code jbake.properties}: JBake
     * is never left to parse the file a second way.
     */
    private static DefaultJBakeConfiguration configuration(GuideSource source, SiteFiles files) {
        CompositeConfiguration layers = new CompositeConfiguration();
        layers.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        MapConfiguration guide = new MapConfiguration(
                new java.util.HashMap<String, Object>(source.settings().values()));
        guide.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        layers.addConfiguration(guide);
        try {
            java.net.URL defaults = Oven.class.getClassLoader().getResource("default.properties");
            layers.addConfiguration(new Configurations().properties(defaults));
        } catch (ConfigurationException e) {
            throw new IllegalStateException("JBake's default.properties cannot be read", e);
        }
        layers.addConfiguration(new SystemConfiguration());
        // what JBake's deprecated four-argument factory method does, without the deprecation
        DefaultJBakeConfiguration configuration =
                new DefaultJBakeConfiguration(source.folder().toFile(), layers);
        configuration.setDestinationFolder(files.staging().toFile());
        if (!java.nio.file.Files.isDirectory(source.templateFolder())) {
            // JBake wants the folder to exist, and uses it only for the templates' names: the templates
            // themselves come from the guide's folder and then the tool's (see PageTemplates)
            configuration.setTemplateFolder(source.folder().toFile());
        }
        configuration.setClearCache(true);
        return configuration;
    }
}
