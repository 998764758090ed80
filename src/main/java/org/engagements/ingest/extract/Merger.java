package org.engagements.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.engagements.data.Mode;
import org.engagements.data.Status;
import org.engagements.ingest.DatasetMerge;

/**
 * Decides when two reports are one engagement, and combines them. Two reports match when
 * <ul>
 *   <li>their participants overlap: a person in common on each side, or on one side when the other
 *       side is unnamed in either;</li>
 *   <li>their statuses can be one engagement's ({@link StatusClass#compatible});</li>
 *   <li>their modes agree: the same, one unknown, or both in person (a visit may be a multilateral
 *       summit's sideline meeting);</li>
 *   <li>their venues agree (the same or one unknown), and so do their countries and the gatherings they
 *       name (a meeting at the G20 is not one at APEC the same month);</li>
 *   <li>their date ranges overlap, or touch (a day apart) when both are precise to a week.</li>
 * </ul>
 * The same rules merge candidates within an article ({@link #dedupe}) and candidates into the dataset
 * ({@link DatasetMerge}). Pure functions.
 */
public final class Merger {
    /**
     * Dates a day apart still touch: talks "on Thursday evening" and "on Friday" are one visit, and an
     * evening call in Washington is the next morning in Beijing.
     */
    private static final int ADJACENT_DAYS = 1;
    /** Only dates known to the day or week touch that way; "since 2018" ending the day before is another time. */
    private static final int PRECISE_DAYS = 7;

    /** "Premier Zhou Ming", not "Vice Premier Zhou Ming": the head of government, named with the office. */
    private static final Pattern PREMIER = Pattern.compile(
            "(?<!Vice[-\\s])(?<!Executive\\sVice\\s)\\bPremier\\s+\\p{Lu}");

    private Merger() {
    }

    /** What two reports are compared on; {@code occasion} is the multilateral gathering, or empty. */
    public record View(List<String> us, List<String> cn, Optional<Status> status, Optional<Mode> mode,
                Optional<String> venue, Optional<String> country, LocalDate start, LocalDate end, String occasion) {
        public View {
            occasion = occasion == null ? "" : occasion;
        }

        /** A view that names no gathering. */
        public View(List<String> us, List<String> cn, Optional<Status> status, Optional<Mode> mode,
                    Optional<String> venue, Optional<String> country, LocalDate start, LocalDate end) {
            this(us, cn, status, mode, venue, country, start, end, "");
        }
    }

    public static View view(Candidate candidate) {
        TemporalExpression span = candidate.span();
        return new View(candidate.us(), candidate.cn(), candidate.statedStatus(), candidate.mode(), candidate.venue(),
                candidate.country(), span.start(), span.end(), candidate.occasion());
    }

    /**
     * Whether two reports are of one engagement. Within one article ({@code sameArticle}) statuses must be
     * of the same class: an article that calls one thing planned and another declined reports two things.
     */
    public static boolean matches(View a, View b, boolean sameArticle) {
        return participantsOverlap(a.us(), a.cn(), b.us(), b.cn())
                && statusesAgree(a.status(), b.status(), sameArticle)
                && modesAgree(a.mode(), b.mode())
                && agree(a.venue(), b.venue()) && agree(a.country(), b.country())
                && agree(Cues.gathering(a.occasion()), Cues.gathering(b.occasion()))
                && datesTouch(a, b);
    }

    private static boolean datesTouch(View a, View b) {
        boolean precise = days(a) <= PRECISE_DAYS && days(b) <= PRECISE_DAYS;
        int slack = precise ? ADJACENT_DAYS : 0;
        return !a.start().isAfter(b.end().plusDays(slack)) && !b.start().isAfter(a.end().plusDays(slack));
    }

    private static long days(View view) {
        return view.end().toEpochDay() - view.start().toEpochDay() + 1;
    }

    /** A person in common on each side, or on one side when the other is unnamed in either report. */
    public static boolean participantsOverlap(List<String> usA, List<String> cnA, List<String> usB, List<String> cnB) {
        boolean us = usA.stream().anyMatch(usB::contains);
        boolean cn = cnA.stream().anyMatch(cnB::contains);
        boolean usUnnamed = usA.isEmpty() || usB.isEmpty();
        boolean cnUnnamed = cnA.isEmpty() || cnB.isEmpty();
        return (us && cn) || (us && cnUnnamed) || (cn && usUnnamed);
    }

    private static boolean statusesAgree(Optional<Status> a, Optional<Status> b, boolean sameArticle) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        StatusClass first = StatusClass.of(a.get());
        StatusClass second = StatusClass.of(b.get());
        return sameArticle ? first == second : first.compatible(second);
    }

    static boolean modesAgree(Optional<Mode> a, Optional<Mode> b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return true;
        }
        return !a.get().remote() && !b.get().remote();
    }

    /** One unit of a date precision, in days: how far a curated date range is widened when compared. */
    public static int widening(org.engagements.data.DatePrecision precision) {
        return switch (precision) {
            case DAY -> 1;
            case WEEK -> 7;
            case MONTH -> 31;
            case SEASON, QUARTER -> 92;
            case YEAR -> 366;
        };
    }

    private static <T> boolean agree(Optional<T> a, Optional<T> b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    /** Merges the candidates of one article that report the same engagement, keeping first-mention order. */
    public static List<Candidate> dedupe(List<Candidate> candidates) {
        return dedupe(candidates, (a, b) -> false);
    }

    /** The same, keeping apart the pairs {@code apart} names (either order). */
    static List<Candidate> dedupe(List<Candidate> candidates,
                                  java.util.function.BiPredicate<Candidate, Candidate> apart) {
        List<Candidate> merged = new ArrayList<>();
        for (Candidate candidate : candidates) {
            int match = -1;
            for (int i = 0; i < merged.size() && match < 0; i++) {
                if (matches(view(merged.get(i)), view(candidate), true)
                        && !premierAside(merged.get(i), candidate) && !apart.test(merged.get(i), candidate)
                        && !apart.test(candidate, merged.get(i))) {
                    match = i;
                }
            }
            if (match < 0) {
                merged.add(candidate);
            } else {
                merged.set(match, combine(merged.get(match), candidate));
            }
        }
        return List.copyOf(merged);
    }

    /**
     * "During her visit, Yellen met Premier Zhou Ming": a held meeting with the head of government during a
     * visit is its own engagement (coding guide), even when the premier is outside the vocabulary and the
     * visit's report names no one on that side.
     */
    private static boolean premierAside(Candidate a, Candidate b) {
        boolean premierA = premier(a);
        return premierA != premier(b) && (premierA ? b : a).cn().isEmpty()
                && StatusClass.of(a.status()) == StatusClass.HELD && StatusClass.of(b.status()) == StatusClass.HELD;
    }

    /** Names a premier (not a vice premier), whether or not the vocabulary knows them. */
    static boolean premier(Candidate candidate) {
        return candidate.evidence().stream().anyMatch(e -> PREMIER.matcher(e.sentence().text()).find());
    }

    /**
     * Two reports of one engagement from the same article: names from both; the first stated status
     * (the lead sentence's); the mode, venue and occasion of whichever states them (a multilateral
     * occasion is more specific than a plain in-person meeting); the more precise date; all issues.
     */
    static Candidate combine(Candidate first, Candidate second) {
        List<String> us = new ArrayList<>(first.us());
        us.addAll(second.us());
        List<String> cn = new ArrayList<>(first.cn());
        cn.addAll(second.cn());
        Optional<Mode> mode = second.mode().filter(m -> m == Mode.MULTILATERAL).or(first::mode).or(second::mode);
        List<String> issues = new ArrayList<>(first.issues());
        issues.addAll(second.issues());
        List<Evidence> evidence = new ArrayList<>(first.evidence());
        evidence.addAll(second.evidence());
        return new Candidate(us, cn, first.statedStatus().or(second::statedStatus), mode,
                first.talkOnly() && second.talkOnly(), first.venue().or(second::venue),
                first.country().or(second::country), first.occasion().isEmpty() ? second.occasion() : first.occasion(),
                preciser(first.date(), second.date()), first.published(), issues, evidence);
    }

    private static Optional<TemporalExpression> preciser(Optional<TemporalExpression> a,
                                                         Optional<TemporalExpression> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.or(() -> b);
        }
        return b.get().days() < a.get().days() ? b : a;
    }
}
