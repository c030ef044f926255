package org.kotkinguide.settings;

import java.util.List;
import java.util.stream.Collectors;

/** {@code jbake.properties} cannot be used: every problem found, each at its line (0 for the whole file). */
public final class SettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One mistake in the file. */
    public record Problem(int line, String message) {}

    private final List<Problem> problems;

    SettingsException(List<Problem> problems) {
        super(problems.stream()
                .map(p -> SettingsFile.NAME + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message())
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
