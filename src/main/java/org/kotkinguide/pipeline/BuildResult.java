package org.kotkinguide.pipeline;

import java.util.List;
import java.util.NoSuchElementException;
import org.kotkinguide.content.ContentError;

/**
 * What a build did, stage by stage, and its warnings (a term named before it is linked). A build
 * that found nothing changed ran only {@link BuildStage#CHECK_FOR_CHANGES}.
 */
public record BuildResult(List<StageReport> stages, List<ContentError> warnings) {

    public BuildResult {
        stages = List.copyOf(stages);
        warnings = List.copyOf(warnings);
    }

    /** Whether the build found nothing changed since the last one and wrote nothing. */
    public boolean nothingChanged() {
        return stages.stream().noneMatch(report -> report.stage() == BuildStage.LOAD);
    }

    /** The report of {@code stage}; a stage this build did not run is a mistake in the asking test or tool. */
    public StageReport stage(BuildStage stage) {
        return stages.stream()
                .filter(report -> report.stage() == stage)
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("this build did not " + stage + ": it ran "
                        + stages.stream().map(StageReport::stage).toList()));
    }

    /** Whether this build ran {@code stage} (JRuby starts once a process, the PDFs only without {@code --no-pdf}). */
    public boolean ran(BuildStage stage) {
        return stages.stream().anyMatch(report -> report.stage() == stage);
    }
}
