package org.kotkinguide.settings;

import java.util.List;
import java.util.stream.Collectors;

/** {@code jbake.properties} cannot be used: every problem found, each at its line (0 for the whole file). */
public final class SettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One mistake in the file. */
    public record Problem(int line, String message) {}

    private final List<Problem> problems;
    private final List<Settings.UnknownKey> unknownKeys;
    private final List<Settings.RepeatedKey> repeatedKeys;
    private final java.util.SortedSet<String> knownKeys;

    SettingsException(
            List<Problem> problems,
            List<Settings.UnknownKey> unknownKeys,
            List<Settings.RepeatedKey> repeatedKeys,
            java.util.SortedSet<String> knownKeys) {
        super(problems.stream()
                .map(p -> SettingsFile.NAME + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message())
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.unknownKeys = List.copyOf(unknownKeys);
        this.repeatedKeys = List.copyOf(repeatedKeys);
        this.knownKeys = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(knownKeys));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The keys nothing reads, each at its line: where a missing setting may have been written with a slip. */
    public List<Settings.UnknownKey> unknownKeys() {
        return unknownKeys;
    }

    /** The keys set on more than one line: said as warnings beside the problems, as a good file's are. */
    public List<Settings.RepeatedKey> repeatedKeys() {
        return repeatedKeys;
    }

    /** Every key this guide may set (see {@link Settings#knownKeys()}), for "did you mean". */
    public java.util.SortedSet<String> knownKeys() {
        return knownKeys;
    }
}
