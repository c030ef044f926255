package org.kotkinguide.pdf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;
import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Guide;
import org.kotkinguide.model.Reference;
import org.kotkinguide.model.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The AsciiDoc of a PDF, assembled from the guide's pages: chapters in reading order, then the
 * appendices (answers in the student edition, glossary, bibliography). The whole guide, or one
 * chapter for a handout.
 */
final class PdfBook {
    private final GuideSource source;
    private final Edition edition;
    private final List<String> out = new ArrayList<>();

    private PdfBook(GuideSource source, Edition edition) {
        this.source = source;
        this.edition = edition;
    }

    /** Every chapter, with the whole glossary. */
    static String whole(GuideSource source, Edition edition) {
        PdfBook book = new PdfBook(source, edition);
        return book.write(source.guide().chapters(), source.guide().terms()) + TimelineAppendix.asciidoc(source);
    }

    /** One chapter, with the glossary entries of the terms it uses. */
    static String handout(GuideSource source, Chapter chapter, Edition edition) {
        Guide guide = source.guide();
        Set<String> used = new java.util.HashSet<>();
        for (Term term : guide.terms()) {
            if (guide.termUsagesOf(term.id()).stream().anyMatch(u -> u.pageUri().equals(chapter.uri()))) {
                used.add(term.id());
            }
        }
        PdfBook book = new PdfBook(source, edition);
        return book.write(List.of(chapter), guide.terms().stream().filter(t -> used.contains(t.id())).toList());
    }

    private String write(List<Chapter> chapters, List<Term> terms) {
        List<ChapterText.Answer> answers = new ArrayList<>();
        List<Chapter> answered = new ArrayList<>();
        for (Chapter chapter : chapters) {
            ChapterText text = new ChapterText(chapter.slug(), body(chapter.uri()), edition);
            line("[#chapter-" + chapter.slug() + "]");
            line("== " + chapter.title());
            line("");
            out.addAll(text.lines);
            line("");
            if (!text.answers.isEmpty()) {
                answered.add(chapter);
                answers.addAll(text.answers);
            }
        }
        if (edition == Edition.STUDENT && !answers.isEmpty()) {
            appendAnswers(chapters, answers);
        }
        appendGlossary(terms);
        appendBibliography();
        return String.join("\n", out) + "\n";
    }

    private void appendAnswers(List<Chapter> chapters, List<ChapterText.Answer> answers) {
        line("[appendix#answers]");
        line("== Answers");
        line("");
        for (Chapter chapter : chapters) {
            List<ChapterText.Answer> mine = answers.stream().filter(a -> a.anchor().startsWith("answer-" + chapter.slug() + "-")).toList();
            if (mine.isEmpty()) {
                continue;
            }
            line("=== " + chapter.title());
            line("");
            for (ChapterText.Answer answer : mine) {
                line("[#" + answer.anchor() + "]");
                line("." + answer.question());
                line("====");
                out.addAll(answer.lines());
                line("====");
                line("");
            }
        }
    }

    private void appendGlossary(List<Term> terms) {
        if (terms.isEmpty()) {
            return;
        }
        line("[appendix#glossary]");
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

    private void appendBibliography() {
        line("[appendix#bibliography]");
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
        line(asciidoc(reference.entryHtml()));
        line("");
    }

    /** A page's body: its lines after the header. */
    private List<String> body(String uri) {
        Page page = source.pages().values().stream().filter(p -> p.uri().equals(uri)).findFirst().orElseThrow();
        return page.lines().subList(Math.min(page.header().bodyLine(), page.lines().size()), page.lines().size());
    }

    /** citeproc's HTML entry as AsciiDoc: italics kept, everything else as plain, escaped text. */
    static String asciidoc(String html) {
        StringBuilder text = new StringBuilder();
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            if (node instanceof TextNode t) {
                text.append(escape(t.text()));
            } else if (node instanceof Element e) {
                String inner = escape(e.text());
                text.append(e.tagName().equals("i") ? "__" + inner + "__" : e.tagName().equals("b") ? "**" + inner + "**" : inner);
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
