package org.kotkinguide.content;

import java.util.List;
import java.util.stream.Collectors;

/** The build stopped: carries every located error, one per line in the message. */
public class GuideBuildException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<ContentError> errors;

    public GuideBuildException(List<ContentError> errors) {
        super(errors.stream().map(ContentError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public GuideBuildException(String file, int line, String message) {
        this(List.of(new ContentError(file, line, message)));
    }

    public List<ContentError> errors() {
        return errors;
    }
}
