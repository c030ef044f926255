package org.kotkinguide.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Guide;
import org.kotkinguide.model.Term;
import org.kotkinguide.model.Timeline;
import org.kotkinguide.model.Usages;
import org.kotkinguide.settings.Settings;
import org.kotkinguide.settings.SettingsException;
import org.kotkinguide.settings.SettingsFile;

/**
 * Reads a guide folder into a {@link GuideSource}: its settings (read by {@link SettingsFile}), the header of every
 * {@code .adoc} page under the content folder, and the BibTeX references. Every problem found is
 * reported with its file and line, all of them in one go.
 */
public final class GuideLoader {
    /** Pages the build writes itself (the assemble stage): a page of the guide's own may not take their place. */
    public static final Set<String> MADE_BY_THE_BUILD =
            Set.of("search.html", "404.html", "all.html", "download.html", "flashcards.html", "whos-who.html");
    /** Folders whose pages the build writes itself (the chapters' flashcard decks). */
    public static final Set<String> FOLDERS_MADE_BY_THE_BUILD = Set.of("flashcards/");

    /**
     * Every folder the build makes (a site, a folder of handouts, a folder it builds in) holds this file. A build
     * replaces no folder without it, except an empty one: an output folder named by mistake is never deleted.
     */
    public static final String SITE_MARKER = ".study-guide-site";

    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");

    private final Path folder;
    private final ContentErrors errors = new ContentErrors();
    /** Every file this load reads goes through here; the build's later stages add theirs. */
    private final BuildInputs inputs;

    private GuideLoader(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.inputs = new BuildInputs(this.folder);
    }

    /**
     * The guide's settings (see {@link SettingsFile}); a mistake in them is a {@link GuideBuildException} at its
     * line, carrying the warnings a good file would get (an unknown key, a key set twice), which nothing later says.
     */
    public static Settings settings(Path folder) {
        try {
            return SettingsFile.read(folder.toAbsolutePath().normalize());
        } catch (SettingsException e) {
            List<ContentError> errors = e.problems().stream()
                    .map(p -> atTheSlip(p, e.unknownKeys()))
                    .toList();
            // a slip an error names ('guide.readings' for the missing guide.reading) is one mistake, said once
            Set<Integer> errorLines = new HashSet<>();
            errors.forEach(error -> errorLines.add(error.line()));
            throw new GuideBuildException(
                    errors,
                    GuideSource.settingsWarnings(e.unknownKeys(), e.repeatedKeys(), e.knownKeys()).stream()
                            .filter(warning -> !errorLines.contains(warning.line()))
                            .toList());
        }
    }

    /**
     * A required setting left out, said at the line of a key nothing reads that is a slip of it
     * ({@code guide.readings=}, {@code Guide.Title=}), with the key meant; any other problem as it is.
     */
    private static ContentError atTheSlip(SettingsException.Problem problem, List<Settings.UnknownKey> unknownKeys) {
        if (problem.message().startsWith(SettingsFile.MISSING)) {
            String key = problem.message().substring(SettingsFile.MISSING.length());
            for (Settings.UnknownKey unknown : unknownKeys) {
                String meant = Suggestions.didYouMean(unknown.key(), List.of(key));
                if (!meant.isEmpty()) {
                    return new ContentError(
                            SettingsFile.NAME,
                            unknown.line(),
                            problem.message() + ": '" + unknown.key() + "' on this line is no setting" + meant);
                }
            }
        }
        return new ContentError(SettingsFile.NAME, problem.line(), problem.message());
    }

    public static GuideSource load(Path folder) {
        return load(folder, settings(folder));
    }

    /** Loads the guide in {@code folder}, whose settings were read already. */
    public static GuideSource load(Path folder, Settings settings) {
        return new GuideLoader(folder).load(settings);
    }

    private GuideSource load(Settings settings) {
        // as the settings were read, before any stage: noted now, a save meanwhile would be recorded as read
        inputs.addAll(java.util.Map.of(
                "file " + BuildInputs.place(inputs.guide(), folder.resolve(SettingsFile.NAME)), settings.fileSha256()));
        FolderBoundary.check(folder, settings, errors);
        errors.throwIfAny();
        Set<String> types = settings.documentTypes();
        Path content = folder.resolve(settings.contentFolder());
        if (!Files.isDirectory(content)) {
            throw new GuideBuildException(display(content), 0, "missing: the guide's pages go in this folder");
        }
        Map<Path, Page> pages = readPages(content);
        errors.throwIfAny();

        List<Chapter> chapters = new ArrayList<>();
        List<Term> terms = new ArrayList<>();
        Map<Integer, Page> chapterOrders = new HashMap<>();
        Map<String, Page> chapterSlugs = new HashMap<>();
        Map<String, Page> termIds = new HashMap<>();
        List<Page> timelinePages = new ArrayList<>();
        // chapters and terms whose header has an error (already said): other pages may still name them
        Set<String> brokenIds = new HashSet<>();
        for (Page page : pages.values()) {
            String type = page.header().type();
            if (MADE_BY_THE_BUILD.contains(page.uri())
                    || FOLDERS_MADE_BY_THE_BUILD.stream().anyMatch(page.uri()::startsWith)) {
                errors.add(
                        page.displayName(),
                        page.header().titleLine(),
                        "this page would be written to " + page.uri() + ", which the build makes itself ("
                                + String.join(", ", new TreeSet<>(MADE_BY_THE_BUILD)) + "); rename the file");
                continue;
            }
            if (!types.contains(type)) {
                errors.add(
                        page.displayName(),
                        page.header().line("jbake-type"),
                        "unknown document type '" + type + "' (known: " + String.join(", ", new TreeSet<>(types))
                                + ")");
                // said once: the timeline or a related term that names this page is not wrong too
                brokenIds.add(page.file().getFileName().toString().replaceAll("\\.adoc$", ""));
                continue;
            }
            try {
                if (type.equals("chapter")) {
                    Chapter chapter = chapter(page);
                    Page sameSlug = chapterSlugs.putIfAbsent(chapter.slug(), page);
                    if (sameSlug != null) {
                        errors.add(
                                page.displayName(),
                                page.header().titleLine(),
                                "two chapters have the slug '" + chapter.slug() + "': this one and "
                                        + sameSlug.displayName() + " (the slug is the file name; rename one)");
                    }
                    Page same = chapterOrders.putIfAbsent(chapter.order(), page);
                    if (same != null) {
                        errors.add(
                                page.displayName(),
                                page.header().line("jbake-order"),
                                "two chapters have order " + chapter.order() + ": this one and " + same.displayName());
                    }
                    chapters.add(chapter);
                } else if (type.equals("term")) {
                    Term term = term(page);
                    Page same = termIds.putIfAbsent(term.id(), page);
                    if (same != null) {
                        errors.add(
                                page.displayName(),
                                page.header().titleLine(),
                                "duplicate glossary id '" + term.id() + "': " + same.displayName() + " has it too");
                    }
                    terms.add(term);
                } else if (type.equals("timeline")) {
                    timelinePages.add(page);
                }
            } catch (GuideBuildException e) {
                e.errors().forEach(error -> errors.add(error.file(), error.line(), error.message()));
                brokenIds.add(page.file().getFileName().toString().replaceAll("\\.adoc$", ""));
            }
        }
        Set<String> chaptersNamed = new HashSet<>(chapterSlugs.keySet());
        chaptersNamed.addAll(brokenIds);
        Timeline timeline = timeline(timelinePages, chaptersNamed);
        checkTermNames(terms, termIds);
        checkRelatedTerms(terms, termIds, brokenIds);
        if (chapters.isEmpty() && errors.isEmpty()) {
            errors.add(
                    display(content),
                    0,
                    "the guide has no chapters: add a page with ':jbake-type: chapter' under this folder");
        }
        errors.throwIfAny();

        String bibName = settings.references();
        inputs.note(folder.resolve(bibName));
        // read by JBake, which copies them into the site
        inputs.noteAll(folder.resolve(settings.assetFolder()));
        ReferenceLibrary library = ReferenceLibrary.load(
                folder.resolve(bibName), bibName, settings.cslStyle(), settings.cslLocale(), settings::lineOf);
        if (library.find(settings.readingKey()) == null) {
            throw new GuideBuildException(
                    SettingsFile.NAME,
                    settings.lineOf("guide.reading"),
                    "guide.reading names '" + settings.readingKey() + "', which is not in " + bibName);
        }
        Guide guide = new Guide(
                settings,
                chapters,
                terms,
                library.references(),
                Usages.none(),
                Usages.none(),
                timeline == null ? Timeline.none() : timeline);
        return new GuideSource(folder, settings, Map.copyOf(pages), library, guide, inputs);
    }

    private Map<Path, Page> readPages(Path content) {
        Map<Path, Page> pages = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        try {
            for (Path file : inputs.files(content)) {
                // a file named _something.adoc is a partial, included by pages, not a page itself
                if (file.toString().endsWith(".adoc")
                        && !file.getFileName().toString().startsWith("_")) {
                    files.add(file);
                } else {
                    // an image or other file JBake copies into the site, or a partial the checks read
                    inputs.note(file);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new GuideBuildException(
                    display(content), 0, "cannot list: " + e.getCause().getMessage());
        }
        for (Path file : files) {
            String name = display(file);
            try {
                List<String> lines = readUtf8(inputs, file, name);
                String uri =
                        content.relativize(file).toString().replace('\\', '/').replaceAll("\\.adoc$", ".html");
                pages.put(
                        file.toAbsolutePath().normalize(),
                        new Page(file, name, FrontMatter.parse(name, lines), lines, uri));
                ContentError tooDeep = NestingCheck.check(name, lines);
                if (tooDeep != null) {
                    errors.add(tooDeep.file(), tooDeep.line(), tooDeep.message());
                }
            } catch (GuideBuildException e) {
                e.errors().forEach(error -> errors.add(error.file(), error.line(), error.message()));
            }
        }
        return pages;
    }

    private static List<String> readUtf8(BuildInputs inputs, Path file, String name) {
        byte[] bytes;
        try {
            bytes = inputs.read(file);
        } catch (IOException e) {
            throw new GuideBuildException(name, 0, "cannot read: " + e.getMessage());
        }
        String text = Utf8Text.decode(bytes, name);
        return lines(text);
    }

    /** The text's lines, as {@code split("\r?\n", -1)} gives them, without a regular expression per file. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            lines.add(text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end));
            start = end + 1;
        }
        lines.add(text.substring(start));
        return List.copyOf(lines);
    }

    private static Chapter chapter(Page page) {
        FrontMatter h = page.header();
        String slug = slug(page);
        String order = h.require("jbake-order");
        int number;
        try {
            number = Integer.parseInt(order);
        } catch (NumberFormatException e) {
            throw new GuideBuildException(
                    page.displayName(),
                    h.line("jbake-order"),
                    "':jbake-order:' must be a whole number, found '" + order + "'");
        }
        return new Chapter(slug, h.title(), number, h.value("jbake-summary"), page.uri());
    }

    private static Term term(Page page) {
        FrontMatter h = page.header();
        String category = h.require("jbake-category");
        if (!category.equals(Term.PERSON) && category.equalsIgnoreCase(Term.PERSON)) {
            // the who's who lists the terms of this category, by its name as written
            throw new GuideBuildException(
                    page.displayName(),
                    h.line("jbake-category"),
                    "':jbake-category: " + category + "' is written '" + Term.PERSON
                            + "', with a capital: the who's who lists the terms of that category");
        }
        String sortAs = h.value("jbake-sort-as").strip();
        return new Term(
                slug(page),
                h.title(),
                h.list("jbake-aliases"),
                category,
                h.require("jbake-short"),
                h.list("jbake-related"),
                page.uri(),
                sortAs.isEmpty() ? Term.defaultSortAs(h.title(), category) : sortAs);
    }

    /** The one timeline page's events, checked against the chapters; null when the guide has none. */
    private Timeline timeline(List<Page> pages, Set<String> chapterSlugs) {
        for (Page extra : pages.subList(Math.min(1, pages.size()), pages.size())) {
            errors.add(
                    extra.displayName(),
                    extra.header().line("jbake-type"),
                    "a guide has one timeline, and " + pages.get(0).displayName() + " is it: move these events there");
        }
        return pages.isEmpty() ? null : TimelineReader.read(pages.get(0), chapterSlugs, errors);
    }

    /** A page's id is its file name: it is also its URL, so it must be safe in one. */
    private static String slug(Page page) {
        String name = page.file().getFileName().toString().replaceAll("\\.adoc$", "");
        if (!ID.matcher(name).matches()) {
            throw new GuideBuildException(
                    page.displayName(),
                    0,
                    "file name '" + name + "' cannot be an id: use lowercase letters, digits and single hyphens");
        }
        return name;
    }

    /** A name or alias must lead to one term only, or search and linking would be ambiguous. */
    private void checkTermNames(List<Term> terms, Map<String, Page> pagesById) {
        record Holder(String id, boolean alias) {}
        Map<String, Holder> owner = new HashMap<>();
        for (Term term : terms) {
            List<String> names = new ArrayList<>(term.aliases());
            names.add(0, term.name());
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                Holder here = new Holder(term.id(), i > 0);
                Holder previous = owner.putIfAbsent(name.toLowerCase(Locale.ROOT), here);
                if (previous != null && !previous.id().equals(term.id())) {
                    // said where it is an alias: a term's name is its own, an alias the likelier slip
                    Holder at = here.alias() || !previous.alias() ? here : previous;
                    Page page = pagesById.get(at.id());
                    errors.add(
                            page.displayName(),
                            at.alias()
                                    ? page.header().line("jbake-aliases")
                                    : page.header().titleLine(),
                            "'" + name + "' names two glossary terms: " + previous.id() + " and " + term.id()
                                    + (at.alias() ? " (an alias of " + at.id() + ")" : ""));
                }
            }
        }
    }

    /** Each related term must exist; one whose header has an error exists (its error is said at its page). */
    private void checkRelatedTerms(List<Term> terms, Map<String, Page> pagesById, Set<String> broken) {
        for (Term term : terms) {
            Page page = pagesById.get(term.id());
            for (String related : term.related()) {
                if (broken.contains(related)) {
                    continue;
                }
                if (!pagesById.containsKey(related)) {
                    errors.add(
                            page.displayName(),
                            page.header().line("jbake-related"),
                            "related term '" + related + "' does not exist"
                                    + Suggestions.didYouMeanTerm(related, terms));
                } else if (related.equals(term.id())) {
                    errors.add(
                            page.displayName(),
                            page.header().line("jbake-related"),
                            "a term cannot be related to itself");
                }
            }
        }
    }

    private String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(folder)
                ? folder.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }
}
