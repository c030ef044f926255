package org.kotkinguide.content;

/**
 * An author's mistake, located: printed as {@code content/chapters/x.adoc:14: message}. The file is
 * relative to the guide's folder; line 0 means the whole file.
 */
public record ContentError(String file, int line, String message) {

    @Override
    public String toString() {
        return printable(line > 0 ? file + ":" + line + ": " + message : file + ": " + message);
    }

    /** The line a build prints for this as a warning: {@code content/chapters/x.adoc:14: warning: message}. */
    public String asWarning() {
        return printable((line > 0 ? file + ":" + line : file) + ": warning: " + message);
    }

    /**
     * {@code text} on one line: a line break or other control character (in a file's name, a quoted
     * value) is written as an escape, so one error is one line, and no name can print a line that
     * reads as another error of its own (a CI problem matcher would show it).
     */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\t' || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else if (control) {
                    out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
