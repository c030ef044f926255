package org.kotkinguide.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.kotkinguide.check.PublishedXhtml;
import org.kotkinguide.files.FileWrites;

/**
 * Every XHTML document of the EPUB through the allowlist site pages pass ({@link PublishedXhtml}),
 * whatever made it: the author's passthroughs, an inline SVG, asciidoctor-epub3's own script (which
 * only tells a stylesheet which e-reader it is in). With no script left, the package no longer
 * declares its documents {@code scripted}. The EPUB is written again with its {@code mimetype} first
 * and stored, as the EPUB format requires, and every other file as it was.
 */
final class EpubAllowlist {
    private EpubAllowlist() {}

    static void apply(Path epub) {
        Path part = epub.resolveSibling(epub.getFileName() + ".part");
        try (ZipFile in = new ZipFile(epub.toFile());
                OutputStream file = FileWrites.stream(part);
                ZipOutputStream out = new ZipOutputStream(file)) {
            List<ZipEntry> entries = new ArrayList<>(Collections.list(in.entries()));
            // the mimetype first, stored: an e-reader recognises an EPUB by its first bytes
            entries.sort(Comparator.comparing((ZipEntry e) -> !e.getName().equals("mimetype")));
            for (ZipEntry entry : entries) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith(".xhtml") || name.endsWith(".html") || name.endsWith(".htm")) {
                    bytes = PublishedXhtml.clean(new String(bytes, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                } else if (name.endsWith(".opf")) {
                    bytes = unscripted(new String(bytes, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                if (entry.getName().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(bytes.length);
                    copy.setCompressedSize(bytes.length);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite " + epub, e);
        }
        try {
            Files.move(part, epub, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package document without the {@code scripted} property on any item: no document has a script. */
    static String unscripted(String opf) {
        Matcher properties = Pattern.compile("\\sproperties=\"([^\"]*)\"").matcher(opf);
        StringBuilder out = new StringBuilder();
        while (properties.find()) {
            String rest = String.join(
                    " ",
                    Arrays.stream(properties.group(1).split("\\s+"))
                            .filter(p -> !p.isEmpty() && !p.equals("scripted"))
                            .toList());
            properties.appendReplacement(
                    out, Matcher.quoteReplacement(rest.isEmpty() ? "" : " properties=\"" + rest + "\""));
        }
        properties.appendTail(out);
        return out.toString();
    }
}
