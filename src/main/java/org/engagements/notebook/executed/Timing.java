package org.engagements.notebook.executed;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** When something started and ended, by the run's clock. */
public record Timing(Instant start, Instant end) {
    public Timing {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public Duration duration() {
        return Duration.between(start, end);
    }
}
