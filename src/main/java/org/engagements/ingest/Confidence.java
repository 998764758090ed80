package org.engagements.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.engagements.data.Person;
import org.engagements.data.Vocabulary;
import org.engagements.ingest.extract.Candidate;
import org.engagements.ingest.extract.Evidence;
import org.engagements.ingest.extract.TemporalExpression;

/**
 * How far a proposal can be trusted, in [0, 1], as the sum of five terms read from the cues the
 * extractor recorded (documented in {@code docs/review.md}; points are hundredths):
 * <ul>
 *   <li>participants, up to 20: 10 a side named from the vocabulary, 5 a side only by a suggested name;</li>
 *   <li>status, 30 when a cue in the sentence states it, 0 when it is inferred from the date;</li>
 *   <li>date, up to 20: 20 to the day, 15 to the week, 10 to the month, 0 a vaguer window or none;</li>
 *   <li>place, 10 for a venue, an occasion, or a call (which needs none);</li>
 *   <li>merge, 20 when the proposal reports an engagement already in the data, 0 for a new row.</li>
 * </ul>
 * The weights follow what the development articles showed (docs/review.md): a status the sentence
 * states is what most often separates a real engagement from a misreading, while a missing date is common
 * in true reports. So a new row with both sides named and a stated status reaches the default threshold
 * with no date, and one whose status is only inferred needs a date and a place. Integer points keep the
 * score deterministic and exact: the same proposal always scores the same.
 */
public record Confidence(int points, List<Term> terms) {
    /** Points for a side with a vocabulary person, and for one with only a name the vocabulary lacks. */
    private static final int NAMED = 10;
    private static final int SUGGESTED = 5;

    /** One term of the sum: its points and what earned them. */
    public record Term(int points, String reason) {
    }

    public Confidence {
        terms = List.copyOf(terms);
        if (points < 0 || points > 100 || points != terms.stream().mapToInt(Term::points).sum()) {
            throw new IllegalArgumentException("a confidence is 0..100 points, the sum of its terms: " + points);
        }
    }

    /** The confidence of {@code candidate}; {@code existing} when it merges with an engagement already in the data. */
    static Confidence of(Candidate candidate, Optional<String> existing, Vocabulary vocabulary) {
        Set<String> known = vocabulary.people().stream().map(Person::id).collect(Collectors.toSet());
        List<Term> terms = List.of(participants(candidate, known), status(candidate), date(candidate),
                place(candidate), existing.map(id -> new Term(20, "merges with " + id))
                        .orElse(new Term(0, "new row")));
        return new Confidence(terms.stream().mapToInt(Term::points).sum(), terms);
    }

    private static Term participants(Candidate candidate, Set<String> known) {
        int us = side(candidate.us(), known);
        int cn = side(candidate.cn(), known);
        int named = (us == NAMED ? 1 : 0) + (cn == NAMED ? 1 : 0);
        int suggested = (us == SUGGESTED ? 1 : 0) + (cn == SUGGESTED ? 1 : 0);
        String reason = named == 2 ? "both sides named"
                : named == 1 ? (suggested == 1 ? "one side named, one suggested" : "one side named")
                : suggested > 0 ? "only suggested names" : "no participant named";
        return new Term(us + cn, reason);
    }

    private static int side(List<String> ids, Set<String> known) {
        return ids.stream().anyMatch(known::contains) ? NAMED : ids.isEmpty() ? 0 : SUGGESTED;
    }

    private static Term date(Candidate candidate) {
        Optional<TemporalExpression> date = candidate.date().filter(TemporalExpression::resolved);
        if (date.isEmpty()) {
            return new Term(0, "no date");
        }
        return switch (date.get().precision()) {
            case DAY -> new Term(20, "date to the day");
            case WEEK -> new Term(15, "date to the week");
            case MONTH -> new Term(10, "date to the month");
            case SEASON, QUARTER, YEAR -> new Term(0, "vague date window");
        };
    }

    private static Term status(Candidate candidate) {
        if (candidate.statedStatus().isEmpty()) {
            return new Term(0, "status inferred");
        }
        String words = candidate.evidence().get(0).words().getOrDefault(Evidence.Field.STATUS,
                candidate.evidence().get(0).words().getOrDefault(Evidence.Field.CUE, ""));
        return new Term(30, "status stated" + (words.isEmpty() ? "" : " (\"" + words + "\")"));
    }

    private static Term place(Candidate candidate) {
        if (candidate.venue().isPresent()) {
            return new Term(10, "venue " + candidate.venue().get());
        }
        if (!candidate.occasion().isEmpty()) {
            return new Term(10, "occasion");
        }
        if (candidate.assumedMode().filter(m -> m.remote()).isPresent()) {
            return new Term(10, "a call needs no venue");
        }
        return new Term(0, "no venue");
    }

    /** The confidence as a number in [0, 1]. */
    public double value() {
        return points / 100.0;
    }

    /** Two decimals, {@code 0.85}, whatever the locale. */
    public String text() {
        return format(points);
    }

    /** The one-line reason: {@code 0.30 both sides named + 0.25 date to the day + …}. */
    public String reason() {
        return terms.stream().map(t -> format(t.points()) + " " + t.reason()).collect(Collectors.joining(" + "));
    }

    static String format(int points) {
        return String.format(Locale.ROOT, "%d.%02d", points / 100, points % 100);
    }
}
