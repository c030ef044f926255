package org.kotkinguide.look;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** WCAG contrast between two CSS colours as the browser reports them ({@code rgb(...)} or {@code rgba(...)}). */
final class Colours {
    private static final Pattern RGB = Pattern.compile("rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)");

    private Colours() {}

    static double contrast(String one, String other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    static double luminance(String colour) {
        Matcher m = RGB.matcher(colour);
        if (!m.find()) {
            throw new IllegalArgumentException("not an rgb() colour: " + colour);
        }
        double r = channel(Double.parseDouble(m.group(1)));
        double g = channel(Double.parseDouble(m.group(2)));
        double b = channel(Double.parseDouble(m.group(3)));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(double value) {
        double c = value / 255;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
