package org.engagements.ingest;

import java.util.EnumSet;
import java.util.Set;
import org.engagements.data.Status;

/**
 * Which status may follow which when a newer article reports an engagement again: intentions may become
 * plans, and plans may be held, postponed, declined or cancelled; a postponed engagement may be planned
 * again, held or cancelled. Held, declined and cancelled are final.
 */
final class StatusProgress {
    private StatusProgress() {
    }

    /** Whether {@code next}, reported by a newer article, moves {@code current} forward. */
    static boolean forward(Status current, Status next) {
        return next != current && after(current).contains(next);
    }

    private static Set<Status> after(Status status) {
        return switch (status) {
            case PROPOSED, REQUESTED -> EnumSet.of(Status.PLANNED, Status.HELD, Status.POSTPONED, Status.DECLINED,
                    Status.CANCELLED);
            case PLANNED -> EnumSet.of(Status.HELD, Status.POSTPONED, Status.DECLINED, Status.CANCELLED);
            case POSTPONED -> EnumSet.of(Status.PLANNED, Status.HELD, Status.CANCELLED);
            case HELD, DECLINED, CANCELLED -> EnumSet.noneOf(Status.class);
        };
    }
}
