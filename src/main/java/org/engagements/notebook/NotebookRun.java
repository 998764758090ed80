package org.engagements.notebook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of running one notebook.
 *
 * @param results      one per cell that ran, in order; cells after a stop have none
 * @param started      when its first cell was about to run, by the session's clock
 * @param duration     from then to closing the session
 * @param setupFailure why no cell could run (the JVM or a startup snippet failed), if so
 */
public record NotebookRun(Notebook notebook, List<CellResult> results, Instant started, Duration duration,
                          Optional<String> setupFailure) {
    public NotebookRun {
        Objects.requireNonNull(notebook, "notebook");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(setupFailure, "setupFailure");
        results = List.copyOf(results);
    }

    /** Whether every cell ran and none failed, apart from cells tagged {@code raises-exception}. */
    public boolean passed() {
        return setupFailure.isEmpty() && failedCells() == 0
                && results.size() == notebook.codeCells().size();
    }

    /** Cells whose failure fails the run. */
    public long failedCells() {
        return results.stream().filter(CellResult::failsRun).count();
    }
}
