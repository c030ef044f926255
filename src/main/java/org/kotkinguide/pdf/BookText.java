package org.kotkinguide.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;
import org.kotkinguide.content.PageImages;
import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Guide;
import org.kotkinguide.model.Reference;
import org.kotkinguide.model.Term;

/**
 * The AsciiDoc body of a book (the PDF or the EPUB), assembled from the guide's pages: chapters in
 * reading order, numbered as the site numbers them, then the appendices. The whole guide has the
 * answers first (student edition), the glossary, who's who, the timeline and, last as in a book, the
 * bibliography; a handout has its chapter, the terms it uses (each with its short definition), the
 * works it cites, and its answers last, on a sheet of their own a teacher can leave off.
 */
public final class BookText {

    private final GuideSource source;
    private final Edition edition;
    private final boolean paged;
    private final List<String> out = new ArrayList<>();
    private boolean namesPages;

    private BookText(GuideSource source, Edition edition, boolean paged) {
        this.source = source;
        this.edition = edition;
        this.paged = paged;
    }

    /** Every chapter, with the whole glossary; {@code paged} when the book has page numbers to name. */
    public static BookText whole(GuideSource source, Edition edition, boolean paged) {
        BookText book = new BookText(source, edition, paged);
        Guide guide = source.guide();
        List<String> appendices = new ArrayList<>();
        if (edition == Edition.STUDENT) {
            appendices.add("answers");
        }
        appendices.add("glossary");
        if (!guide.people().isEmpty()) {
            appendices.add("whos-who");
        }
        // the timeline with the reading aids, the bibliography last, as in a book
        if (guide.timeline().exists()) {
            appendices.add("timeline");
        }
        appendices.add("bibliography");
        book.write(guide.chapters(), guide.terms(), appendices, null);
        return book;
    }

    /** One chapter, with the glossary entries of the terms it uses; its answers come last. */
    static BookText handout(GuideSource source, Chapter chapter, Edition edition) {
        Guide guide = source.guide();
        Set<String> used = new HashSet<>();
        for (Term term : guide.terms()) {
            if (guide.termUsagesOf(term.id()).stream().anyMatch(u -> u.pageUri().equals(chapter.uri()))) {
                used.add(term.id());
            }
        }
        List<Term> terms =
                guide.terms().stream().filter(t -> used.contains(t.id())).toList();
        // a few sheets for one week's reading: its terms defined in a line each and the works it cites,
        // not the whole glossary's entries and bibliography (which made a 6-page chapter a 20-page handout)
        List<String> appendices = new ArrayList<>();
        if (!terms.isEmpty()) {
            appendices.add("terms");
        }
        BookText book = new BookText(source, edition, true);
        if (!book.citedIn(chapter).isEmpty()) {
            appendices.add("sources");
        }
        if (edition == Edition.STUDENT) {
            appendices.add("answers");
        }
        book.write(List.of(chapter), terms, appendices, chapter);
        return book;
    }

    /** The works a chapter cites, in the order the bibliography lists them. */
    private List<Reference> citedIn(Chapter chapter) {
        return source.guide().references().stream()
                .filter(r -> source.guide().citationUsagesOf(r.key()).stream()
                        .anyMatch(u -> u.pageUri().equals(chapter.uri())))
                .toList();
    }

    /** The AsciiDoc, without a document header. */
    public String asciidoc() {
        return String.join("\n", out) + "\n";
    }

    /** Whether the text names the page of an id anywhere, through {@link PageNumbers#reference}. */
    boolean namesPages() {
        return namesPages;
    }

    /** A chapter's heading, numbered as the site numbers it ("Chapter 2 of 4"). */
    static String chapterTitle(int number, Chapter chapter) {
        return "Chapter " + number + ": " + chapter.title();
    }

    private void write(List<Chapter> chapters, List<Term> terms, List<String> appendices, Chapter handout) {
        Map<String, Integer> numbers = source.guide().chapterNumbers();
        boolean answersApart = appendices.contains("answers");
        List<ChapterText.Answer> answers = new ArrayList<>();
        List<ChapterText.MarkingGuide> markingGuides = new ArrayList<>();
        for (Chapter chapter : chapters) {
            int number = numbers.get(chapter.uri());
            ChapterText text = new ChapterText(chapter.slug(), number, body(chapter.uri()), edition, paged);
            line("[#chapter-" + chapter.slug() + "]");
            line("== " + chapterTitle(number, chapter));
            line("");
            if (handout != null) {
                handoutNote();
            }
            out.addAll(text.lines);
            line("");
            answers.addAll(text.answers);
            markingGuides.addAll(text.markingGuides);
            // a question names its answer's page, a prompt its marking guide's
            namesPages |= paged && ((answersApart && !text.answers.isEmpty()) || !text.markingGuides.isEmpty());
        }
        // the back matter as chapters of their own, titled alone: Asciidoctor letters an [appendix], and a
        // handout's answers come last (to be left off), so "A" in the book would be "C" in a handout
        for (String appendix : appendices) {
            switch (appendix) {
                case "answers" -> appendAnswers(chapters, answers, markingGuides);
                case "glossary" -> appendGlossary(terms);
                case "terms" -> appendTerms(terms);
                case "sources" -> appendSources(handout);
                case "whos-who" -> appendWhosWho(terms);
                case "timeline" ->
                    out.addAll(List.of(TimelineAppendix.asciidoc(source).split("\n", -1)));
                default -> appendBibliography();
            }
        }
    }

    /** Under a handout's heading: where it comes from, and where its answers are. */
    private void handoutNote() {
        var settings = source.guide().settings();
        line("[.handout-note]");
        line("_A handout from " + escape(settings.title()) + ", " + escape(settings.edition())
                + (edition == Edition.TEACHER
                        ? " (teacher edition): each answer is under its question._"
                        : ". The answers start on a new page at the end._"));
        line("");
    }

    private void appendAnswers(
            List<Chapter> chapters, List<ChapterText.Answer> answers, List<ChapterText.MarkingGuide> markingGuides) {
        if (answers.isEmpty() && markingGuides.isEmpty()) {
            return;
        }
        Map<String, Integer> numbers = source.guide().chapterNumbers();
        // the contents list the appendix, not each chapter's answers: the outline has those
        line("[#answers,toclevels=1]");
        line("== Answers");
        line("");
        for (Chapter chapter : chapters) {
            int number = numbers.get(chapter.uri());
            // the self-check answers, then the essay prompts' marking guides, each a box of lines
            List<List<String>> boxes = new ArrayList<>();
            answers.stream().filter(a -> a.chapter() == number).forEach(a -> boxes.add(answerBox(a)));
            markingGuides.stream().filter(g -> g.chapter() == number).forEach(g -> boxes.add(markingGuideBox(g)));
            if (boxes.isEmpty()) {
                continue;
            }
            line("=== " + chapterTitle(number, chapter));
            line("");
            for (int i = 0; i < boxes.size(); i++) {
                // the last two boxes share a page, so no page holds only the tail of the list
                if (i == boxes.size() - 2) {
                    line("[.last-answers%unbreakable]");
                    line("--");
                }
                out.addAll(boxes.get(i));
            }
            if (boxes.size() >= 2) {
                line("--");
                line("");
            }
        }
    }

    /** A self-check answer, titled with its question's number, and a link back to the question. */
    private List<String> answerBox(ChapterText.Answer answer) {
        return box(
                answer.anchor(),
                "Answer " + answer.label() + ": " + answer.question(),
                answer.lines(),
                answer.questionAnchor(),
                "question " + answer.label());
    }

    /** An essay prompt's marking guide, titled with the prompt, and a link back to it. */
    private List<String> markingGuideBox(ChapterText.MarkingGuide guide) {
        return box(
                guide.anchor(),
                guide.prompt().isEmpty() ? guide.title() : guide.prompt(),
                ChapterText.withLeadIn(guide.title() + ":", guide.lines()),
                guide.promptAnchor(),
                "the prompt");
    }

    /** A box of the Answers appendix, kept whole on one page where it fits, ending with a link back (and its page). */
    private List<String> box(String anchor, String title, List<String> body, String backAnchor, String backText) {
        List<String> box = new ArrayList<>();
        box.add("[#" + anchor + "%unbreakable]");
        box.add("." + title);
        box.add("====");
        box.addAll(body);
        box.add("");
        box.add("[.answer-back]");
        box.add("Back to <<" + backAnchor + "," + backText + (paged ? ", " + PageNumbers.reference() : "") + ">>");
        box.add("====");
        box.add("");
        namesPages |= paged;
        return box;
    }

    private void appendGlossary(List<Term> terms) {
        if (terms.isEmpty()) {
            return;
        }
        line("[#glossary,toclevels=1]");
        line("== Glossary");
        line("");
        for (Term term : terms) {
            line("[#term-" + term.id() + "]");
            line("=== " + term.name());
            line("");
            line("_" + term.shortDefinition() + "_ (" + term.category()
                    + (term.aliases().isEmpty() ? "" : "; also called " + String.join(", ", term.aliases())) + ")");
            line("");
            out.addAll(body(term.uri()));
            line("");
        }
    }

    /**
     * A handout's glossary: each term the chapter uses with its short definition, a line or two each
     * (the whole entries are in the book and on the website).
     */
    private void appendTerms(List<Term> terms) {
        line("[#glossary]");
        line("== Glossary");
        line("");
        line(
                "The terms this chapter uses, each with its short definition; the guide's glossary has the whole entries.");
        line("");
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            // each entry kept whole, and the last two together: no page holds one entry's last line
            if (i < terms.size() - 1 || terms.size() == 1) {
                line("[%unbreakable]");
                line("--");
            }
            line("[#term-" + term.id() + "]");
            line("*" + escape(term.name()) + "*: " + term.shortDefinition() + " _(" + term.category()
                    + (term.aliases().isEmpty() ? "" : "; also called " + String.join(", ", term.aliases())) + ")_");
            line("");
            if (i != terms.size() - 2) {
                line("--");
                line("");
            }
        }
    }

    /** A handout's bibliography: only the works its chapter cites. */
    private void appendSources(Chapter chapter) {
        line("[#bibliography]");
        line("== Bibliography");
        line("");
        line("The works this chapter cites.");
        line("");
        citedIn(chapter).forEach(this::appendEntry);
    }

    /** The people among the glossary terms, each with where the guide speaks of them. */
    private void appendWhosWho(List<Term> terms) {
        // by surname, as the guide sorts its terms (see Term#sortAs)
        List<Term> people = terms.stream().filter(Term::isPerson).toList();
        if (people.isEmpty()) {
            return;
        }
        Guide guide = source.guide();
        line("[#whos-who]");
        line("== Who's who");
        line("");
        line("The people with an entry in the glossary, by surname; each name leads to that entry.");
        line("");
        for (Term person : people) {
            List<Integer> chapters = guide.chapterNumbersUsing(person.id());
            line("<<term-" + person.id() + "," + escape(person.name()) + ">>::");
            line(person.shortDefinition()
                    + (chapters.isEmpty()
                            ? ""
                            : " _In " + (chapters.size() == 1 ? "chapter " : "chapters ")
                                    + String.join(
                                            ", ",
                                            chapters.stream()
                                                    .map(String::valueOf)
                                                    .toList()) + "._"));
        }
        line("");
    }

    private void appendBibliography() {
        line("[#bibliography]");
        line("== Bibliography");
        line("");
        List<Reference> further = source.guide().furtherReading();
        for (Reference reference : source.guide().references()) {
            if (!further.contains(reference)) {
                appendEntry(reference);
            }
        }
        if (!further.isEmpty()) {
            line("[discrete]");
            line("=== Further reading");
            line("");
            further.forEach(this::appendEntry);
        }
    }

    private void appendEntry(Reference reference) {
        line("[#ref-" + reference.key() + "]");
        if (reference.annotation().isEmpty()) {
            line(asciidoc(reference.entryHtml()));
        } else {
            // a hard line break keeps the annotation under its entry, in the entry's paragraph
            line(asciidoc(reference.entryHtml()) + " +");
            line(escape(reference.annotation()));
        }
        line("");
    }

    /**
     * A page's body: its lines after the header, with its images' paths made relative to the content
     * folder the book is read from (on the site they are relative to the page), and so are its includes'
     * (on the site they start at the guide's folder: include::content/shared/_note.adoc[]).
     */
    private List<String> body(String uri) {
        Page page = source.pages().values().stream()
                .filter(p -> p.uri().equals(uri))
                .findFirst()
                .orElseThrow();
        Path content = source.contentFolder().toAbsolutePath().normalize();
        return PageImages.fromContentFolder(
                        page.lines()
                                .subList(
                                        Math.min(
                                                page.header().bodyLine(),
                                                page.lines().size()),
                                        page.lines().size()),
                        PageImages.base(page, source.folder()),
                        content)
                .stream()
                .map(line -> fromContentFolder(line, content))
                .toList();
    }

    /** An include of a file in the content folder, its path made relative to that folder; any other line as it is. */
    private String fromContentFolder(String line, Path content) {
        Matcher include = INCLUDE.matcher(line);
        if (!include.matches()
                || include.group(1).contains(":")
                || include.group(1).startsWith("{")) {
            return line;
        }
        Path target = source.folder()
                .toAbsolutePath()
                .normalize()
                .resolve(include.group(1))
                .normalize();
        return target.startsWith(content)
                ? "include::" + content.relativize(target).toString().replace('\\', '/') + "[" + include.group(2)
                : line;
    }

    /** An include line: its path, then what its brackets hold. */
    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[(.*)$");

    /** citeproc's HTML entry as AsciiDoc: italics kept, everything else as plain, escaped text. */
    static String asciidoc(String html) {
        StringBuilder text = new StringBuilder();
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            if (node instanceof TextNode t) {
                text.append(escape(t.text()));
            } else if (node instanceof Element e) {
                String inner = escape(e.text());
                text.append(
                        e.tagName().equals("i")
                                ? "__" + inner + "__"
                                : e.tagName().equals("b") ? "**" + inner + "**" : inner);
            }
        }
        return text.toString();
    }

    private static String escape(String text) {
        return text.replace("{", "\\{").replace("*", "\\*").replace("_", "\\_").replace("#", "\\#");
    }

    private void line(String line) {
        out.add(line);
    }
}
