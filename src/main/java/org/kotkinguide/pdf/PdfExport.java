package org.kotkinguide.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.kotkinguide.cache.KeptPdfs;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.model.Chapter;
import org.kotkinguide.model.Guide;
import org.kotkinguide.render.AsciidoctorRuntime;
import org.kotkinguide.render.MacroSite;
import org.kotkinguide.render.SiteRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Converts the guide to PDF with asciidoctorj-pdf, in this JVM and with the same Asciidoctor and
 * macros as the site, so citations and terms read exactly as they do there.
 */
public final class PdfExport {
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
        Guide guide = source.guide();
        String title = guide.settings().title() + (guide.settings().subtitle().isEmpty() ? "" : ": " + guide.settings().subtitle());
        return convert(header(title, edition, true) + PdfBook.whole(source, edition), file);
    }

    /** One chapter as a handout: no title page, its own glossary terms, the bibliography. */
    public void handout(Chapter chapter, Path file) {
        convert(header(source.guide().settings().title() + ": handout", Edition.STUDENT, false)
                + PdfBook.handout(source, chapter, Edition.STUDENT), file);
    }

    /** Writes every handout into {@code folder}, reporting each as it is done (the PDF is the slow output). */
    public void handouts(Path folder, Consumer<String> progress) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Chapter chapter : source.guide().chapters()) {
            handout(chapter, folder.resolve(chapter.slug() + ".pdf"));
            progress.accept("handouts/" + chapter.slug() + ".pdf");
        }
    }

    private String header(String title, Edition edition, boolean titlePage) {
        Guide guide = source.guide();
        StringBuilder h = new StringBuilder();
        h.append("= ").append(title).append('\n');
        // the whole guide is a book (title page, contents, chapters on new pages); a handout an article
        h.append(titlePage ? ":doctype: book\n:title-page:\n:toc:\n:toclevels: 2\n:toc-title: Contents\n" : ":doctype: article\n");
        h.append(":revnumber: ").append(guide.settings().edition()).append(edition == Edition.TEACHER ? " (teacher edition)" : "").append('\n');
        String date = source.properties().getProperty("guide.date", "").strip();
        if (!date.isEmpty()) {
            h.append(":revdate: ").append(date).append('\n');
        }
        // header attributes are shown as they are, without inline formatting: plain text
        h.append(":revremark: A study guide to ").append(guide.reading().entryText())
                .append(guide.reading().hasPageRange() ? " Pages " + guide.reading().pageRange() + "." : "").append('\n');
        h.append(":version-label:\n");
        h.append(":author: ").append(source.properties().getProperty("guide.author", guide.settings().title())).append('\n');
        h.append(":subject: A study guide to ").append(guide.reading().entryText()).append('\n');
        h.append(":keywords: study guide, ").append(String.join(", ", guide.terms().stream().limit(12).map(t -> t.name()).toList())).append('\n');
        h.append('\n');
        return h.toString();
    }

    private static byte[] contentId(String asciidoc) {
        return java.util.Arrays.copyOf(org.kotkinguide.content.Sha256.of(asciidoc.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 16);
    }

    /** Converts and writes the PDF; returns its number of pages. */
    private int convert(String asciidoc, Path file) {
        String pageSize = source.properties().getProperty("guide.pdf.page-size", "A4");
        String keyedOptions = pageSize + '\u0000' + source.guide().settings().language();
        Integer keptPages = kept.restore(asciidoc, keyedOptions, file);
        if (keptPages != null) {
            return keptPages;
        }
        int errorsBefore = errors.all().size();
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        Asciidoctor asciidoctor = AsciidoctorRuntime.get();
        synchronized (asciidoctor) {
            SiteRenderer.registerMacros(asciidoctor, source, errors);
            Path theme = source.templateFolder().resolve("pdf");
            Options options = Options.builder()
                    .backend("pdf")
                    .standalone(true)
                    .safe(SafeMode.SAFE)
                    .baseDir(source.contentFolder().toFile())
                    // SAFE mode jails output files inside the content folder: take the bytes instead
                    .toStream(pdf)
                    .attributes(Attributes.builder()
                            .attribute(MacroSite.SOURCE_ATTRIBUTE, "(pdf)")
                            .attribute("pdf-theme", "study-guide")
                            .attribute("pdf-themesdir", theme.toAbsolutePath().toString())
                            .attribute("pdf-page-size", pageSize)
                            .attribute("lang", source.guide().settings().language())
                            .attribute("idprefix", "")
                            .attribute("idseparator", "-")
                            .attribute("reproducible", "")
                            .build())
                    .build();
            AsciidoctorRuntime.withWarningsTo(record -> errors.add("(pdf) " + file.getFileName(),
                    record.getCursor() == null ? 0 : record.getCursor().getLineNumber(), record.getMessage()),
                    () -> asciidoctor.convert(asciidoc, options));
        }
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
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
            if (errors.all().size() == errorsBefore) {
                kept.keep(asciidoc, keyedOptions, file, document.getNumberOfPages());
            }
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
