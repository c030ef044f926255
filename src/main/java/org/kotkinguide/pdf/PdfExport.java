package org.kotkinguide.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.asciidoctor.Options;
import org.kotkinguide.cache.KeptPdfs;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Guide;

/**
 * Converts the guide to PDF with asciidoctorj-pdf, in this JVM and with the same Asciidoctor and
 * macros as the site, so citations and terms read exactly as they do there.
 */
public final class PdfExport {
    // the process has one Asciidoctor (convert/AsciidoctorRuntime): its PDF converter is extended once
    private static volatile boolean convertersLoaded;

    private final GuideSource source;
    private final ContentErrors errors;
    private final KeptPdfs kept;

    public PdfExport(GuideSource source, ContentErrors errors) {
        this(source, errors, KeptPdfs.NONE);
    }

    /** Takes each PDF whose inputs are unchanged from {@code kept}, and keeps each one it makes there. */
    public PdfExport(GuideSource source, ContentErrors errors, KeptPdfs kept) {
        this.source = source;
        this.errors = errors;
        this.kept = kept;
    }

    /** The whole guide as one PDF; returns its number of pages. */
    public int book(Edition edition, Path file) {
        return convert(bookHeader(edition), BookText.whole(source, edition, true), file);
    }

    // the teacher's copy says so on its title page, in a PDF viewer's title bar and atop every page
    private String bookHeader(Edition edition) {
        return header(
                BookConversion.title(source.guide()) + (edition == Edition.TEACHER ? " — Teacher edition" : ""),
                edition,
                true);
    }

    /**
     * One chapter as a handout: no title page (its first heading names the chapter), its own glossary
     * terms, the bibliography, and in the student edition its answers last, from a new page.
     */
    public void handout(Chapter chapter, Edition edition, Path file) {
        convert(
                header(
                        chapter.title() + " — handout" + (edition == Edition.TEACHER ? " (teacher edition)" : ""),
                        edition,
                        false),
                BookText.handout(source, chapter, edition),
                file);
    }

    /** Writes every handout into {@code folder}, reporting each as it is done (the PDF is the slow output). */
    public void handouts(Path folder, Edition edition, Consumer<String> progress) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Chapter chapter : source.guide().chapters()) {
            int keptBefore = kept.restored();
            handout(chapter, edition, folder.resolve(chapter.slug() + ".pdf"));
            // a teacher who sees every handout listed after a one-chapter edit should see which were made
            progress.accept("handouts/" + chapter.slug() + ".pdf"
                    + (kept.restored() > keptBefore ? " (" + KeptPdfs.KEPT + ")" : ""));
        }
    }

    /** The document header, without its closing blank line (the page numbers' attributes follow). */
    private String header(String title, Edition edition, boolean wholeGuide) {
        Guide guide = source.guide();
        StringBuilder h = new StringBuilder(BookConversion.header(
                guide, title, guide.settings().edition() + (edition == Edition.TEACHER ? " (teacher edition)" : "")));
        // a book either way, so every chapter and appendix starts a new page (a handout's answers too);
        // the whole guide has a title page and contents, a handout starts with its chapter's heading
        h.append(wholeGuide ? ":toc:\n:toclevels: 2\n:toc-title: Contents\n" : ":notitle:\n");
        // the running header's other corner (see the theme): empty in the student edition
        h.append(":running-edition: ")
                .append(edition == Edition.TEACHER ? "Teacher edition" : "")
                .append('\n');
        String date = guide.settings().date();
        if (!date.isEmpty()) {
            h.append(":revdate: ").append(date).append('\n');
        }
        // the title page's reference, on lines of its own with the book's title in italics (see TitlePage)
        if (wholeGuide) {
            h.append(TitlePage.headerLine(guide.reading()));
        }
        h.append(":version-label:\n");
        h.append(":subject: A study guide to ")
                .append(guide.reading().entryText())
                .append('\n');
        return h.toString();
    }

    /**
     * Converts the book and writes the PDF; returns its number of pages. A book that names pages
     * ("Answer: A.2.1, p. 31") is converted once: each such number is written in once the book is
     * laid out and its ids have their pages ({@link PageNumberForms}).
     */
    private int convert(String header, BookText book, Path file) {
        // the book's text decides its PDF (the page numbers it names are worked out in it), so a PDF
        // kept from an earlier build for the same text, options and theme is the PDF this build would make
        String text = header + book.asciidoc();
        String keyedOptions = pageSize() + '\u0000' + source.guide().settings().language();
        Integer keptPages = kept.restore(text, keyedOptions, file);
        if (keptPages != null) {
            return keptPages;
        }
        int errorsBefore = errors.reported();
        // one conversion: the pages the book names are written in once it is laid out (PageNumberForms)
        String asciidoc =
                header + (book.namesPages() ? ':' + PageNumberForms.ATTRIBUTE + ":\n" : "") + "\n" + book.asciidoc();
        byte[] pdf = toPdf(asciidoc, file, errors);
        if (pdf.length == 0) {
            return 0;
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // every link through the allowlist; a refused one fails the build at its line
            PdfLinks.check(document, source, errors, file);
            if (errors.reported() > errorsBefore) {
                return 0;
            }
            int saved = save(document, asciidoc, file);
            kept.keep(text, keyedOptions, file, saved);
            return saved;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String pageSize() {
        return source.settings().pdfPageSize();
    }

    private static byte[] contentId(String asciidoc) {
        return java.util.Arrays.copyOf(
                org.kotkinguide.content.Sha256.of(asciidoc.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 16);
    }

    /** The PDF's bytes, or none when Asciidoctor reported a problem (recorded in the errors). */
    private byte[] toPdf(String asciidoc, Path file, ContentErrors errors) {
        int before = errors.reported();
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        PdfTheme theme = PdfTheme.of(source);
        Options options = BookConversion.options(
                        source,
                        "pdf",
                        "pdf",
                        source.contentFolder(),
                        Map.of(
                                "pdf-theme", theme.name(),
                                "pdf-themesdir", theme.folder().toAbsolutePath().toString(),
                                "pdf-page-size", pageSize()))
                // SAFE mode jails output files inside the content folder: take the bytes instead
                .toStream(pdf)
                .build();
        loadConverters();
        BookConversion.convert(source, errors, "pdf", file, asciidoc, options);
        return errors.reported() > before ? new byte[0] : pdf.toByteArray();
    }

    /**
     * Loads asciidoctor-pdf and the guide's extensions of it into the process's Asciidoctor, unless loaded:
     * at the first PDF, or earlier where a warm JVM waits for its next build. Under the lock every page
     * conversion takes, and each PDF's conversion calls it first: none runs while Ruby classes are reopened.
     */
    public static void loadConverters() {
        org.asciidoctor.Asciidoctor asciidoctor = org.kotkinguide.convert.AsciidoctorRuntime.get();
        synchronized (asciidoctor) {
            if (!convertersLoaded) {
                org.kotkinguide.convert.AsciidoctorRuntime.activateBookGems();
                // Prawn's text measuring with cheaper lookups, then asciidoctor-pdf's converter extended five
                // times, in this order: the statement bars, the title page, text only measured, the page numbers,
                // prompts kept on one page with their links
                for (String converter : List.of(
                        TextWidths.PATCH,
                        StatementBars.CONVERTER,
                        TitlePage.CONVERTER,
                        ScratchText.CONVERTER,
                        PageNumberForms.CONVERTER,
                        PromptsKeptWhole.CONVERTER)) {
                    org.kotkinguide.convert.AsciidoctorRuntime.loadRuby(asciidoctor, converter);
                }
                // before the book and the handouts convert at once: they would otherwise make them side by side
                org.kotkinguide.convert.AsciidoctorRuntime.makeExtensionKinds(asciidoctor);
                convertersLoaded = true;
            }
        }
    }

    /** Whether this process has loaded the PDF converter ({@link #loadConverters}). */
    public static boolean convertersLoaded() {
        return convertersLoaded;
    }

    /** Finishes the PDF with what asciidoctor-pdf does not write, and saves it; returns its number of pages. */
    private int save(PDDocument document, String asciidoc, Path file) {
        try {
            // screen readers pick their voice from the document language
            document.getDocumentCatalog().setLanguage(source.guide().settings().language());
            // the same guide gives the same bytes: the file identifier comes from the content, not chance
            COSString id = new COSString(contentId(asciidoc));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            Files.createDirectories(file.toAbsolutePath().getParent());
            document.save(file.toFile());
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
