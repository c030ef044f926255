package org.kotkinguide.pipeline;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one shape every stage of a build has (as mdBook's renderers and JBake's rendering tools): it
 * runs, and says what it did. The build names, times and reports it ({@link StageRunner}); the
 * stage's work stays in its own package, the stage is the few lines that call it.
 *
 * @param <T> what the stage hands the stages after it (converted pages, the site's files...)
 */
@FunctionalInterface
interface Stage<T> {
    Done<T> run() throws IOException;

    /** What a stage did: its result for later stages, its progress line's words, its counts, and its outputs kept and made. */
    record Done<T>(T value, String summary, Map<String, Long> counts, int kept, int redone) {

        static <T> Done<T> of(T value, String summary) {
            return new Done<>(value, summary, Map.of(), 0, 0);
        }

        Done<T> counting(String what, long n) {
            Map<String, Long> more = new LinkedHashMap<>(counts);
            more.put(what, n);
            return new Done<>(value, summary, more, kept, redone);
        }

        Done<T> keptAndRedone(int keptOutputs, int redoneOutputs) {
            return new Done<>(value, summary, counts, keptOutputs, redoneOutputs);
        }
    }
}
