package org.kotkinguide.content;

/**
 * An author's mistake, located: printed as {@code content/chapters/x.adoc:14: message}. The file is
 * relative to the guide's folder; line 0 means the whole file.
 */
public record ContentError(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
