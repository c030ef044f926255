package org.kotkinguide.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

/**
 * The one door through which a build reads the guide's files, and so the list of what it read:
 * each file's place and the SHA-256 of its bytes, each folder's list of files, each file looked
 * for and not there. The caches key on this list instead of on inputs named by hand, and the next
 * build finds whether anything in it changed by reading it again ({@link #firstChange}). A file
 * that a library reads itself (a template, an asset, the PDF theme) is recorded with {@link #note}.
 * Places are relative to the guide folder, so a guide moved elsewhere still matches its cache.
 */
public final class BuildInputs {
    /** The state of a place not there (or not readable). */
    public static final String MISSING = "missing";

    private final Path guide;
    /** Place (with "file " or "folder " before it) → its state when the build read it. */
    private final Map<String, String> read = new ConcurrentSkipListMap<>();

    /** What this build learnt once from outside its files (git's days of the pages), by what it is. */
    private final Map<String, Object> learnt = new java.util.concurrent.ConcurrentHashMap<>();

    public BuildInputs(Path guide) {
        this.guide = guide.toAbsolutePath().normalize();
    }

    /**
     * {@code learn}'s answer, asked once a build: the stages that want it (the layout, the record of what
     * was read, the EPUB's date) share it rather than each running git, and a git that hangs costs its
     * timeout once, not once per stage.
     */
    @SuppressWarnings("unchecked")
    public <T> T once(String what, java.util.function.Supplier<T> learn) {
        return (T) learnt.computeIfAbsent(what, name -> learn.get());
    }

    public Path guide() {
        return guide;
    }

    /** The file's bytes, recorded. */
    public byte[] read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            read.put("file " + place(guide, file), MISSING);
            throw e;
        }
        read.put("file " + place(guide, file), Sha256.hex(bytes));
        return bytes;
    }

    /** Records a file that something else reads (a library, or Asciidoctor), or that the build looked for: its bytes or its absence. */
    public void note(Path file) {
        read.put("file " + place(guide, file), state(file));
    }

    /**
     * Every source file under {@code folder} (following links to files, as the loader does), in path order; the
     * list is recorded, so a file added or removed there is a change. Each file's bytes are recorded only
     * when read or {@link #note noted}.
     */
    public List<Path> files(Path folder) {
        List<Path> files = list(folder);
        read.put("folder " + place(guide, folder), listing(folder, files));
        return files;
    }

    /** Every file under {@code folder}, listed and each one's bytes recorded: a folder a library reads whole. */
    public List<Path> noteAll(Path folder) {
        List<Path> files = files(folder);
        files.forEach(this::note);
        return files;
    }

    /** Records reads another part of the build made, as {@link #recorded} gives them (a kept page's includes). */
    public void addAll(Map<String, String> reads) {
        read.putAll(reads);
    }

    /** What this build read so far, by place. */
    public Map<String, String> recorded() {
        return new TreeMap<>(read);
    }

    /** The record as text, one place a line: what the next build reads again to tell whether anything changed. */
    public String manifest() {
        return write(read);
    }

    public static String write(Map<String, String> reads) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(reads)
                .forEach((place, state) ->
                        text.append(place).append('\t').append(state).append('\n'));
        return text.toString();
    }

    public static Map<String, String> parse(String manifest) {
        Map<String, String> reads = new TreeMap<>();
        for (String line : manifest.split("\n")) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                reads.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return reads;
    }

    /**
     * The first place of {@code reads} whose state is not what it was, said as a person would ("content/a.adoc
     * changed"); null when every one is as recorded.
     */
    public static String firstChange(Path guide, Map<String, String> reads) {
        Change change = firstChangeOf(guide, reads);
        return change == null ? null : change.said();
    }

    /** A place whose state is not what it was: its name, whether it is a folder's listing, and the change in words. */
    public record Change(String name, boolean folder, String said) {}

    /** As {@link #firstChange}, with the place's name apart from the words. */
    public static Change firstChangeOf(Path guide, Map<String, String> reads) {
        Path root = guide.toAbsolutePath().normalize();
        for (Map.Entry<String, String> entry : reads.entrySet()) {
            String place = entry.getKey();
            if (place.equals(CLOCK_DAY)) {
                if (!today().equals(entry.getValue())) {
                    return new Change(CLOCK_DAY, false, "the day changed, and the guide gives none (guide.date)");
                }
                continue;
            }
            boolean folder = place.startsWith("folder ");
            String name = place.substring(place.indexOf(' ') + 1);
            Path path = root.resolve(name);
            String now = folder ? listing(path, list(path)) : state(path);
            if (!now.equals(entry.getValue())) {
                if (folder) {
                    return new Change(name, true, "files were added to or removed from " + name);
                }
                return new Change(
                        name,
                        false,
                        name
                                + (now.equals(MISSING)
                                        ? " is gone"
                                        : entry.getValue().equals(MISSING) ? " is new" : " changed"));
            }
        }
        return null;
    }

    /** The place under which a build that dated an output by the clock records the day. */
    public static final String CLOCK_DAY = "day by the clock";

    /**
     * Today (UTC), recorded: an output dated by the clock (the EPUB of a guide that gives no date) is
     * made again on another day, as a clean build would make it.
     */
    public String readTheClock() {
        String day = today();
        read.put(CLOCK_DAY, day);
        return day;
    }

    private static String today() {
        return java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    }

    /** A file's state: the SHA-256 of its bytes, or {@value #MISSING}. */
    public static String state(Path file) {
        try {
            return Files.isRegularFile(file) ? Sha256.hex(Files.readAllBytes(file)) : MISSING;
        } catch (IOException e) {
            return MISSING;
        }
    }

    /** Where {@code file} is, relative to the guide when inside it, with '/' on every system. */
    public static String place(Path guide, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(guide) ? guide.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }

    /** The folder's source files: never a hidden one or one in a hidden folder, nor an editor's backup ({@link SourceNames}). */
    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return new ArrayList<>(walk.filter(file -> SourceNames.isSource(folder.relativize(file)))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String listing(Path folder, List<Path> files) {
        if (!Files.isDirectory(folder)) {
            return MISSING;
        }
        StringBuilder names = new StringBuilder();
        files.forEach(file -> names.append(folder.relativize(file).toString().replace('\\', '/'))
                .append('\n'));
        return Sha256.hex(names.toString().getBytes(StandardCharsets.UTF_8));
    }
}
