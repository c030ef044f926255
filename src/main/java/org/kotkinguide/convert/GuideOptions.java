package org.kotkinguide.convert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.OptionsBuilder;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogRecord;
import org.kotkinguide.content.ContentError;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;
import org.kotkinguide.content.PageImages;
import org.kotkinguide.macros.MacroSite;

/**
 * What every conversion of the guide shares, the site's pages, the PDFs and the EPUB alike, set here
 * only: SAFE mode read from one folder, line numbers for messages, section ids written one way (so a
 * link written for one output lands in all), the file the macros say they stand in, the guide's
 * macros and statement labels, and every Asciidoctor warning an error of the file being converted.
 */
public final class GuideOptions {
    /** How every conversion writes section ids: {@code == The Terror} is {@code #the-terror} everywhere. */
    private static final Map<String, Object> IDS = Map.of("idprefix", "", "idseparator", "-");

    /**
     * A reference to an attribute no one defined ({@code {chapter-nmae}}) is a warning, so an error at
     * its line: by default Asciidoctor publishes it as written, braces and all.
     */
    private static final Map<String, Object> MISSING = Map.of("attribute-missing", "warn");

    /** Asciidoctor's words for a reference to an attribute no one defined; the name follows. */
    static final String MISSING_ATTRIBUTE = "skipping reference to missing attribute: ";

    /** Asciidoctor's words for an include whose path leaves the guide's folder (its "jail"). */
    private static final String OUTSIDE_JAIL = "include file has illegal reference to ancestor of jail";

    /** What a teacher is told instead: most often the path was written from the page, as an image's is. */
    static final String INCLUDE_OUTSIDE = "this include's path leaves the guide's folder: an include's path starts at"
            + " the guide's folder, not at the page (content/shared/_note.adoc is"
            + " include::content/shared/_note.adoc[]), and may not leave it";

    private GuideOptions() {}

    /**
     * Options reading from {@code baseDir} (SAFE mode jails includes and images there), with
     * {@code file} named in the macros' messages and {@code attributes} of the conversion's own.
     */
    public static OptionsBuilder options(Path baseDir, String file, Map<String, Object> attributes) {
        return Options.builder()
                .safe(SafeMode.SAFE)
                .sourcemap(true)
                .baseDir(baseDir.toFile())
                .attributes(Attributes.builder()
                        .attribute(MacroSite.SOURCE_ATTRIBUTE, file)
                        .attributes(IDS)
                        .attributes(MISSING)
                        .attributes(attributes)
                        .build());
    }

    /**
     * Runs {@code work} on the process's Asciidoctor with this build's macros (which note no uses: only
     * the site's pages do), each warning an error at {@code file} and its line; an image the converter
     * cannot use is said at the page and line that show it, naming the {@code output} (the PDF, the EPUB).
     * Takes no lock: a book may convert while another book does, on another thread. AsciidoctorJ calls
     * one Asciidoctor safe to convert on many threads (its one known failure with PDFs, asciidoctorj#1158,
     * is fixed since 2.5.8); what is per conversion here (the macros' errors, the warnings' listener, the
     * files read) is kept per thread.
     */
    public static <T> T converting(
            GuideSource source, ContentErrors errors, String file, String output, Function<Asciidoctor, T> work) {
        Asciidoctor asciidoctor = AsciidoctorRuntime.get();
        GuideMacros.useOnThisThread(asciidoctor, source, errors);
        java.util.Set<String> refused = new java.util.HashSet<>();
        try {
            return AsciidoctorRuntime.withWarningsTo(
                    record -> {
                        ContentError image = PageImages.at(source, record.getMessage());
                        if (image != null) {
                            errors.add(image.file(), image.line(), image.message() + " (in the " + output + ")");
                        } else {
                            add(errors, located(source, file, List.of(), record), refused);
                        }
                    },
                    () -> work.apply(asciidoctor));
        } finally {
            GuideMacros.leaveThisThread();
        }
    }

    /**
     * Runs {@code work} with each Asciidoctor warning or error recorded as an error at {@code page} and
     * its line, or at the included file and line it comes from.
     */
    static <T> T warningsAsErrors(GuideSource source, ContentErrors errors, Page page, Supplier<T> work) {
        java.util.Set<String> refused = new java.util.HashSet<>();
        return AsciidoctorRuntime.withWarningsTo(
                record -> add(errors, located(source, page.displayName(), page.lines(), record), refused), work);
    }

    /**
     * Adds {@code at} to {@code errors}, but not the "include file not found" Asciidoctor says next at the
     * place of an include it refused for leaving the guide ({@code refused}: those places so far): one
     * mistake, one error, and no path the teacher never wrote.
     */
    private static void add(ContentErrors errors, ContentError at, java.util.Set<String> refused) {
        String place = at.file() + ":" + at.line();
        if (at.message().equals(INCLUDE_OUTSIDE) || at.message().startsWith("refused to ")) {
            refused.add(place);
        } else if (at.message().startsWith("include file not found") && refused.contains(place)) {
            return;
        }
        errors.add(at.file(), at.line(), at.message());
    }

    /**
     * Where a warning is and what it means: its cursor's line, in the included file the cursor names
     * when that is not {@code file} (a partial), else {@code file}. A reference to a missing attribute
     * has no cursor: it is said at the first of {@code lines} that holds it.
     */
    static ContentError located(GuideSource source, String file, List<String> lines, LogRecord record) {
        // a page is converted from text, which Asciidoctor names "<stdin>" in a message without a line
        String message = record.getMessage().replaceFirst("^<stdin>: ", "");
        Cursor cursor = record.getCursor();
        String named = file;
        int line = cursor == null ? 0 : cursor.getLineNumber();
        if (cursor != null && cursor.getFile() != null && !cursor.getFile().isEmpty()) {
            Path included = Path.of(cursor.getFile()).toAbsolutePath().normalize();
            Path guide = source.folder().toAbsolutePath().normalize();
            if (included.startsWith(guide)) {
                named = guide.relativize(included).toString().replace('\\', '/');
            }
        }
        if (message.startsWith(OUTSIDE_JAIL)) {
            message = INCLUDE_OUTSIDE;
        }
        Matcher skipped = OUT_OF_SEQUENCE.matcher(message);
        if (skipped.matches()) {
            // Asciidoctor counts levels from 0 ('='); an author sees the heading's '=' signs
            String expected = "=".repeat(Integer.parseInt(skipped.group(1)) + 1);
            String found = "=".repeat(Integer.parseInt(skipped.group(2)) + 1);
            message = "a heading skips a level: '" + found + "' where the headings above call for '" + expected
                    + "' at most (a section's heading has one '=' more than its parent's: '==', then '===')";
        }
        if (message.startsWith(MISSING_ATTRIBUTE)) {
            String name = message.substring(MISSING_ATTRIBUTE.length()).strip();
            String why = BuildMachineAttributes.why(name);
            message = why != null
                    ? why
                    : "unknown attribute {" + name + "}: it would be published as written; define it in the"
                            + " page's header (:" + name + ": its value), or write \\{" + name
                            + "} for the braces themselves";
            for (int i = 0; i < lines.size() && line == 0; i++) {
                if (lines.get(i).contains("{" + name + "}")) {
                    line = i + 1;
                }
            }
            org.kotkinguide.macros.MacroSite.Place partial = line == 0 && named.equals(file)
                    ? org.kotkinguide.macros.MacroSite.partialHolding(lines, "{" + name + "}", source)
                    : null;
            if (partial != null) {
                // not in the page's own lines: in a partial it includes
                named = partial.file();
                line = partial.line();
            }
        }
        Matcher notFound = NOT_FOUND.matcher(message);
        if (notFound.matches()) {
            message = notFoundHint(
                    source,
                    named,
                    !named.equals(file),
                    Path.of(notFound.group(1).strip()));
        }
        Matcher unclosed = UNTERMINATED.matcher(message);
        if (unclosed.matches()) {
            // the cursor is at the opening line; a partial's lines are not at hand, so its kind's usual line is said
            String opening = named.equals(file) && line > 0 && line <= lines.size()
                    ? lines.get(line - 1).strip()
                    : DELIMITERS.getOrDefault(unclosed.group(1), "");
            message = "the block that opens here with '" + opening + "' " + NEVER_CLOSES + ": end it with a line '"
                    + opening + "' of its own (an answer, an example or a sidebar ends with the line that opened it)";
            // a closing line of the wrong length ("===" for "====") is the usual slip: the block it meant to end
            // then ends at the next block's opening, and the last opening in the page is said to stay open
            int slip = named.equals(file) ? nearMiss(lines, line, opening) : 0;
            if (slip > 0) {
                message = "'" + lines.get(slip - 1).strip() + "' " + DOES_NOT_END + ": a block ends only with the"
                        + " very line that opened it, here '" + opening + "' (so the block that opens at line " + line
                        + " is said never to close)";
                line = slip;
            } else if (named.equals(file)) {
                // a block left open above takes this line as its end, and the block that line was to
                // close is the one said to stay open: a block that runs over a section's heading is it
                int[] runaway = runsOverHeading(lines, line, opening);
                if (runaway != null) {
                    message = "the block that opens here with '" + opening + "' runs over the heading at line "
                            + runaway[1] + " and ends only at line " + runaway[2] + ", so the '" + opening
                            + "' at line " + line + " opens a block that " + NEVER_CLOSES
                            + ": end this block with a line '"
                            + opening + "' of its own before the heading";
                    line = runaway[0];
                }
            }
        }
        return new ContentError(named, line, message);
    }

    /**
     * A line made only of {@code opening}'s character, one fewer of them: a closing line one short ("===" for
     * "===="), the first under the opening at line {@code before}, else the last above it; 0 when there is none. Only for an opening of the usual
     * four: one short of a longer one ("====" for "=====") is a block's line itself, most likely the
     * opening of the block around it. (One more would open a block inside.)
     */
    private static int nearMiss(List<String> lines, int before, String opening) {
        if (opening.length() != 4 || opening.chars().distinct().count() != 1) {
            return 0;
        }
        char c = opening.charAt(0);
        // under the opening first: the page's last block, closed one short, has no later opening to end it
        for (int i = before; i < lines.size(); i++) {
            if (oneShort(lines.get(i), opening, c)) {
                return i + 1;
            }
        }
        for (int i = Math.min(before, lines.size()) - 2; i >= 0; i--) {
            if (oneShort(lines.get(i), opening, c)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean oneShort(String line, String opening, char c) {
        String stripped = line.strip();
        return stripped.length() == opening.length() - 1 && stripped.chars().allMatch(ch -> ch == c);
    }

    /**
     * The first block above line {@code before} opened and closed by {@code opening}'s line that has a
     * section's heading inside it: {its opening line, the heading's line, its closing line}, or null. A
     * block ends only at the very line that opened it and cannot hold another of the same line, so those
     * lines pair up in order.
     */
    private static int[] runsOverHeading(List<String> lines, int before, String opening) {
        // a listing, a literal, a comment or a passthrough may show a heading as text
        if (!(opening.equals("--") || "=*_".contains(opening.substring(0, 1)))) {
            return null;
        }
        int opened = 0;
        for (int i = 0; i < Math.min(before, lines.size() + 1) - 1; i++) {
            if (!lines.get(i).strip().equals(opening)) {
                continue;
            }
            if (opened == 0) {
                opened = i + 1;
                continue;
            }
            for (int k = opened; k < i; k++) {
                if (HEADING.matcher(lines.get(k)).matches()) {
                    return new int[] {opened, k + 1, i + 1};
                }
            }
            opened = 0;
        }
        return null;
    }

    /** A section's heading ("== Deltas"), which no delimited block can hold. */
    private static final Pattern HEADING = Pattern.compile("={1,6} \\S.*");

    /** Asciidoctor's word for an include whose file is not there, with the path it looked at. */
    /**
     * "include file not found", with the path from the guide's folder and where the path written starts: a
     * page's includes at the guide's folder, a partial's at the partial's own folder (Asciidoctor's rule for
     * an include inside an included file), with the line to write when the file meant is there.
     */
    private static String notFoundHint(GuideSource source, String named, boolean inPartial, Path missing) {
        Path guide = source.folder().toAbsolutePath().normalize();
        Path from = guide.resolve(named).getParent();
        Path absolute = missing.toAbsolutePath().normalize();
        String shown = absolute.startsWith(guide) ? slashed(guide.relativize(absolute)) : missing.toString();
        String written = from != null && absolute.startsWith(from) ? slashed(from.relativize(absolute)) : "";
        Path meant = null;
        String hint;
        if (inPartial) {
            hint = " (an include in a partial starts at the partial's own folder, " + slashed(guide.relativize(from))
                    + "/, not at the guide's";
            // written from the guide's folder, as a page's include is
            Path fromGuide = written.isEmpty() ? null : guide.resolve(written).normalize();
            if (fromGuide != null && fromGuide.startsWith(guide) && Files.isRegularFile(fromGuide)) {
                meant = fromGuide;
            }
        } else {
            hint = " (an include's path starts at the guide's folder, not at the page";
        }
        // the same name beside the file that includes it
        Path beside = from == null || missing.getFileName() == null
                ? null
                : from.resolve(missing.getFileName().toString());
        if (meant == null && beside != null && Files.isRegularFile(beside)) {
            meant = beside;
        }
        if (meant != null) {
            hint += ": write include::" + slashed(inPartial ? from.relativize(meant) : guide.relativize(meant)) + "[]";
        }
        return "include file not found: " + shown + hint + ")";
    }

    private static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** How an error about a block left open says so (PageConverter knows a page's later ids are lost with it). */
    static final String NEVER_CLOSES = "never closes";

    static final String DOES_NOT_END = "does not end a block";

    private static final Pattern OUT_OF_SEQUENCE =
            Pattern.compile("section title out of sequence: expected levels? (?:\\d+ or )?(\\d+), got level (\\d+)");

    private static final Pattern NOT_FOUND = Pattern.compile("include file not found: (.+)");

    /** Asciidoctor's word for a delimited block whose closing line never comes ("unterminated example block"). */
    private static final Pattern UNTERMINATED = Pattern.compile("unterminated (\\w+) block");

    /** Each kind of delimited block's shortest opening line. */
    private static final Map<String, String> DELIMITERS = Map.of(
            "example", "====",
            "sidebar", "****",
            "listing", "----",
            "literal", "....",
            "quote", "____",
            "verse", "____",
            "pass", "++++",
            "comment", "////",
            "open", "--",
            "table", "|===");

    /** A place in a file, for a message Asciidoctor gives without one. */
    record At(String file, int line) implements Cursor {
        @Override
        public int getLineNumber() {
            return line;
        }

        @Override
        public String getPath() {
            return file;
        }

        @Override
        public String getDir() {
            return file == null ? null : String.valueOf(Path.of(file).getParent());
        }

        @Override
        public String getFile() {
            return file;
        }
    }
}
