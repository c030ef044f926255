package org.kotkinguide.epub;

import static org.kotkinguide.macros.TipLink.escape;

import java.util.ArrayList;
import java.util.List;
import org.kotkinguide.model.Guide;

/**
 * The EPUB's cover: the guide's title, subtitle and reading as an SVG picture, drawn from the
 * settings, so a guide needs no cover image of its own and e-readers' shelves show its title.
 */
final class Cover {
    private Cover() {}

    static String svg(Guide guide) {
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1050\" height=\"1600\" viewBox=\"0 0 1050 1600\">\n")
                .append("<title>")
                .append(escape(guide.settings().title()))
                .append("</title>\n")
                // the PDF's colours: paper, and the accent for the title
                .append("<rect width=\"1050\" height=\"1600\" fill=\"#FAF7F0\"/>\n")
                .append("<rect x=\"0\" y=\"0\" width=\"1050\" height=\"40\" fill=\"#7A2417\"/>\n");
        int y = 520;
        for (String line : wrap(guide.settings().title(), 18)) {
            svg.append(text(90, y, 88, "#7A2417", "bold", line));
            y += 104;
        }
        y += 30;
        for (String line : wrap(guide.settings().subtitle(), 30)) {
            svg.append(text(90, y, 52, "#444444", "normal", line));
            y += 66;
        }
        y += 60;
        for (String line : wrap(guide.reading().entryText(), 48)) {
            svg.append(text(90, y, 32, "#444444", "normal", line));
            y += 44;
        }
        svg.append(text(90, 1500, 34, "#444444", "normal", guide.settings().edition()));
        return svg.append("</svg>\n").toString();
    }

    private static String text(int x, int y, int size, String colour, String weight, String line) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-family=\"serif\" font-size=\"" + size + "\" font-weight=\""
                + weight + "\" fill=\"" + colour + "\">" + escape(line) + "</text>\n";
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
