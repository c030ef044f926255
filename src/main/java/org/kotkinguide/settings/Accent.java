package org.kotkinguide.settings;

import java.util.Locale;

/**
 * The one accent colour a guide sets ({@code guide.accent}), made into the colours each scheme needs:
 * for light pages, the colour darkened until links and headings read against the page (WCAG's 4.5:1);
 * for dark pages, lightened until they do; for the PDF, the light colour a little darker, for paper.
 */
public record Accent(int red, int green, int blue) {
    /** The light scheme's page colour and the dark scheme's (assets/css/vars.css). */
    private static final Accent LIGHT_PAGE = parse("#fdfcf9");

    private static final Accent DARK_PAGE = parse("#17181b");
    private static final Accent WHITE = new Accent(255, 255, 255);
    private static final Accent BLACK = new Accent(0, 0, 0);

    /** {@code #rrggbb}, as {@link SettingsFile} checked it. */
    public static Accent parse(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new Accent((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    /** The accent on light pages. */
    public Accent onLight() {
        Accent colour = this;
        for (double toward = 0.05; colour.contrast(LIGHT_PAGE) < 4.5 && toward <= 1; toward += 0.05) {
            colour = mix(BLACK, toward);
        }
        return colour;
    }

    /** The accent on dark pages: lighter, as the theme's own dark accent is. */
    public Accent onDark() {
        Accent colour = mix(WHITE, 0.35);
        for (double toward = 0.4; colour.contrast(DARK_PAGE) < 4.5 && toward <= 1; toward += 0.05) {
            colour = mix(WHITE, toward);
        }
        return colour;
    }

    /** A pale wash of the light accent for backgrounds (a highlighted row, the current chapter). */
    public Accent softOnLight() {
        return onLight().mix(LIGHT_PAGE, 0.85);
    }

    public Accent softOnDark() {
        return onDark().mix(DARK_PAGE, 0.8);
    }

    /** The accent for the PDF's headings and links: the light one, darkened for paper. */
    public Accent forPaper() {
        return onLight().mix(BLACK, 0.12);
    }

    /** {@code #rrggbb}. */
    public String css() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** {@code RRGGBB}, as asciidoctor-pdf's themes write colours. */
    public String pdf() {
        return String.format(Locale.ROOT, "%02X%02X%02X", red, green, blue);
    }

    private Accent mix(Accent other, double share) {
        return new Accent(
                (int) Math.round(red + (other.red - red) * share),
                (int) Math.round(green + (other.green - green) * share),
                (int) Math.round(blue + (other.blue - blue) * share));
    }

    /** WCAG 2's contrast ratio of two colours. */
    double contrast(Accent other) {
        double a = luminance() + 0.05;
        double b = other.luminance() + 0.05;
        return Math.max(a, b) / Math.min(a, b);
    }

    private double luminance() {
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
