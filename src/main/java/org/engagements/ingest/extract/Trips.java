package org.engagements.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.data.DatePrecision;
import org.engagements.data.Side;
import org.engagements.data.Status;

/**
 * Meetings inside a trip. An article about a visit ("concluded her four-day trip to Beijing", "after three
 * days of talks") often reports the visit's meetings in sentences that carry no date or place of their
 * own ("During her visit, Yellen met Premier Li"). Such a held, in-person meeting of a traveller took place
 * during the trip: it takes the trip's days and city, not the year before publication. A trip's length
 * ("a four-day trip", "two days of meetings") gives its days, ending on the day the trip is dated by, or
 * on the publication day when it has no date (the article reports it concluded or under way).
 */
final class Trips {
    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);
    /** "a four-day trip", "his 3-day visit", "two days of talks". */
    private static final Pattern LENGTH = Pattern.compile("(?i)\\b(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})"
            + "(?:[- ]day\\s+(?:[\\p{L}-]+\\s+)?(?:trip|visit|tour|stay|mission)|\\s+days\\s+of\\s+(?:[\\p{L}-]+\\s+)?"
            + "(?:talks|meetings|negotiations|discussions|consultations))\\b");
    /** Words of a sentence that make its held, dated, in-person engagement a trip. */
    private static final Pattern TRIP = Pattern.compile("(?i)\\b(?:trip|visit|visits|visited|visiting|tour|travell?ed)\\b");
    /** The longest trip taken as days of one engagement (the coding guide's day precision). */
    private static final int MAX_DAYS = 7;

    private Trips() {
    }

    /** The candidates, with a trip's length applied to its own dates and its days and city given to its meetings. */
    static List<Candidate> apply(List<Candidate> candidates, LocalDate published) {
        List<Candidate> lengthened = candidates.stream().map(c -> lengthened(c, published)).toList();
        Optional<Candidate> trip = lengthened.stream().filter(Trips::isTrip)
                .min(Comparator.comparingInt(c -> c.evidence().get(0).sentence().index()));
        if (trip.isEmpty()) {
            return lengthened;
        }
        TemporalExpression span = length(trip.get(), published).orElse(trip.get().date().orElseThrow());
        List<Candidate> result = new ArrayList<>();
        for (Candidate c : lengthened) {
            result.add(c != trip.get() && inside(c, trip.get()) ? during(c, trip.get(), span) : c);
        }
        return result;
    }

    /**
     * One visit is one row (coding guide): a traveller's held meetings with several hosts during one trip ("on
     * a four-day trip to the US, she also met Deputy Secretary C"; "she held talks with deputy adviser D") join
     * the trip's row, which keeps its days and gains those hosts. A meeting with the host's head of state or
     * government ({@code leaders}, or a premier named with the office) stays its own row, and so does a
     * meeting stated as remote, one dated outside the trip, or one in another country.
     */
    static List<Candidate> oneVisit(List<Candidate> candidates, Set<String> leaders) {
        List<Candidate> result = new ArrayList<>(candidates);
        for (int t = 0; t < result.size(); t++) {
            Candidate trip = result.get(t);
            Optional<Side> host = hostSide(trip);
            if (host.isEmpty() || !isTrip(trip) || withLeader(trip, host.get(), leaders)) {
                continue;
            }
            for (int i = 0; i < result.size(); i++) {
                Candidate c = result.get(i);
                if (i != t && sameVisit(c, trip, host.get(), leaders)) {
                    Candidate merged = Merger.combine(trip, c);
                    trip = merged.withContext(trip.mode(), trip.venue().or(c::venue), trip.country(), trip.occasion(),
                            trip.date());
                    result.set(t, trip);
                    result.remove(i);
                    if (i < t) {
                        t--;
                    }
                    i = -1;
                }
            }
        }
        return List.copyOf(result);
    }

    /** The side a trip is to: its country's, when that is one of the two. */
    private static Optional<Side> hostSide(Candidate trip) {
        return trip.country().flatMap(c -> c.equals("US") ? Optional.of(Side.US)
                : c.equals("CN") ? Optional.of(Side.CN) : Optional.empty());
    }

    private static boolean sameVisit(Candidate c, Candidate trip, Side host, Set<String> leaders) {
        Side visitor = host == Side.US ? Side.CN : Side.US;
        boolean traveller = c.side(visitor).stream().anyMatch(trip.side(visitor)::contains);
        boolean otherHost = !c.side(host).isEmpty() && !trip.side(host).containsAll(c.side(host));
        boolean present = c.status() == Status.HELD && c.mode().map(m -> !m.remote()).orElse(true);
        boolean samePlace = c.country().isEmpty() || c.country().equals(trip.country());
        TemporalExpression days = trip.date().orElseThrow();
        boolean during = c.date().filter(TemporalExpression::resolved)
                .map(d -> !d.start().isBefore(days.start()) && !d.end().isAfter(days.end())).orElse(true);
        return traveller && otherHost && present && samePlace && during && !c.background()
                && !withLeader(c, host, leaders);
    }

    /** The host's head of state or government takes part: "Yellen met Premier Li" is its own row. */
    private static boolean withLeader(Candidate c, Side host, Set<String> leaders) {
        return c.side(host).stream().anyMatch(leaders::contains) || Merger.premier(c);
    }

    /** A held, in-person engagement whose sentence states a trip's length: those days. */
    private static Candidate lengthened(Candidate c, LocalDate published) {
        if (!heldInPerson(c) || c.date().filter(TemporalExpression::resolved).isPresent()) {
            return c;
        }
        return length(c, published).map(span -> c.withContext(c.mode(), c.venue(), c.country(), c.occasion(),
                Optional.of(span))).orElse(c);
    }

    /**
     * The days of a trip whose length the candidate's sentence states, ending on the candidate's day, or on
     * the publication day when it has none: "met Xi on Thursday, after three days of talks" is the trip of
     * Tuesday to Thursday; "concluded her four-day trip" ends the day it is reported.
     */
    private static Optional<TemporalExpression> length(Candidate c, LocalDate published) {
        Optional<TemporalExpression> day = c.date().filter(d -> d.resolved() && d.days() == 1);
        if (c.date().filter(TemporalExpression::resolved).isPresent() && day.isEmpty()) {
            return Optional.empty();
        }
        for (Evidence e : c.evidence()) {
            Matcher m = LENGTH.matcher(e.sentence().text());
            if (m.find()) {
                int days = days(m.group(1));
                if (days < 2 || days > MAX_DAYS) {
                    return Optional.empty();
                }
                LocalDate end = day.map(TemporalExpression::end).orElse(published);
                return Optional.of(span(m.group(), days, end));
            }
        }
        return Optional.empty();
    }

    /** A trip's length as written: "three" or "3". */
    static int days(String number) {
        Integer word = NUMBERS.get(number.toLowerCase(Locale.ROOT));
        return word != null ? word : Integer.parseInt(number);
    }

    /** The {@code days} days of a trip ending on {@code end}, read from {@code words}. */
    static TemporalExpression span(String words, int days, LocalDate end) {
        return new TemporalExpression(words, end.minusDays(days - 1L), end, DatePrecision.DAY, true,
                "the " + days + " days of the trip, ending " + end);
    }

    /**
     * A held, in-person engagement dated to the day that the article presents as a visit: it has a place,
     * or its sentence speaks of a trip or of days of talks.
     */
    private static boolean isTrip(Candidate c) {
        boolean dated = c.date().filter(d -> d.precision() == DatePrecision.DAY).isPresent();
        boolean visit = c.country().isPresent()
                || c.evidence().stream().anyMatch(e -> TRIP.matcher(e.sentence().text()).find()
                        || LENGTH.matcher(e.sentence().text()).find());
        return heldInPerson(c) && dated && visit && !c.background();
    }

    /** A held, in-person meeting of one of the trip's people, with no date of its own and no other place. */
    private static boolean inside(Candidate c, Candidate trip) {
        boolean undated = c.date().filter(TemporalExpression::resolved).isEmpty();
        boolean shared = c.us().stream().anyMatch(trip.us()::contains) || c.cn().stream().anyMatch(trip.cn()::contains);
        boolean samePlace = (c.venue().isEmpty() || c.venue().equals(trip.venue()))
                && (c.country().isEmpty() || trip.country().isEmpty() || c.country().equals(trip.country()));
        return heldInPerson(c) && undated && shared && samePlace && !c.background();
    }

    private static Candidate during(Candidate c, Candidate trip, TemporalExpression t) {
        TemporalExpression span = new TemporalExpression(t.text(), t.start(), t.end(), t.precision(), t.resolved(),
                "no date of its own: the days of the trip the article reports, " + t.start() + " to " + t.end());
        Optional<String> venue = c.venue().or(trip::venue);
        Optional<String> country = c.country().or(trip::country);
        return c.withContext(c.mode().or(trip::mode), venue, country, c.occasion(), Optional.of(span));
    }

    private static boolean heldInPerson(Candidate c) {
        return c.status() == Status.HELD && c.mode().map(m -> !m.remote()).orElse(!c.talkOnly());
    }
}
