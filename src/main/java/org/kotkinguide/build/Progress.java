package org.kotkinguide.build;

import java.io.PrintStream;
import java.util.Locale;

/** One short line per stage, with counts and the time it took. */
public final class Progress {
    private final PrintStream out;
    private long stageStart = System.nanoTime();

    public Progress(PrintStream out) {
        this.out = out;
    }

    public void start() {
        stageStart = System.nanoTime();
    }

    /** Prints e.g. {@code rendered 4 chapters, 32 terms in 3.2 s} and starts timing the next stage. */
    public void done(String what) {
        double seconds = (System.nanoTime() - stageStart) / 1e9;
        out.println(String.format(Locale.ROOT, "%s in %.1f s", what, seconds));
        start();
    }

    public void say(String line) {
        out.println(line);
    }
}
