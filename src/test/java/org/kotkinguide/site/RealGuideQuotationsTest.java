package org.kotkinguide.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kotkinguide.check.QuotationCheck;
import org.kotkinguide.check.QuotationCheck.Quotation;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.support.GuideFolders;

/**
 * The real guide is written from a reader's notes, not from Kotkin's text. A student who copies a
 * quotation from the guide must get the notes' words under the notes' name, never under Kotkin's.
 */
class RealGuideQuotationsTest {
    private static final Path NOTES = GuideFolders.PROJECT.resolve("sources/kotkin-2014-pp553-563-notes.txt");
    private static final GuideSource GUIDE = GuideLoader.load(GuideFolders.PROJECT);

    @Test
    void the_notes_are_kept_byte_for_byte_outside_the_content_folder_and_named_as_the_guide_s_source()
            throws IOException {
        String notes = new String(Files.readAllBytes(NOTES), StandardCharsets.UTF_8);
        assertTrue(
                notes.startsWith("Stephen Kotkin, Stalin: Volume I: Paradoxes of Power, 1878â€“1928"),
                "the notes' own title line, mis-encoded dash and all");
        assertTrue(notes.contains("## A DUUMVIRATE"));
        assertEquals(
                java.util.List.of("sources/kotkin-2014-pp553-563-notes.txt"),
                GUIDE.settings().quotationSources());
        assertEquals("readingnotes", GUIDE.settings().quotationSourcesKey());
        assertTrue(GUIDE.library().find("readingnotes") != null, "the notes have their own entry in references.bib");
    }

    @Test
    void every_quotation_attributed_to_the_notes_is_in_the_notes() {
        ContentErrors errors = new ContentErrors();
        QuotationCheck.run(GUIDE, errors);
        assertEquals(List.of(), errors.all());
    }

    @Test
    void no_quotation_attributed_to_the_notes_is_cited_to_kotkin() {
        List<Quotation> quotations = QuotationCheck.quotations(GUIDE);
        assertTrue(quotations.size() >= 30, "the guide quotes the notes often: " + quotations.size());
        List<String> citedToKotkin = quotations.stream()
                .filter(q -> !q.citedKey().equals("readingnotes"))
                .map(q -> q.file() + ":" + q.line() + " “" + q.text() + "” cited to '" + q.citedKey() + "'")
                .toList();
        assertEquals(List.of(), citedToKotkin, "a quotation of the notes must cite the notes");
    }

    @Test
    void no_note_is_quoted_more_than_twice_in_the_whole_guide() throws IOException {
        // each sentence of the notes is a passage; it is quoted when four or more of its words are (a word or two in
        // quotation marks refers to a note rather than quoting it)
        List<String> notes = Files.readAllLines(NOTES).stream()
                .flatMap(l -> java.util.Arrays.stream(l.split("(?<=\\.) +")))
                .filter(sentence -> sentence.split("\\s+").length > 4)
                .toList();
        Map<String, Set<String>> quotedIn = new TreeMap<>();
        for (Quotation quotation : QuotationCheck.quotations(GUIDE)) {
            String words = flat(quotation.text());
            if (words.split(" ").length < 4) {
                continue;
            }
            for (String note : notes) {
                for (String part : words.split(" \\.\\.\\. |…")) {
                    if (part.split(" ").length >= 4 && flat(note).contains(part.strip())) {
                        quotedIn.computeIfAbsent(note.substring(0, Math.min(40, note.length())), k -> new TreeSet<>())
                                .add(quotation.file());
                    }
                }
            }
        }
        List<String> tooOften = new ArrayList<>();
        quotedIn.forEach((note, files) -> {
            if (files.size() > 2) {
                tooOften.add(note + "… in " + files);
            }
        });
        assertEquals(List.of(), tooOften);
        assertTrue(quotedIn.size() >= 15, "most notes are quoted somewhere: " + quotedIn.keySet());
    }

    private static String flat(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[\"'‘’“”]", "")
                .replaceAll("\\s*[-–—]\\s*", "-")
                .replaceAll("\\s+", " ")
                .replaceAll("[.,;:]+$", "")
                .strip();
    }
}
