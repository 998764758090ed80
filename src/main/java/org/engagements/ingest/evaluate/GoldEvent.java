package org.engagements.ingest.evaluate;

import java.time.LocalDate;
import org.engagements.data.Engagement;
import org.engagements.data.Mention;
import org.engagements.ingest.extract.Candidate;
import org.engagements.ingest.extract.Merger;
import org.engagements.ingest.extract.StatusClass;
import org.engagements.ingest.extract.TemporalExpression;

/**
 * A curated engagement as one article reports it: the row of {@code engagements.csv} and the article's
 * row of {@code mentions.csv}. The evaluation compares extracted candidates with these.
 */
record GoldEvent(Engagement engagement, Mention mention) {
    /**
     * Whether a candidate reports this engagement: participants overlap as in merging, the status class
     * of the article's reported status, venues agree (the same, or one unknown), and the extracted dates
     * overlap the curated ones widened by one unit of their precision.
     */
    boolean matchedBy(Candidate candidate) {
        Engagement g = engagement;
        boolean venue = candidate.venue().isEmpty() || g.venue().isEmpty() || candidate.venue().get().equals(g.venue());
        TemporalExpression dates = candidate.dates();
        return Merger.participantsOverlap(candidate.us(), candidate.cn(), g.participants().us(), g.participants().cn())
                && StatusClass.of(candidate.status()) == StatusClass.of(mention.reportedStatus())
                && venue && dates.overlaps(widenedStart(), widenedEnd());
    }

    /** The date is right when the extracted span lies inside the widened curated span. */
    boolean dateRight(Candidate candidate) {
        TemporalExpression dates = candidate.dates();
        return !dates.start().isBefore(widenedStart()) && !dates.end().isAfter(widenedEnd());
    }

    LocalDate widenedStart() {
        return engagement.dates().start().minusDays(Merger.widening(engagement.dates().precision()));
    }

    LocalDate widenedEnd() {
        return engagement.dates().end().plusDays(Merger.widening(engagement.dates().precision()));
    }
}
