package org.engagements.ingest;

import java.util.Optional;
import org.engagements.data.Engagement;
import org.engagements.data.Mention;
import org.engagements.ingest.extract.Candidate;

/**
 * What ingesting one candidate does to {@code engagements.csv}: a new row ({@code before} empty) or an
 * update of an existing one, with the mention it adds (empty when the article already mentions it).
 */
public record EngagementChange(Optional<Engagement> before, Engagement after, Optional<Mention> mention,
                               Candidate candidate) {
    public boolean isNew() {
        return before.isEmpty();
    }
}
