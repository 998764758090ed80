package org.engagements.ingest.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.engagements.data.DatePrecision;

/**
 * A time expression of an article resolved against its publication date, TIMEX3-style: the first and
 * last day it allows and how coarse they are ({@code "in March"} spans March, precision month; no day is
 * ever invented). {@code text} is the article's words, empty when the article gives no date; then
 * {@code resolved} is false, the publication date is one bound and {@code note} says so.
 */
public record TemporalExpression(String text, LocalDate start, LocalDate end, DatePrecision precision,
                                 boolean resolved, String note) {
    public TemporalExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(precision, "precision");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " before start " + start);
        }
        note = note == null ? "" : note;
    }

    /** The start of the note of {@link #unresolved}, which a row's notes keep. */
    public static final String UNDATED = "no date in the article";

    static TemporalExpression of(String text, LocalDate start, LocalDate end, DatePrecision precision) {
        return new TemporalExpression(text, start, end, precision, true, "");
    }

    /**
     * No date in the article: the year up to the publication date for things that happened, the year after
     * it for things still to come (an undated plan is taken to lie after the day it was reported).
     */
    static TemporalExpression unresolved(LocalDate published, boolean past) {
        LocalDate start = past ? published.minusYears(1).plusDays(1) : published.plusDays(1);
        LocalDate end = past ? published : published.plusYears(1);
        String note = UNDATED + ": bounded by the publication date " + published
                + (past ? " and the year before it" : " and the year after it");
        return new TemporalExpression("", start, end, DatePrecision.YEAR, false, note);
    }

    /** Days covered, counting both ends. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Whether the two spans share at least one day. */
    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        return !start.isAfter(otherEnd) && !otherStart.isAfter(end);
    }

    /** Entirely before the given day. */
    public boolean before(LocalDate day) {
        return end.isBefore(day);
    }

    /** Entirely after the given day. */
    public boolean after(LocalDate day) {
        return start.isAfter(day);
    }
}
