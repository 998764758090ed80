package org.engagements.ingest.extract;

import org.engagements.data.Status;

/**
 * Statuses grouped the way reports of one engagement can differ without contradiction: held; intended
 * (planned, proposed, requested); refused (declined, postponed, cancelled). Matching and merging
 * compare classes: a planned meeting may later be held, but a declined invitation is not the meeting.
 */
public enum StatusClass {
    HELD, INTENDED, REFUSED;

    public static StatusClass of(Status status) {
        return switch (status) {
            case HELD -> HELD;
            case PLANNED, PROPOSED, REQUESTED -> INTENDED;
            case DECLINED, POSTPONED, CANCELLED -> REFUSED;
        };
    }

    /** Whether two reports can be of the same engagement: anything but held against refused. */
    public boolean compatible(StatusClass other) {
        return !((this == HELD && other == REFUSED) || (this == REFUSED && other == HELD));
    }
}
