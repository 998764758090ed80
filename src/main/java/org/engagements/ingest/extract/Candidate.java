package org.engagements.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.engagements.data.Mode;
import org.engagements.data.Side;
import org.engagements.data.Status;

/**
 * An engagement proposed by the extractor from one article. Fields the article does not state are
 * empty; {@link #status()}, {@link #dates()} and {@link #assumedMode()} give what is written when a
 * value is needed anyway. {@code evidence} lists the supporting sentences, the first one first.
 *
 * @param us        US person ids, as first mentioned
 * @param cn        Chinese person ids, as first mentioned
 * @param talkOnly  the only cue was "spoke"/"talk to": a call is assumed when nothing says otherwise
 * @param country   ISO code of the venue's country, or of the country travelled to when only that is known
 * @param occasion  the multilateral gathering, or empty
 */
public record Candidate(List<String> us, List<String> cn, Optional<Status> statedStatus, Optional<Mode> mode,
                        boolean talkOnly, Optional<String> venue, Optional<String> country, String occasion,
                        Optional<TemporalExpression> date, LocalDate published, List<String> issues,
                        List<Evidence> evidence) {
    public Candidate {
        us = List.copyOf(new LinkedHashSet<>(us));
        cn = List.copyOf(new LinkedHashSet<>(cn));
        Objects.requireNonNull(statedStatus, "statedStatus");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(country, "country");
        occasion = occasion == null ? "" : occasion;
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(published, "published");
        issues = List.copyOf(new LinkedHashSet<>(issues));
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a candidate needs at least one supporting sentence");
        }
    }

    public List<String> side(Side side) {
        return side == Side.US ? us : cn;
    }

    /** The status stated, else held when the date is not after publication, else planned. */
    public Status status() {
        return statedStatus.orElseGet(() -> date.filter(d -> d.after(published)).isPresent()
                ? Status.PLANNED : Status.HELD);
    }

    /** The dates: the article's expression, or a year before or after publication when it gives none. */
    public TemporalExpression dates() {
        boolean past = StatusClass.of(status()) != StatusClass.INTENDED;
        return date.orElseGet(() -> TemporalExpression.unresolved(published, past));
    }

    /** The dates for comparing with other candidates: with no date and no status, a year either side. */
    TemporalExpression span() {
        if (date.isPresent() || statedStatus.isPresent()) {
            return dates();
        }
        return new TemporalExpression("", published.minusYears(1).plusDays(1), published.plusYears(1).minusDays(1),
                org.engagements.data.DatePrecision.YEAR, false, "");
    }

    /** The mode to write: the stated one, else a call for "spoke"/"talk to", else empty (unknown). */
    public Optional<Mode> assumedMode() {
        return mode.or(() -> talkOnly ? Optional.of(Mode.PHONE) : Optional.empty());
    }

    /** "China's Dong Jun": the words of a side's participants the vocabulary lacks, from all evidence. */
    public List<String> outsiders(Side side) {
        Evidence.Field field = side == Side.US ? Evidence.Field.US_OUTSIDERS : Evidence.Field.CN_OUTSIDERS;
        return evidence.stream().map(e -> e.words().getOrDefault(field, "")).filter(w -> !w.isEmpty()).distinct()
                .toList();
    }

    /** Every supporting sentence mentions it in passing ("since they met in Bali"): never a new row alone. */
    public boolean background() {
        return evidence.stream().allMatch(e -> e.words().containsKey(Evidence.Field.BACKGROUND));
    }

    /** The first supporting sentence's quote. */
    public String quote() {
        return evidence.get(0).quote();
    }

    Candidate withParticipants(List<String> newUs, List<String> newCn) {
        return new Candidate(newUs, newCn, statedStatus, mode, talkOnly, venue, country, occasion, date, published,
                issues, evidence);
    }

    Candidate withIssues(List<String> newIssues, String words) {
        List<Evidence> updated = new ArrayList<>(evidence);
        updated.set(0, updated.get(0).with(Evidence.Field.ISSUES, words));
        return new Candidate(us, cn, statedStatus, mode, talkOnly, venue, country, occasion, date, published,
                newIssues, updated);
    }

    /** A copy dated by {@code newDate}, whose first evidence's date words become that expression's. */
    Candidate withDate(TemporalExpression newDate) {
        List<Evidence> updated = new ArrayList<>(evidence);
        updated.set(0, updated.get(0).replacing(Evidence.Field.DATE, newDate.text()));
        return new Candidate(us, cn, statedStatus, mode, talkOnly, venue, country, occasion, Optional.of(newDate),
                published, issues, updated);
    }

    Candidate withContext(Optional<Mode> newMode, Optional<String> newVenue, Optional<String> newCountry,
                          String newOccasion, Optional<TemporalExpression> newDate) {
        return new Candidate(us, cn, statedStatus, newMode, talkOnly, newVenue, newCountry, newOccasion, newDate,
                published, issues, evidence);
    }
}
