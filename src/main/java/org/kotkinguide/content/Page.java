package org.kotkinguide.content;

import java.nio.file.Path;
import java.util.List;

/**
 * One AsciiDoc source file of the guide: where it is, its header, its lines (so that macros can
 * name the exact line they stand on) and the URL JBake gives it.
 */
public record Page(Path file, String displayName, FrontMatter header, List<String> lines, String uri) {

    /** "../" for a page in a sub-folder, "" at the root: every link in the site is relative. */
    public String rootPath() {
        return "../".repeat((int) uri.chars().filter(c -> c == '/').count());
    }
}
