package org.kotkinguide.render;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.extension.JavaExtensionRegistry;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.kotkinguide.cite.CitationMacro;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.glossary.GlossaryTermMacro;

import java.nio.file.Path;

/**
 * Makes the guide's website in two steps: convert every page's AsciiDoc with our macros, then bake
 * the site with JBake (our AsciiDoc engine hands it the converted pages, our template engine lays
 * them out). Errors are collected, not thrown, so the author sees them all.
 */
public final class SiteRenderer {
    private SiteRenderer() {
    }

    /** Converts every page, taking those unchanged since the last build from {@code cache}. */
    public static RenderedPages convert(GuideSource source, ContentErrors errors, ConversionCache cache) {
        Asciidoctor asciidoctor = AsciidoctorRuntime.get();
        synchronized (asciidoctor) {
            registerMacros(asciidoctor, source, errors);
            return PageConverter.convertAll(source, errors, cache);
        }
    }

    /** Bakes the converted pages into {@code destination} through the guide's templates. */
    public static void bake(GuideSource source, RenderedPages rendered, PageTemplates templates, Path destination,
                            ContentErrors errors) {
        synchronized (Engines.class) {
            Engines.register("adoc", new GuideAsciidocEngine(source, rendered));
            DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(source.folder().toFile(), destination.toFile(), true);
            Utensils utensils = UtensilsFactory.createDefaultUtensils(config);
            PageStore store = new PageStore();
            utensils.setContentStore(store);
            utensils.setCrawler(new Crawler(store, config));
            utensils.setRenderer(new Renderer(store, config, new SiteTemplateEngine(store, config, templates)));
            Oven oven = new GuideOven(utensils);
            oven.bake();
            for (Throwable error : oven.getErrors()) {
                if (errors.isEmpty()) {
                    errors.add("(site)", 0, String.valueOf(error.getMessage()));
                }
            }
        }
    }

    /** The macros read this build's guide, so they are registered afresh for every build. */
    public static void registerMacros(Asciidoctor asciidoctor, GuideSource source, ContentErrors errors) {
        asciidoctor.unregisterAllExtensions();
        JavaExtensionRegistry registry = asciidoctor.javaExtensionRegistry();
        registry.inlineMacro(new GlossaryTermMacro(source, errors));
        registry.inlineMacro(new CitationMacro(source, errors));
    }
}
