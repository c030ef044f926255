package org.kotkinguide.convert;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kotkinguide.model.Usage;

/**
 * A converted page as the disk cache keeps it: its HTML, table of contents and search text, the
 * term and citation uses its macros recorded, what it read of the glossary, and the files its
 * conversion read (included files, embedded images; {@link org.kotkinguide.content.BuildInputs#manifest}). Plain fields in a
 * fixed order, no Java serialization: a cache file can only ever give back these values.
 */
final class ConvertedPageFile {
    private ConvertedPageFile() {}

    static byte[] write(
            ConvertedPages.RenderedPage page,
            List<Map.Entry<String, Usage>> termUses,
            List<Map.Entry<String, Usage>> citationUses,
            String termsRead,
            String filesRead) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            string(out, page.uri());
            string(out, page.type());
            string(out, page.title());
            string(out, page.bodyHtml());
            toc(out, page.toc());
            string(out, page.text().whole());
            out.writeInt(page.text().sections().size());
            for (PageText.Section section : page.text().sections()) {
                string(out, section.id());
                string(out, section.title());
                string(out, section.text());
                string(out, section.lead());
            }
            uses(out, termUses);
            uses(out, citationUses);
            string(out, termsRead);
            string(out, filesRead);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** What {@link #write} wrote: the page, its uses and what it read. */
    record Read(
            ConvertedPages.RenderedPage page,
            List<Map.Entry<String, Usage>> termUses,
            List<Map.Entry<String, Usage>> citationUses,
            String termsRead,
            String filesRead) {}

    /** Throws {@link IOException} when the bytes are not a page this class wrote. */
    static Read read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        String uri = string(in);
        String type = string(in);
        String title = string(in);
        String body = string(in);
        List<Map<String, Object>> toc = toc(in);
        String whole = string(in);
        int count = count(in);
        List<PageText.Section> sections = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sections.add(new PageText.Section(string(in), string(in), string(in), string(in)));
        }
        List<Map.Entry<String, Usage>> termUses = uses(in);
        List<Map.Entry<String, Usage>> citationUses = uses(in);
        String termsRead = string(in);
        String filesRead = string(in);
        if (in.read() != -1) {
            throw new IOException("bytes after the page");
        }
        return new Read(
                new ConvertedPages.RenderedPage(
                        uri, type, title, body, toc, new PageText(whole, List.copyOf(sections))),
                termUses,
                citationUses,
                termsRead,
                filesRead);
    }

    /** Sections as the converter makes them: id, title, level and children, each an immutable map. */
    private static void toc(DataOutputStream out, List<Map<String, Object>> toc) throws IOException {
        out.writeInt(toc.size());
        for (Map<String, Object> section : toc) {
            string(out, (String) section.get("id"));
            string(out, (String) section.get("title"));
            out.writeInt((Integer) section.get("level"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> children = (List<Map<String, Object>>) section.get("children");
            toc(out, children);
        }
    }

    private static List<Map<String, Object>> toc(DataInputStream in) throws IOException {
        int count = count(in);
        List<Map<String, Object>> toc = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = string(in);
            String title = string(in);
            int level = in.readInt();
            toc.add(PageConverter.section(id, title, level, toc(in)));
        }
        return toc;
    }

    private static void uses(DataOutputStream out, List<Map.Entry<String, Usage>> uses) throws IOException {
        out.writeInt(uses.size());
        for (Map.Entry<String, Usage> use : uses) {
            string(out, use.getKey());
            string(out, use.getValue().pageUri());
            string(out, use.getValue().pageTitle());
            string(out, use.getValue().sectionId());
            string(out, use.getValue().sectionTitle());
        }
    }

    private static List<Map.Entry<String, Usage>> uses(DataInputStream in) throws IOException {
        int count = count(in);
        List<Map.Entry<String, Usage>> uses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            uses.add(Map.entry(string(in), new Usage(string(in), string(in), string(in), string(in))));
        }
        return List.copyOf(uses);
    }

    /** A string, or null (length -1), in UTF-8: writeUTF stops at 64 KB, and a page is larger. */
    private static void string(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < -1 || length > in.available()) {
            throw new IOException("a string longer than the entry");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new IOException("a count larger than the entry");
        }
        return count;
    }
}
