package org.kotkinguide.settings;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every setting of a guide's {@code jbake.properties}, defaulted, trimmed and checked by {@link
 * SettingsFile}. Why one record: the same key read in several places drifted (three parsers, four
 * ways of trimming {@code site.host}); a value read here is read the same everywhere, and a key that
 * is not here is a typo the author is told about.
 *
 * @param title             {@code guide.title} (required)
 * @param subtitle          {@code guide.subtitle}, "" when none
 * @param language          {@code guide.language}, {@code en} when none
 * @param edition           {@code guide.edition}, "" when none
 * @param readingKey        {@code guide.reading}: the BibTeX key of the reading the guide covers (required)
 * @param references        {@code guide.references}: the BibTeX file, relative to the guide folder
 * @param cslStyle          {@code guide.csl.style}
 * @param cslLocale         {@code guide.csl.locale}
 * @param author            {@code guide.author}, the title when none
 * @param date              {@code guide.date} as written, "" when none
 * @param pdfPageSize       {@code guide.pdf.page-size}
 * @param pdfEdition        {@code guide.pdf.edition}: {@code student} or {@code teacher}
 * @param offlineFolder     {@code guide.offline.folder}: the folder the offline zip unzips to, from the title when none
 * @param navMaxChapters    {@code guide.nav.max-chapters}: how many chapters a sidebar lists
 * @param rawHtml           {@code guide.raw-html}: whether pages may pass HTML through
 * @param quotationSources  {@code guide.quotation-sources}: files of the guide (comma-separated), none when unset
 * @param siteHost          {@code site.host} ending in {@code /}, or "" when the guide does not say where it is hosted
 * @param contentFolder     {@code content.folder}, relative to the guide folder
 * @param templateFolder    {@code template.folder}
 * @param assetFolder       {@code asset.folder}
 * @param documentTypes     the page types with a template ({@code template.<type>.file})
 * @param values            every key as written (values trimmed): what JBake is configured with, and what caches key on
 * @param lines             the line that sets each key, for a message about its value
 * @param unknownKeys       keys neither the guide nor JBake knows, each with its line: warnings, not errors
 * @param repeatedKeys      keys set on more than one line, of which the last wins: warnings, not errors
 * @param look              the look the tool's theme takes from the settings ({@code guide.accent}, ...)
 * @param fileSha256        the SHA-256 of the bytes these settings were read from: what the build records as
 *                          read, since the file may be saved again while the build runs
 */
public record Settings(
        String title,
        String subtitle,
        String language,
        String edition,
        String readingKey,
        String references,
        String cslStyle,
        String cslLocale,
        String author,
        String date,
        String pdfPageSize,
        String pdfEdition,
        String offlineFolder,
        int navMaxChapters,
        boolean rawHtml,
        List<String> quotationSources,
        String siteHost,
        String contentFolder,
        String templateFolder,
        String assetFolder,
        Set<String> documentTypes,
        Map<String, String> values,
        Map<String, Integer> lines,
        List<UnknownKey> unknownKeys,
        List<RepeatedKey> repeatedKeys,
        Look look,
        String fileSha256) {

    /**
     * Settings only the website reads (its layout, its assets, the 404 page, the sitemap) and the zip's
     * folder: no page's conversion, no PDF and no EPUB, so a cache of those leaves them out of its key
     * and a new home-page line remakes no PDF. A setting missing here costs work, never a stale output.
     */
    public static final Set<String> READ_BY_THE_WEBSITE_ONLY = Set.of(
            "site.host",
            "guide.report-problem",
            "guide.offline.folder",
            "guide.logo",
            "guide.font.body",
            "guide.home.eyebrow",
            "guide.home.chapters",
            "guide.nav.max-chapters");

    /**
     * What the tool's theme takes from the settings rather than from a file of the guide.
     *
     * @param accent       {@code guide.accent}: {@code #rrggbb}, lower case, or "" for the theme's own
     * @param logo         {@code guide.logo}: an image file of the guide (relative to its folder), or ""
     * @param bodyFont     {@code guide.font.body}: a font file of the guide for the text, or ""
     * @param homeEyebrow  {@code guide.home.eyebrow}: the line above the home page's title
     * @param homeChapters {@code guide.home.chapters}: the heading of the home page's list of chapters
     */
    public record Look(String accent, String logo, String bodyFont, String homeEyebrow, String homeChapters) {
        /** Whether the site needs a stylesheet made from these settings ({@code css/settings.css}). */
        public boolean hasStyles() {
            return !accent.isEmpty() || !bodyFont.isEmpty();
        }

        /** The logo's name in the site ({@code logo.svg}), or "" when none. */
        public String logoInSite() {
            return logo.isEmpty()
                    ? ""
                    : "logo" + logo.substring(logo.lastIndexOf('.')).toLowerCase(java.util.Locale.ROOT);
        }

        /** The body font's name in the site ({@code fonts/x.woff2}), or "" when none. */
        public String bodyFontInSite() {
            return bodyFont.isEmpty() ? "" : "fonts/" + bodyFont.substring(bodyFont.lastIndexOf('/') + 1);
        }
    }

    /** A key the file sets that neither the guide nor JBake reads (a typo, most likely), at its line. */
    public record UnknownKey(String key, int line) {}

    /** A key set on more than one line ({@code lines}, in order): the last one is used. */
    public record RepeatedKey(String key, List<Integer> lines) {
        public RepeatedKey {
            lines = List.copyOf(lines);
        }
    }

    /** Every key a guide may set: the guide's own, JBake's, and a template key for each of this guide's page types. */
    public java.util.SortedSet<String> knownKeys() {
        return SettingsFile.knownKeys(documentTypes);
    }

    /**
     * The values, in key order: everything else here follows from them. Caches key on the guide's text
     * ({@code Guide.fingerprint()}), so it must not change with the order of a hash map or with a
     * comment line that moves a setting down.
     */
    @Override
    public String toString() {
        return "Settings" + values;
    }

    /**
     * The name a browser keeps this guide's progress under: the title in lower-case ASCII words, as
     * it always was for a Latin title, and with a hash of title and reading added when the title
     * has other letters, which the words alone would drop (every Russian or Japanese title would
     * otherwise share one empty name, and erasing one guide's progress would erase the other's).
     */
    public String progressKey() {
        String words = title.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (!words.isEmpty() && title.chars().allMatch(c -> c < 128)) {
            return words;
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((title + "\n" + readingKey).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String id = java.util.HexFormat.of().formatHex(hash, 0, 6);
            return words.isEmpty() ? id : words + "-" + id;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** {@code guide.quotation-sources.key}: the BibTeX key that attributes a quotation to those sources, "" when none. */
    public String quotationSourcesKey() {
        return values.getOrDefault("guide.quotation-sources.key", "");
    }

    /**
     * Where "Report a problem with this page" leads for the page at {@code pageUri}: the address in
     * {@code guide.report-problem} as it is, or for an e-mail address a {@code mailto:} whose subject
     * names the page; "" when the guide has no such setting (and no such link).
     */
    public String reportProblemHref(String pageUri) {
        String report = values.getOrDefault("guide.report-problem", "");
        if (report.isEmpty() || report.startsWith("http")) {
            return report;
        }
        String subject = "A problem with " + title + ": " + pageUri;
        return "mailto:" + report + "?subject="
                + java.net.URLEncoder.encode(subject, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20");
    }

    /** Whether the file sets {@code key} itself (rather than the build taking its default). */
    public boolean sets(String key) {
        return values.containsKey(key);
    }

    /** The line of {@code jbake.properties} that sets {@code key}; 0 when the file does not set it. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 0);
    }
}
