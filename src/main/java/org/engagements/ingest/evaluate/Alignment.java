package org.engagements.ingest.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.engagements.data.DatePrecision;
import org.engagements.data.Engagement;
import org.engagements.data.Side;
import org.engagements.data.Vocabulary;
import org.engagements.ingest.extract.StatusClass;

/**
 * Pairs one article's gold rows with the engagements the pipeline recorded for it, one to one. A pair
 * is possible when the participants overlap as merging requires (a person in common on each side, or
 * on one side when the other side is unnamed in either; an engagement naming nobody pairs by venue), the
 * engagement's dates overlap the gold dates widened by one unit of their precision (at least a week), and
 * the engagement is new or is the curated row the gold row names: a report merged into another curated
 * engagement is a wrong merge, not a match. Status, mode, venue and exact dates are not required, so
 * that a wrong field shows as a field error rather than as a miss; they only rank the possible pairs,
 * which are taken best first, ties in file order. A report left over that could pair with an already
 * paired gold row is an extra: a second row the article gave one engagement.
 */
final class Alignment {
    private Alignment() {
    }

    /** A gold row and the engagement row and report the pipeline gave for it. */
    record Pair(GoldRow gold, SystemReport report, Engagement engagement) {
    }

    /** The one-to-one pairs, and the extra reports of engagements already paired. */
    record Result(List<Pair> pairs, List<Pair> extras) {
        Result {
            pairs = List.copyOf(pairs);
            extras = List.copyOf(extras);
        }
    }

    /**
     * @param rows     the engagement row of each report, in the same order
     * @param curated  the ids of the engagements that were in the data before the set was ingested
     */
    static Result align(List<GoldRow> gold, List<SystemReport> reports, List<Engagement> rows, Set<String> curated,
                        Vocabulary vocabulary) {
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < reports.size(); s++) {
                GoldRow row = gold.get(g);
                Engagement engagement = rows.get(s);
                boolean mergeable = !curated.contains(engagement.id()) || engagement.id().equals(row.dataId());
                if (mergeable && compatible(row, engagement, vocabulary)) {
                    candidates.add(new Candidate(g, s, rank(row, reports.get(s), engagement, vocabulary)));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::rank).reversed().thenComparingInt(Candidate::gold)
                .thenComparingInt(Candidate::system));
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedSystem = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!usedGold.contains(c.gold()) && !usedSystem.contains(c.system())) {
                usedGold.add(c.gold());
                usedSystem.add(c.system());
                pairs.add(new Pair(gold.get(c.gold()), reports.get(c.system()), rows.get(c.system())));
            }
        }
        pairs.sort(Comparator.comparingInt(p -> gold.indexOf(p.gold())));
        List<Pair> extras = new ArrayList<>();
        for (Candidate c : candidates) {
            if (usedGold.contains(c.gold()) && !usedSystem.contains(c.system())) {
                usedSystem.add(c.system());
                extras.add(new Pair(gold.get(c.gold()), reports.get(c.system()), rows.get(c.system())));
            }
        }
        return new Result(pairs, extras);
    }

    private record Candidate(int gold, int system, int rank) {
    }

    static boolean compatible(GoldRow gold, Engagement engagement, Vocabulary vocabulary) {
        return datesFit(gold, engagement) && sharesPeople(gold, engagement, vocabulary);
    }

    /** Whether the engagement's dates overlap the gold dates widened by one unit of their precision. */
    static boolean datesFit(GoldRow gold, Engagement engagement) {
        return overlaps(engagement.dates(), widened(gold.dates()));
    }

    /**
     * Whether the participants overlap as merging requires: a person in common on each side, or on one side
     * when the other is unnamed in either; an engagement naming nobody by its venue.
     */
    static boolean sharesPeople(GoldRow gold, Engagement engagement, Vocabulary vocabulary) {
        List<String> us = engagement.participants().us();
        List<String> cn = engagement.participants().cn();
        if (us.isEmpty() && cn.isEmpty()) {
            return !gold.venue().isEmpty() && Names.venue(vocabulary, gold.venue()).equals(engagement.venue());
        }
        List<String> goldUs = resolved(vocabulary, Side.US, gold.us());
        List<String> goldCn = resolved(vocabulary, Side.CN, gold.cn());
        boolean sameUs = goldUs.stream().anyMatch(us::contains);
        boolean sameCn = goldCn.stream().anyMatch(cn::contains);
        boolean usUnnamed = goldUs.isEmpty() || us.isEmpty();
        boolean cnUnnamed = goldCn.isEmpty() || cn.isEmpty();
        return (sameUs && sameCn) || (sameUs && cnUnnamed) || (sameCn && usUnnamed);
    }

    private static int rank(GoldRow gold, SystemReport report, Engagement engagement, Vocabulary vocabulary) {
        int shared = 0;
        for (String id : resolved(vocabulary, Side.US, gold.us())) {
            shared += engagement.participants().us().contains(id) ? 1 : 0;
        }
        for (String id : resolved(vocabulary, Side.CN, gold.cn())) {
            shared += engagement.participants().cn().contains(id) ? 1 : 0;
        }
        boolean status = StatusClass.of(report.reported()) == StatusClass.of(gold.status());
        boolean venue = !gold.venue().isEmpty() && Names.venue(vocabulary, gold.venue()).equals(engagement.venue());
        boolean remote = gold.mode().map(m -> m.remote() == engagement.mode().remote()).orElse(false);
        return 4 * shared + (status ? 2 : 0) + (remote ? 2 : 0) + (venue ? 1 : 0)
                + (within(engagement.dates(), gold.dates()) ? 1 : 0);
    }

    static List<String> resolved(Vocabulary vocabulary, Side side, List<String> tokens) {
        return tokens.stream().map(t -> Names.person(vocabulary, side, t)).toList();
    }

    /** Whether {@code inner} lies within {@code outer}, give or take a day (time zones). */
    static boolean within(Engagement.Dates inner, Engagement.Dates outer) {
        return !inner.start().isBefore(outer.start().minusDays(1)) && !inner.end().isAfter(outer.end().plusDays(1));
    }

    private static boolean overlaps(Engagement.Dates a, Engagement.Dates b) {
        return !a.start().isAfter(b.end()) && !b.start().isAfter(a.end());
    }

    /** The dates widened on each side by one unit of their precision, at least a week. */
    static Engagement.Dates widened(Engagement.Dates dates) {
        int days = unit(dates.precision());
        LocalDate start = dates.start().minusDays(days);
        return new Engagement.Dates(start, dates.end().plusDays(days), dates.precision());
    }

    private static int unit(DatePrecision precision) {
        return switch (precision) {
            case DAY, WEEK -> 7;
            case MONTH -> 31;
            case SEASON, QUARTER -> 92;
            case YEAR -> 366;
        };
    }
}
