package org.kotkinguide.epub;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.kotkinguide.model.Guide;

/**
 * The EPUB's cover: the guide's title, subtitle, reading and edition drawn at build time from the
 * settings into a PNG, so a guide needs no cover image of its own and every e-reader's shelf shows
 * its title (some show no SVG cover at all).
 */
final class Cover {
    private Cover() {}

    static final int WIDTH = 1050;
    static final int HEIGHT = 1600;

    // the PDF's colours: paper, and the accent for the title
    private static final Color PAPER = new Color(0xFAF7F0);
    private static final Color ACCENT = new Color(0x7A2417);
    private static final Color GREY = new Color(0x444444);

    static byte[] png(Guide guide) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(PAPER);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(0, 0, WIDTH, 40);
            int y = 520;
            y = lines(g, guide.settings().title(), 18, new Font(Font.SERIF, Font.BOLD, 88), ACCENT, y, 104);
            y = lines(g, guide.settings().subtitle(), 30, new Font(Font.SERIF, Font.PLAIN, 52), GREY, y + 30, 66);
            lines(g, guide.reading().entryText(), 48, new Font(Font.SERIF, Font.PLAIN, 32), GREY, y + 60, 44);
            lines(g, guide.settings().edition(), 60, new Font(Font.SERIF, Font.PLAIN, 34), GREY, 1500, 44);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** Draws {@code text} wrapped at about {@code width} characters from baseline {@code y}; returns the next baseline. */
    private static int lines(Graphics2D g, String text, int width, Font font, Color colour, int y, int step) {
        g.setFont(font);
        g.setColor(colour);
        // about {@code width} characters, and never wider than the page inside its margins
        java.awt.FontMetrics metrics = g.getFontMetrics();
        List<String> wrapped = new ArrayList<>();
        for (String line : wrap(text, width)) {
            StringBuilder fitting = new StringBuilder();
            for (String word : line.split(" ")) {
                String longer = fitting.isEmpty() ? word : fitting + " " + word;
                if (!fitting.isEmpty() && metrics.stringWidth(longer) > WIDTH - 2 * 90) {
                    wrapped.add(fitting.toString());
                    fitting.setLength(0);
                    fitting.append(word);
                } else {
                    fitting.setLength(0);
                    fitting.append(longer);
                }
            }
            wrapped.add(fitting.toString());
        }
        for (String line : wrapped) {
            g.drawString(line, 90, y);
            y += step;
        }
        return y;
    }

    /** Lines of at most about {@code width} characters, broken at spaces. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
