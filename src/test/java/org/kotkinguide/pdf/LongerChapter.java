package org.kotkinguide.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Makes a fixture's chapter pages longer before its second section, so what follows lands on later pages. */
final class LongerChapter {
    private LongerChapter() {}

    /** Numbered paragraphs, {@code between} after every tenth (from the first), before the chapter's second section. */
    static void pushDown(Path chapter, int paragraphs, String between) throws IOException {
        String text = Files.readString(chapter);
        int second = text.indexOf("\n== ", text.indexOf("\n== ") + 1);
        StringBuilder pages = new StringBuilder("\n");
        for (int i = 0; i < paragraphs; i++) {
            pages.append("A paragraph added to push what follows onto later pages, number ")
                    .append(i)
                    .append(".\n\n");
            if (i % 10 == 0) {
                pages.append(between);
            }
        }
        Files.writeString(chapter, text.substring(0, second) + pages + text.substring(second));
    }
}
