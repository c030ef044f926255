package org.kotkinguide.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every {@link ContentError} a build finds, so an author sees all of them at once rather
 * than fixing one per run.
 */
public final class ContentErrors {
    private final List<ContentError> errors = new ArrayList<>();
    private int reported;

    public synchronized void add(String file, int line, String message) {
        reported++;
        ContentError error = new ContentError(file, line, message);
        if (!errors.contains(error)) {
            errors.add(error);
        }
    }

    public synchronized boolean isEmpty() {
        return errors.isEmpty();
    }

    /**
     * How many errors were reported, each time counted: a page whose partial repeats an error another
     * page reported first added nothing to {@link #all()}, yet failed, and must not be kept as good.
     */
    public synchronized int reported() {
        return reported;
    }

    public synchronized List<ContentError> all() {
        return List.copyOf(errors);
    }

    /** Stops the build when anything was found. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new GuideBuildException(all());
        }
    }
}
