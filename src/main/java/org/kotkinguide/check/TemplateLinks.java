package org.kotkinguide.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Theme;

/**
 * Where a template writes a link, for the link check's message: a broken link no page's source names
 * was written by a template, and the author fixes it there, not at the first page that shows it.
 * Read only when a link is broken, once per check.
 */
final class TemplateLinks {
    /** A template's line: the file as the author sees it ({@code templates/partials/footer.ftlh}) and its line. */
    record Place(String file, int line) {}

    private final GuideSource source;
    private List<Map.Entry<String, List<String>>> templates;

    TemplateLinks(GuideSource source) {
        this.source = source;
    }

    private List<Map.Entry<String, List<String>>> templates() {
        if (templates != null) {
            return templates;
        }
        templates = new ArrayList<>();
        Path shown = source.folder().relativize(source.templateFolder());
        List<Map.Entry<String, List<String>>> tools = new ArrayList<>();
        Theme.merged(Theme.toolTemplates(), source.templateFolder(), source.inputs())
                .forEach((name, file) -> {
                    if (!name.endsWith(".ftlh") && !name.endsWith(".ftl")) {
                        return;
                    }
                    String display = shown.resolve(name).toString().replace('\\', '/');
                    boolean guides = Files.isRegularFile(source.templateFolder().resolve(name));
                    // the guide's own templates are searched first: a link the tool's templates write is tested
                    (guides ? templates : tools)
                            .add(Map.entry(
                                    guides ? display : display + " (the tool's own)",
                                    Theme.read(file).lines().toList()));
                });
        templates.addAll(tools);
        return templates;
    }

    /**
     * The first template line that writes a link to {@code target} (a path in the site, without
     * {@code ../} or a fragment: {@code credits.html}), as the end of an attribute's value or before its
     * {@code #} or {@code ?}; empty where no template names it so (a link made from a page's own data).
     */
    Optional<Place> writing(String target) {
        if (target.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, List<String>> template : templates()) {
            List<String> lines = template.getValue();
            for (int i = 0; i < lines.size(); i++) {
                if (endsAValue(lines.get(i), target)) {
                    return Optional.of(new Place(template.getKey(), i + 1));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean endsAValue(String line, String target) {
        for (int at = line.indexOf(target); at >= 0; at = line.indexOf(target, at + 1)) {
            int after = at + target.length();
            boolean starts = at == 0 || !partOfAName(line.charAt(at - 1));
            if (starts && after < line.length() && "\"'#?".indexOf(line.charAt(after)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A letter of a file's name: {@code credits.html} is not the end of {@code old-credits.html}. */
    private static boolean partOfAName(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }
}
