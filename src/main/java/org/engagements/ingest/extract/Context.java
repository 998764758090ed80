package org.engagements.ingest.extract;

import java.util.Optional;
import org.engagements.data.Mode;
import org.engagements.data.Status;

/**
 * What a clause with a cue but no named participant says about an engagement ("a high-level meeting
 * between the US and Beijing officials on the sidelines of the G20 in Italy next week"): kept for the
 * next sentence of the same paragraph, whose engagement it may complete.
 */
record Context(int paragraph, Optional<Status> status, Optional<Mode> mode, Optional<String> venue,
               Optional<String> country, String occasion, Optional<TemporalExpression> date) {

    /** The same context, for a sentence of another paragraph. */
    Context forParagraph(int other) {
        return new Context(other, status, mode, venue, country, occasion, date);
    }

    /** The candidate with the fields it lacks taken from this context, when their statuses agree. */
    Candidate complete(Candidate candidate) {
        boolean agree = status.isEmpty() || candidate.statedStatus().isEmpty()
                || StatusClass.of(status.get()) == StatusClass.of(candidate.statedStatus().get());
        if (!agree || candidate.evidence().get(0).sentence().paragraph() != paragraph) {
            return candidate;
        }
        boolean sameCountry = candidate.country().isEmpty() || country.isEmpty() || candidate.country().equals(country);
        if (!sameCountry || !Merger.modesAgree(candidate.mode(), mode)) {
            return candidate;
        }
        return candidate.withContext(candidate.mode().filter(m -> m != Mode.VISIT || mode.isEmpty()).or(() -> mode),
                candidate.venue().or(() -> venue), candidate.country().or(() -> country),
                candidate.occasion().isEmpty() ? occasion : candidate.occasion(), candidate.date().or(() -> date));
    }
}
