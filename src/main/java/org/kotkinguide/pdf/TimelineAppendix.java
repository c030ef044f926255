package org.kotkinguide.pdf;

import java.util.ArrayList;
import java.util.List;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Page;
import org.kotkinguide.model.Timeline;
import org.kotkinguide.model.TimelineEvent;

/**
 * The timeline as an appendix of the whole-guide PDF and the EPUB, just before the bibliography: each
 * event's date, then its text as the author wrote it (so its {@code term:} and {@code cite:} macros
 * link the glossary and bibliography appendices).
 * Empty for a guide without a timeline.
 */
final class TimelineAppendix {
    private TimelineAppendix() {}

    static String asciidoc(GuideSource source) {
        Timeline timeline = source.guide().timeline();
        Page page = source.pages().values().stream()
                .filter(p -> p.uri().equals(Timeline.URI))
                .findFirst()
                .orElse(null);
        if (!timeline.exists() || page == null) {
            return "";
        }
        List<String> out = new ArrayList<>();
        out.add("[#timeline]");
        out.add("== " + timeline.title());
        out.add("");
        for (TimelineEvent event : timeline.events()) {
            out.add(event.dateLabel() + ":: " + text(page.lines(), event.line()));
        }
        return "\n" + String.join("\n", out) + "\n";
    }

    /** The event's AsciiDoc: the rest of its line after '::' and the lines that continue it, up to a blank line or the next event. */
    private static String text(List<String> lines, int line) {
        String first = lines.get(line - 1);
        StringBuilder text =
                new StringBuilder(first.substring(first.indexOf("::") + 2).strip());
        for (int i = line;
                i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).matches("^\\S.*?::(\\s.*)?$");
                i++) {
            text.append(text.isEmpty() ? "" : " ").append(lines.get(i).strip());
        }
        return text.toString();
    }
}
