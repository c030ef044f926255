package org.kotkinguide.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a guide's {@code jbake.properties} into {@link Settings}: strictly as UTF-8 (a byte-order mark
 * allowed), every value checked, every mistake reported at its line, all of them at once. This is the
 * only code that opens the file, so it is read one way (the JDK's {@code Properties.load(InputStream)}
 * reads ISO-8859-1, which once made a folder named {@code inhalt-für-kurs} look unchanged).
 */
public final class SettingsFile {
    public static final String NAME = "jbake.properties";

    /** The keys of the guide's own settings. */
    static final Set<String> GUIDE_KEYS = Set.of(
            "guide.title",
            "guide.subtitle",
            "guide.language",
            "guide.edition",
            "guide.reading",
            "guide.references",
            "guide.csl.style",
            "guide.csl.locale",
            "guide.author",
            "guide.date",
            "guide.pdf.page-size",
            "guide.pdf.edition",
            "guide.offline.folder",
            "guide.nav.max-chapters",
            "guide.raw-html",
            "guide.quotation-sources",
            "guide.quotation-sources.key",
            "guide.report-problem",
            "guide.accent",
            "guide.logo",
            "guide.font.body",
            "guide.home.eyebrow",
            "guide.home.chapters");

    /**
     * JBake's keys, from the defaults JBake ships (so the list follows the JBake version), and the few it
     * reads without a default. A guide may set any of them; the build refuses those that would make
     * JBake write pages of its own (see the renderer).
     */
    static final Set<String> JBAKE_KEYS =
            jbakeKeys("jvm.locale", "freemarker.timezone", "template.encoding", "render.encoding");

    static final Set<String> KNOWN_KEYS = union(GUIDE_KEYS, JBAKE_KEYS);

    /** {@code template.<type>.file} gives a page type its template; JBake also reads {@code template.<type>.extension}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("^template\\.([a-z0-9_-]+)\\.(file|extension)$");

    private static final Pattern BAD_ESCAPE = Pattern.compile("\\\\u(?![0-9a-fA-F]{4})");
    private static final Pattern SITE_HOST = Pattern.compile("^https?://[^\\s\"'<>&`\\\\]+$");
    private static final Pattern EMAIL = Pattern.compile("^[^\\s\"'<>&`\\\\@:/?#]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$");
    private static final Pattern ACCENT = Pattern.compile("^#[0-9a-fA-F]{6}$");
    private static final Pattern LOGO =
            Pattern.compile("^[^\\s\"'<>]+\\.(svg|png|jpe?g|webp)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FONT =
            Pattern.compile("^[^\\s\"'<>()]+\\.(woff2|woff|ttf|otf)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFLINE_FOLDER = Pattern.compile("^[A-Za-z0-9_-][A-Za-z0-9._-]*$");
    /** How many chapters a sidebar lists when the guide does not say: enough for a term's course. */
    public static final int DEFAULT_NAV_MAX_CHAPTERS = 40;

    private final Map<String, String> values;
    private final Map<String, Integer> lines;
    private final List<Settings.RepeatedKey> repeated;
    private final List<SettingsException.Problem> problems = new ArrayList<>();

    private final String sha256;

    private SettingsFile(
            Map<String, String> values,
            Map<String, Integer> lines,
            List<Settings.RepeatedKey> repeated,
            String sha256) {
        this.values = values;
        this.lines = lines;
        this.repeated = repeated;
        this.sha256 = sha256;
    }

    /** The SHA-256 of {@code bytes}, as the build's record of inputs writes it (lowercase hex). */
    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Reads {@code folder/jbake.properties}; throws {@link SettingsException} with every mistake found. */
    public static Settings read(Path folder) {
        Path file = folder.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            throw fatal(0, "missing: every guide folder needs a jbake.properties");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw fatal(0, "cannot read: " + e.getMessage());
        }
        return parse(bytes);
    }

    /** The settings in {@code bytes}, the content of a {@code jbake.properties}. */
    static Settings parse(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw fatal(
                    firstLineNotUtf8(bytes),
                    "not UTF-8 (a byte on this line cannot be read as UTF-8): save the file as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // an editor's byte-order mark is not part of the first key
        }
        List<String> lines = Arrays.asList(text.split("\r?\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (BAD_ESCAPE.matcher(lines.get(i)).find()) {
                throw fatal(
                        i + 1,
                        "'\\u' must be followed by four hexadecimal digits (e.g. \\u2013); write a plain character instead");
            }
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw fatal(0, "cannot read: " + e.getMessage());
        }
        java.util.SortedMap<String, String> values = new TreeMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        List<Settings.RepeatedKey> repeated = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            values.put(key, properties.getProperty(key).strip());
            List<Integer> setting = linesOf(lines, key);
            // as in Properties, the last line that sets a key wins
            keyLines.put(key, setting.isEmpty() ? 0 : setting.get(setting.size() - 1));
            if (setting.size() > 1) {
                repeated.add(new Settings.RepeatedKey(key, setting));
            }
        }
        repeated.sort(java.util.Comparator.comparing(r -> r.lines().get(0)));
        return new SettingsFile(
                        java.util.Collections.unmodifiableSortedMap(values),
                        Map.copyOf(keyLines),
                        List.copyOf(repeated),
                        sha256(bytes))
                .settings();
    }

    private Settings settings() {
        String title = required("guide.title");
        String reading = required("guide.reading");
        String host = text("site.host", "");
        if (!host.isEmpty() && !SITE_HOST.matcher(host).matches()) {
            problem(
                    "site.host",
                    "site.host must be the address the site is served from,"
                            + " like https://example.org/guide (http or https, no spaces, quotes or angle brackets), found '"
                            + host + "'");
        }
        String report = text("guide.report-problem", "");
        if (!report.isEmpty()
                && !SITE_HOST.matcher(report).matches()
                && !EMAIL.matcher(report).matches()) {
            problem(
                    "guide.report-problem",
                    "guide.report-problem must be the address of the guide's issue tracker (http or https) or"
                            + " an e-mail address, like https://github.com/me/guide/issues or editor@example.org,"
                            + " found '" + report + "'");
        }
        String offline = text("guide.offline.folder", slug(title));
        if (!OFFLINE_FOLDER.matcher(offline).matches()) {
            problem(
                    "guide.offline.folder",
                    "guide.offline.folder is the one folder the offline zip unzips to: letters, digits,"
                            + " '.', '_' and '-' only, not starting with '.', found '" + offline + "'");
        }
        String pdfEdition = text("guide.pdf.edition", "student");
        if (!List.of("student", "teacher").contains(pdfEdition)) {
            problem(
                    "guide.pdf.edition",
                    "guide.pdf.edition must be 'student' or 'teacher', found '" + pdfEdition + "'");
        }
        String pageSize = text("guide.pdf.page-size", "A4");
        if (!List.of("a4", "letter").contains(pageSize.toLowerCase(Locale.ROOT))) {
            // asciidoctor-pdf would fall back to A4 without a word
            problem("guide.pdf.page-size", "guide.pdf.page-size must be A4 or Letter, found '" + pageSize + "'");
        }
        String status = text("default.status", PUBLISHED);
        if (!status.equals(PUBLISHED)) {
            problem("default.status", statusRefused("default.status=" + status));
        }
        String language = text("guide.language", "en");
        checkLanguage(language);
        int navMax = navMaxChapters();
        Settings.Look look = look();
        boolean rawHtml = bool("guide.raw-html", false);
        java.util.SortedSet<String> types = new TreeSet<>();
        List<Settings.UnknownKey> unknown = new ArrayList<>();
        for (String key : values.keySet()) {
            Matcher template = TEMPLATE_KEY.matcher(key);
            if (template.matches() && template.group(2).equals("file")) {
                types.add(template.group(1));
            } else if (!template.matches() && !KNOWN_KEYS.contains(key)) {
                unknown.add(new Settings.UnknownKey(key, lines.get(key)));
            }
        }
        unknown.sort(java.util.Comparator.comparingInt(Settings.UnknownKey::line));
        if (!problems.isEmpty()) {
            // in the file's order, as a reader mends them; with the warnings a good file would get
            problems.sort(java.util.Comparator.comparingInt(SettingsException.Problem::line));
            throw new SettingsException(problems, unknown, repeated, knownKeys(types));
        }
        return new Settings(
                title,
                text("guide.subtitle", ""),
                language,
                text("guide.edition", ""),
                reading,
                text("guide.references", "content/references.bib"),
                text("guide.csl.style", "chicago-author-date"),
                text("guide.csl.locale", "en-US"),
                text("guide.author", title),
                text("guide.date", ""),
                pageSize,
                pdfEdition,
                offline,
                navMax,
                rawHtml,
                list("guide.quotation-sources"),
                host.isEmpty() || host.endsWith("/") ? host : host + "/",
                text("content.folder", "content"),
                text("template.folder", "templates"),
                text("asset.folder", "assets"),
                java.util.Collections.unmodifiableSortedSet(types),
                values,
                lines,
                List.copyOf(unknown),
                repeated,
                look,
                sha256);
    }

    /** Every key a guide with these page types may set: the guide's own, JBake's, and a template key for each type. */
    static java.util.SortedSet<String> knownKeys(java.util.Set<String> documentTypes) {
        java.util.SortedSet<String> known = new TreeSet<>(KNOWN_KEYS);
        documentTypes.forEach(type -> known.add("template." + type + ".file"));
        return known;
    }

    /** The look's settings: one accent colour, a logo and a font (files of the guide), the home page's labels. */
    private Settings.Look look() {
        String accent = text("guide.accent", "");
        if (!accent.isEmpty() && !ACCENT.matcher(accent).matches()) {
            problem(
                    "guide.accent",
                    "guide.accent is one colour as #rrggbb (e.g. #1f5fa8), found '" + accent
                            + "'; the dark scheme and the PDF are made from it");
        }
        String logo = text("guide.logo", "");
        if (!logo.isEmpty() && (!LOGO.matcher(logo).matches() || remote(logo))) {
            problem(
                    "guide.logo",
                    "guide.logo is an image file in the guide folder (.svg, .png, .jpg or .webp), e.g."
                            + " assets/logo.svg, found '" + logo + "'");
        }
        String font = text("guide.font.body", "");
        if (!font.isEmpty() && (!FONT.matcher(font).matches() || remote(font))) {
            problem(
                    "guide.font.body",
                    "guide.font.body is a font file in the guide folder (.woff2, .woff, .ttf or .otf), e.g."
                            + " assets/fonts/Literata.woff2, found '" + font
                            + "': a font from another host is blocked by the pages' security policy");
        }
        return new Settings.Look(
                accent.toLowerCase(Locale.ROOT),
                logo,
                font,
                text("guide.home.eyebrow", "Study guide"),
                text("guide.home.chapters", "The chapters"));
    }

    /**
     * guide.language is the pages' lang, by which a screen reader picks its voice and a browser its
     * hyphenation: a language tag ("en", "en-GB", "de"), never a language's name ("english", which built).
     */
    private void checkLanguage(String language) {
        String primary = language.split("-", 2)[0].toLowerCase(Locale.ROOT);
        boolean known = java.util.Arrays.asList(Locale.getISOLanguages()).contains(primary)
                || (primary.length() == 3 && primary.chars().allMatch(Character::isLetter));
        if (known && Locale.forLanguageTag(language).getLanguage().equals(primary)) {
            return;
        }
        String meant = java.util.Arrays.stream(Locale.getISOLanguages())
                .filter(code -> Locale.forLanguageTag(code)
                        .getDisplayLanguage(Locale.ENGLISH)
                        .equalsIgnoreCase(language.strip()))
                .findFirst()
                .map(code -> " (did you mean '" + code + "'?)")
                .orElse("");
        problem(
                "guide.language",
                "guide.language is a language tag such as en, en-GB or de, found '" + language + "'" + meant
                        + "; the pages' lang attribute tells screen readers which voice to use");
    }

    /** An address on another host, not a file of the guide. */
    private static boolean remote(String path) {
        return path.contains("://") || path.startsWith("//");
    }

    private String text(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /** How the problem of a required key that is not set begins; the key follows. */
    public static final String MISSING = "missing property ";

    private String required(String key) {
        String value = text(key, "");
        if (value.isEmpty()) {
            problems.add(new SettingsException.Problem(lines.getOrDefault(key, 0), MISSING + key));
        }
        return value;
    }

    private boolean bool(String key, boolean fallback) {
        String value = text(key, String.valueOf(fallback));
        if (!value.equals("true") && !value.equals("false")) {
            problem(key, key + " must be true or false, not '" + value + "'");
        }
        return value.equals("true");
    }

    private int navMaxChapters() {
        String value = text("guide.nav.max-chapters", String.valueOf(DEFAULT_NAV_MAX_CHAPTERS));
        try {
            int max = Integer.parseInt(value);
            if (max > 0) {
                return max;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem("guide.nav.max-chapters", "guide.nav.max-chapters must be a whole number above 0, not '" + value + "'");
        return DEFAULT_NAV_MAX_CHAPTERS;
    }

    /** A comma-separated list, each item trimmed; empty when the key is not set. */
    private List<String> list(String key) {
        return Arrays.stream(text(key, "").split(","))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    private void problem(String key, String message) {
        problems.add(new SettingsException.Problem(lines.getOrDefault(key, 0), message));
    }

    /** The name a title gives the offline copy's folder: {@code Kotkin Study Guide} unzips to {@code kotkin-study-guide/}. */
    static String slug(String title) {
        String slug =
                title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "study-guide" : slug;
    }

    /** The one status a page may have (JBake's {@code default.status}, a page's {@code :jbake-status:}). */
    public static final String PUBLISHED = "published";

    /**
     * Why a status other than "published" is refused ({@code what}: as written), and what to do instead:
     * JBake leaves such a page out while the chapter list, the glossary and their links still name it.
     */
    public static String statusRefused(String what) {
        return what + " would keep pages out of the site while the chapter list, the glossary and their links"
                + " still name them: every page of the content folder is published. To keep a page out, move it"
                + " into a folder whose name starts with '.' (content/.drafts/), or remove the line";
    }

    private static SettingsException fatal(int line, String message) {
        return new SettingsException(
                List.of(new SettingsException.Problem(line, message)), List.of(), List.of(), new TreeSet<>());
    }

    /** The lines (1-based) that set {@code key}, in order. */
    private static List<Integer> linesOf(List<String> lines, String key) {
        Pattern setting = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:\\s]");
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (setting.matcher(lines.get(i) + " ").find()) {
                found.add(i + 1);
            }
        }
        return found;
    }

    private static int firstLineNotUtf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        StandardCharsets.UTF_8.newDecoder().decode(in, CharBuffer.allocate(bytes.length + 1), true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }

    /** The keys of JBake's own {@code default.properties} (read from its jar, never from the guide) and {@code more}. */
    private static Set<String> jbakeKeys(String... more) {
        Set<String> keys = new TreeSet<>(List.of(more));
        try {
            // other jars may hold a default.properties too: JBake's is the one that names its index template
            for (java.net.URL url : java.util.Collections.list(
                    SettingsFile.class.getClassLoader().getResources("default.properties"))) {
                Properties defaults = new Properties();
                try (InputStream in = url.openStream()) {
                    defaults.load(in);
                }
                if (defaults.containsKey("template.masterindex.file")) {
                    keys.addAll(defaults.stringPropertyNames());
                }
            }
        } catch (IOException e) {
            // without JBake's list, its keys are reported as unknown: a warning, never a failed build
        }
        return Set.copyOf(keys);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
