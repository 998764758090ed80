package org.engagements.notebook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.engagements.display.MimeBundle;

/**
 * The outcome of running one cell.
 *
 * @param started        when the cell started, by the session's clock
 * @param executionCount the session's count for this execution, as Jupyter's {@code [3]}
 */
public record CellResult(Cell cell, CellStatus status, List<CellOutput> outputs, Instant started,
                         Duration duration, int executionCount) {
    public CellResult {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(duration, "duration");
        outputs = List.copyOf(outputs);
    }

    public boolean isOk() {
        return status == CellStatus.OK;
    }

    /** Whether the failure is allowed: the cell is tagged {@code raises-exception}. */
    public boolean failureExpected() {
        return status == CellStatus.ERROR && cell.metadata().hasTag(CellMetadata.RAISES_EXCEPTION);
    }

    /** Whether this result fails a run: not ok and not an expected exception. */
    public boolean failsRun() {
        return !isOk() && !failureExpected();
    }

    public Optional<CellOutput.Error> findError() {
        return outputs.stream().filter(CellOutput.Error.class::isInstance).map(CellOutput.Error.class::cast)
                .findFirst();
    }

    /** This result with display {@code displayId}, if it has it, showing {@code data} instead. */
    public CellResult withDisplayUpdated(String displayId, MimeBundle data) {
        List<CellOutput> updated = outputs.stream().map(output -> output instanceof CellOutput.DisplayData display
                ? display.updated(displayId, data) : output).toList();
        return updated.equals(outputs) ? this : new CellResult(cell, status, updated, started, duration, executionCount);
    }

    /** Everything the cell printed on {@code name}. */
    public String streamText(StreamName name) {
        StringBuilder text = new StringBuilder();
        outputs.forEach(output -> {
            if (output instanceof CellOutput.Stream stream && stream.name() == name) {
                text.append(stream.text());
            }
        });
        return text.toString();
    }
}
