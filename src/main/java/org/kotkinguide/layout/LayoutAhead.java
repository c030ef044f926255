package org.kotkinguide.layout;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.kotkinguide.cache.DiskCache;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.LastUpdated;
import org.kotkinguide.content.Theme;

/**
 * What laying out the pages needs that no conversion changes, made before the pages are converted: the
 * guide's Freemarker templates, set up and parsed, and "Cite this page" for every page. In a new JVM
 * Freemarker's first parse takes about 0.2 s and citeproc's formatting of the references 0.15 s, which
 * the build then spends while JRuby starts on the other thread (it would wait for JRuby there) instead of
 * after the conversion. A template that does not parse is kept as its error by Freemarker and reported
 * where a page uses it, as before; "Cite this page" is used only if the converted guide has the same
 * pages, titles and days it was made from (its key says so).
 */
public final class LayoutAhead {
    final Configuration freemarker;
    /** The guide's template files with their states, noted before Freemarker read any (see {@link #of}). */
    final String templateFiles;

    final KeptCitations.Made citations;

    private LayoutAhead(Configuration freemarker, String templateFiles, KeptCitations.Made citations) {
        this.freemarker = freemarker;
        this.templateFiles = templateFiles;
        this.citations = citations;
    }

    /**
     * Sets up Freemarker for {@code source}'s templates, parses every one of them, the tool's and the guide's,
     * and formats "Cite this page" (kept in {@code disk} between builds).
     */
    public static LayoutAhead of(GuideSource source, DiskCache disk) {
        // before Freemarker reads any: a template saved between its read and its hash would be recorded as
        // the new text over pages laid out from the old
        String files = templateFiles(source);
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_33);
        // not the JVM's: under an Arabic locale "Chapter 1 of 4" came out in Arabic digits, and Turkish
        // would capitalise an i as İ; the labels are English, and the output must not depend on the machine
        freemarker.setLocale(java.util.Locale.ROOT);
        freemarker.setTemplateLoader(loaders(source));
        // one build, one version of each template: Freemarker would look again after 5 s, and a template
        // saved during a long layout would lay out some pages from each text (each build has its own)
        freemarker.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        lockDown(freemarker);
        for (String name : templateNames(source)) {
            try {
                freemarker.getTemplate(name);
            } catch (IOException e) {
                // a template that does not parse is reported where a page uses it
            }
        }
        KeptCitations.Made citations = PageTemplates.cite(
                source, LastUpdated.of(source, source.guide().settings().language()), disk, null);
        return new LayoutAhead(freemarker, files, citations);
    }

    /** Every template's name, the tool's and the guide's ('/' between folders). */
    private static TreeSet<String> templateNames(GuideSource source) {
        TreeSet<String> names = new TreeSet<>();
        for (Path folder : List.of(Theme.toolTemplates(), source.templateFolder())) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(file -> file.getFileName().toString().endsWith(".ftlh") && Files.isRegularFile(file))
                        .forEach(file ->
                                names.add(folder.relativize(file).toString().replace('\\', '/')));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the templates in " + folder, e);
            }
        }
        return names;
    }

    /**
     * The guide's own templates first, then the tool's: a guide overrides the theme file by file
     * (a guide with only {@code templates/partials/footer.ftlh} gets that footer and the rest from the tool).
     */
    private static TemplateLoader loaders(GuideSource source) {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(source.templateFolder())) {
            try {
                loaders.add(new FileTemplateLoader(source.templateFolder().toFile()));
            } catch (IOException e) {
                throw new org.kotkinguide.content.GuideBuildException(
                        source.settings().templateFolder(), 0, "cannot read the guide's templates: " + e.getMessage());
            }
        }
        // the tool's are in its jar (or classes folder) under theme/templates, as the pom packs them
        loaders.add(new ClassTemplateLoader(PageTemplates.class, "/theme/templates"));
        return new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0]));
    }

    /**
     * A guide's templates come from its author, and run on every build and preview rebuild: they may
     * lay out pages but not run a command, create a Java object ({@code "...Execute"?new()}) or reach
     * the Java API ({@code ?api}, {@code getClass()}) of what they are given.
     */
    static void lockDown(Configuration freemarker) {
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33);
        wrapper.setMemberAccessPolicy(TemplateAccess.INSTANCE);
        wrapper.setExposeFields(false);
        freemarker.setObjectWrapper(wrapper.build());
    }

    /**
     * The guide's template files, each with its state, one per line: recorded as this build's inputs
     * (Freemarker reads them itself) and hashed into the key of every laid-out page.
     */
    private static String templateFiles(GuideSource source) {
        StringBuilder files = new StringBuilder();
        for (Path file : source.inputs().noteAll(source.templateFolder())) {
            files.append(source.templateFolder().relativize(file))
                    .append('\u0000')
                    .append(org.kotkinguide.content.BuildInputs.state(file))
                    .append('\n');
        }
        return files.toString();
    }
}
