package org.kotkinguide.content;

import java.util.List;
import java.util.stream.Collectors;

/** The build stopped: carries every located error, one per line in the message. */
public class GuideBuildException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<ContentError> errors;
    private final List<ContentError> warnings;

    public GuideBuildException(List<ContentError> errors) {
        this(errors, List.of());
    }

    /** With the warnings found before the build stopped, where no later stage can find them (the settings'). */
    public GuideBuildException(List<ContentError> errors, List<ContentError> warnings) {
        super(errors.stream().map(ContentError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
    }

    public GuideBuildException(String file, int line, String message) {
        this(List.of(new ContentError(file, line, message)));
    }

    public List<ContentError> errors() {
        return errors;
    }

    public List<ContentError> warnings() {
        return warnings;
    }
}
