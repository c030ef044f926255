package org.kotkinguide.pipeline;

import java.io.PrintStream;

/** The console's view of a build: one short line per stage report, with counts and the time it took. */
public final class Progress {
    private final PrintStream out;

    public Progress(PrintStream out) {
        this.out = out;
    }

    /** Prints e.g. {@code rendered 4 chapters, 32 terms in 3.2 s}; a stage without a line prints nothing. */
    public void print(StageReport report) {
        if (report.line() != null) {
            out.println(report.line());
        }
    }

    public void say(String line) {
        out.println(line);
    }
}
