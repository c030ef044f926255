package org.kotkinguide.render;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.extension.JavaExtensionRegistry;
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
 * Bakes the guide's website into a folder with JBake: our AsciiDoc engine and macros for the
 * content, our template engine for the pages. Errors are collected, not thrown, so the author sees
 * them all.
 */
public final class SiteRenderer {
    private SiteRenderer() {
    }

    /** Bakes the site into {@code destination}; returns each page's converted HTML for later stages. */
    public static RenderedPages render(GuideSource source, PageTemplates templates, Path destination, ContentErrors errors) {
        Asciidoctor asciidoctor = AsciidoctorRuntime.get();
        synchronized (asciidoctor) {
            registerMacros(asciidoctor, source, errors);
            RenderedPages rendered = PageConverter.convertAll(source, errors);
            Engines.register("adoc", new GuideAsciidocEngine(source, rendered));

            DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(source.folder().toFile(), destination.toFile(), true);
            config.setDatabaseStore("memory");
            config.setDatabasePath("guide-" + System.nanoTime());
            Utensils utensils = UtensilsFactory.createDefaultUtensils(config);
            utensils.setRenderer(new Renderer(utensils.getContentStore(), config,
                    new SiteTemplateEngine(utensils.getContentStore(), config, templates)));
            Oven oven = new Oven(utensils);
            oven.bake();
            for (Throwable error : oven.getErrors()) {
                if (errors.isEmpty()) {
                    errors.add("(site)", 0, String.valueOf(error.getMessage()));
                }
            }
            return rendered;
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
