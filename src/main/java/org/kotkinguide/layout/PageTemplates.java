package org.kotkinguide.layout;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.LastUpdated;
import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Guide;
import org.kotkinguide.model.Term;

/**
 * The guide's Freemarker templates. Each template gets the guide's model ({@code guide}), the page's
 * own content ({@code content}: title, body, toc...) and what is particular to the page
 * ({@code page}: its root path, chapter neighbours, term...). HTML auto-escaping is on: anything
 * from content is escaped unless a template says {@code ?no_esc} (only for Asciidoctor's HTML).
 */
public final class PageTemplates {
    private final Configuration freemarker;
    private final GuideSource source;
    private final ContentErrors errors;
    private final boolean withPdf;
    private final int navMax;
    /** Looked up once per build, not searched for on every page: at 1,000 chapters that was a million comparisons. */
    private final Map<String, Integer> chapterNumbers;

    private final Map<String, Term> termsByUri = new HashMap<>();
    /** Each term's place in the glossary's A–Z order, for the previous/next links of term pages. */
    private final Map<String, Integer> termNumbers = new HashMap<>();

    private final Map<String, org.kotkinguide.content.Page> pagesByUri = new HashMap<>();
    private final LastUpdated lastUpdated;
    /** Templates the settings name that do not exist: said once at the setting, not again for every page. */
    private final Set<String> missingTemplates = new java.util.HashSet<>();
    /** "Cite this page" for chapters and terms, formatted once a build when a page first asks. */
    private org.kotkinguide.cite.PageCitation citations;

    private org.kotkinguide.cache.DiskCache disk = org.kotkinguide.cache.DiskCache.off();

    private final String templateFiles;

    /** @param withPdf whether this build makes the PDFs, so pages may link to them */
    public PageTemplates(GuideSource source, ContentErrors errors, boolean withPdf) {
        // before Freemarker reads any (checkTemplateSettings parses the page templates): a template saved
        // between its read and its hash would be recorded as the new text over pages laid out from the old
        this.templateFiles = templateFiles(source);
        this.source = source;
        this.errors = errors;
        this.withPdf = withPdf;
        this.navMax = source.settings().navMaxChapters();
        this.chapterNumbers = source.guide().chapterNumbers();
        List<Term> terms = source.guide().terms();
        for (int i = 0; i < terms.size(); i++) {
            termsByUri.put(terms.get(i).uri(), terms.get(i));
            termNumbers.put(terms.get(i).uri(), i);
        }
        pagesByUri.putAll(source.pagesByUri());
        this.lastUpdated = LastUpdated.of(source, source.guide().settings().language());
        this.freemarker = new Configuration(Configuration.VERSION_2_3_33);
        // not the JVM's: under an Arabic locale "Chapter 1 of 4" came out in Arabic digits, and Turkish
        // would capitalise an i as İ; the labels are English, and the output must not depend on the machine
        freemarker.setLocale(java.util.Locale.ROOT);
        freemarker.setTemplateLoader(loaders(source));
        // one build, one version of each template: Freemarker would look again after 5 s, and a template
        // saved during a long layout would lay out some pages from each text (each build has its own)
        freemarker.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        RemoteLoads.check(source, errors);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        lockDown(freemarker);
        checkTemplateSettings();
    }

    /**
     * Each {@code template.<type>.file} must name a template: a missing one is said at its line of
     * jbake.properties, once, before any page is laid out with it.
     */
    private void checkTemplateSettings() {
        for (String type : new java.util.TreeSet<>(source.settings().documentTypes())) {
            String key = "template." + type + ".file";
            String name = source.settings().values().getOrDefault(key, "");
            if (name.isEmpty()) {
                continue;
            }
            try {
                freemarker.getTemplate(name);
            } catch (freemarker.template.TemplateNotFoundException e) {
                missingTemplates.add(name);
                errors.add(
                        org.kotkinguide.settings.SettingsFile.NAME,
                        source.settingLine(key),
                        key + "=" + name + ": there is no template " + name + " in "
                                + source.settings().templateFolder() + "/");
            } catch (IOException e) {
                // a template that is there but does not parse is reported where it is wrong, when it is used
            }
        }
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

    /** What {@link #templateFiles(GuideSource)} found when this build's templates were set up. */
    public String templateFiles() {
        return templateFiles;
    }

    /** The pages' days from git, as {@link LastUpdated#key()} gives them: what a cache of laid-out pages keys on. */
    public String lastUpdatedKey() {
        return lastUpdated.key();
    }

    /** Every page's day as its "Last updated" line and "Cite this page" give it, for a key. */
    public String pageDaysKey() {
        return lastUpdated.daysOf(pagesByUri.values());
    }

    /** Whether pages may link to the PDFs. */
    public boolean withPdf() {
        return withPdf;
    }

    /**
     * Renders {@code templateName} for the page at {@code uri}; a template error is recorded with the
     * template's file and line, and rethrown so the page is not written half-done.
     */
    public void render(String templateName, Map<String, Object> content, String uri, Writer writer) throws IOException {
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(dataFor(content, uri), writer);
        } catch (TemplateException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ParseException parse) {
                    reportParseError(parse, content, uri);
                    throw new IOException(e);
                }
            }
            // one error for all the pages the template lays out: no page is named, so the copies are one
            errors.add(
                    display(e.getTemplateSourceName()),
                    Objects.requireNonNullElse(e.getLineNumber(), 0),
                    firstSentence(e.getMessageWithoutStackTop()));
            throw new IOException(e);
        } catch (ParseException e) {
            // the page's template, or a partial it includes (reported where it is wrong, not where it is included)
            reportParseError(e, content, uri);
            throw e;
        } catch (StackOverflowError e) {
            // a macro or an #include that calls itself for ever: said at the call, not as a Java error
            EndlessCalls.Call call = EndlessCalls.in(freemarker, templateName);
            if (call != null) {
                errors.add(display(call.template()), call.line(), call.problem());
            } else {
                errors.add(
                        display(templateName),
                        0,
                        "laying out " + uri + " ran out of stack: a macro or an #include in the templates calls"
                                + " itself (perhaps through another) without end");
            }
            throw new IOException("the templates call themselves without end", e);
        } catch (IOException e) {
            if (!missingTemplates.contains(templateName)) {
                errors.add(display(templateName), 0, "cannot read template: " + e.getMessage());
            }
            throw e;
        }
    }

    /**
     * What the allowlist took out of a page the templates laid out just now: the author's text was
     * checked at its line before, so it came from a template (or text that hid it from that check).
     */
    public void reportDropped(String uri, java.util.List<String> dropped) {
        for (String problem : dropped) {
            errors.add(
                    display(""),
                    0,
                    problem + " (a template wrote it, on " + pageCount(problem, uri)
                            + "; the published pages leave it out)");
        }
    }

    /** One error for all the pages a template's mistake is on: the first page is named, and the count is not. */
    private final java.util.Map<String, String> firstPageDropping = new java.util.concurrent.ConcurrentHashMap<>();

    private String pageCount(String problem, String uri) {
        String first = firstPageDropping.computeIfAbsent(problem, p -> uri);
        return first + " and any other page it lays out";
    }

    private void reportParseError(ParseException e, Map<String, Object> content, String uri) {
        errors.add(display(e.getTemplateName()), e.getLineNumber(), firstSentence(e.getEditorMessage()));
    }

    /**
     * Freemarker's message without its tips and stack: its first line, and when that ends in a colon
     * ("The following has evaluated to null or missing:") the expression it names on the next
     * ("==> chapter.titel  [in template ...]"), and any reason or warning it gives after that (a
     * template name written with a backslash).
     */
    static String firstSentence(String message) {
        List<String> lines =
                message.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return "template error";
        }
        String first = lines.get(0);
        if (first.endsWith(":") && lines.size() > 1) {
            String expression = lines.get(1).replaceFirst("^==>\\s*", "").replaceFirst("\\s*\\[in template .*$", "");
            // "Template inclusion failed (...):" then "Template not found for name ..." and, further on, why
            String why = lines.stream()
                    .skip(2)
                    .takeWhile(l -> !l.startsWith("----"))
                    .filter(l -> l.startsWith("Reason given:") || l.startsWith("Warning:"))
                    .collect(java.util.stream.Collectors.joining(" "));
            return first + " " + expression + (why.isEmpty() ? "" : " " + why);
        }
        return first;
    }

    private Map<String, Object> dataFor(Map<String, Object> content, String uri) {
        Guide guide = source.guide();
        Map<String, Object> page = new HashMap<>();
        // a page that may be served anywhere (404.html) names the site's absolute root instead
        Object siteRoot = content.get("siteRoot");
        page.put(
                "root",
                siteRoot instanceof String root && !root.isEmpty()
                        ? root
                        : "../".repeat((int) uri.chars().filter(c -> c == '/').count()));
        page.put("uri", uri);
        String host = source.settings().siteHost();
        if (!host.isEmpty()) {
            page.put("canonical", host + (uri.equals("index.html") ? "" : uri));
        }
        if (withPdf) {
            page.put("pdf", "downloads/study-guide.pdf");
        }
        org.kotkinguide.content.Page sourcePage = pagesByUri.get(uri);
        LastUpdated.Day updated = sourcePage == null ? null : lastUpdated.of(sourcePage);
        if (updated != null) {
            page.put("updated", updated);
        }
        List<Chapter> chapters = guide.chapters();
        Integer number = chapterNumbers.get(uri);
        Chapter chapter = number == null ? null : chapters.get(number - 1);
        page.put("nav", ChapterNav.around(chapters, number == null ? 0 : number, navMax));
        if (chapter != null) {
            page.put("chapter", chapter);
            page.put("chapterNumber", number);
            if (withPdf) {
                page.put("handout", "downloads/handouts/" + chapter.slug() + ".pdf");
            }
            if (number > 1) {
                page.put("previous", chapters.get(number - 2));
            }
            if (number < chapters.size()) {
                page.put("next", chapters.get(number));
            }
        }
        Term term = termsByUri.get(uri);
        if (term != null) {
            page.put("term", term);
            page.put(
                    "related",
                    term.related().stream()
                            .map(guide::term)
                            .filter(Objects::nonNull)
                            .toList());
            page.put("appearsIn", guide.termUsagesOf(term.id()));
            int at = termNumbers.get(uri);
            if (at > 0) {
                page.put("previousTerm", guide.terms().get(at - 1));
            }
            if (at < guide.terms().size() - 1) {
                page.put("nextTerm", guide.terms().get(at + 1));
            }
        }
        org.kotkinguide.cite.PageCitation.Entry citation = citations().at(uri);
        if (citation != null) {
            page.put("citation", citation);
        }
        Map<String, Object> data = new HashMap<>();
        data.put("content", content);
        data.put("guide", guide);
        data.put("page", page);
        return data;
    }

    /** This build's page references (see {@link org.kotkinguide.cite.PageCitation}). */
    public synchronized org.kotkinguide.cite.PageCitation citations() {
        if (citations == null) {
            Map<String, java.time.LocalDate> updated = new HashMap<>();
            pagesByUri.forEach((uri, page) -> {
                LastUpdated.Day day = lastUpdated.of(page);
                if (day != null) {
                    updated.put(uri, java.time.LocalDate.parse(day.iso()));
                }
            });
            citations = KeptCitations.of(source, updated, disk);
        }
        return citations;
    }

    /**
     * Keeps "Cite this page" between builds in {@code disk}: formatting every page's reference with
     * citeproc was most of laying out one edited page in a new process.
     */
    public void keepOn(org.kotkinguide.cache.DiskCache disk) {
        this.disk = disk;
    }

    private String display(String templateName) {
        return display(source, templateName);
    }

    /** Where a template is: the guide's file, or the tool's (which the author can copy into the guide to change). */
    private static String display(GuideSource source, String templateName) {
        Path folder = source.folder().relativize(source.templateFolder());
        String name = folder.resolve(templateName == null ? "?" : templateName)
                .toString()
                .replace('\\', '/');
        // the templates folder as a whole ("") is the guide's, whichever files it holds
        return templateName == null
                        || templateName.isEmpty()
                        || Files.isRegularFile(source.templateFolder().resolve(templateName))
                ? name
                : name + " (the tool's own)";
    }
}
