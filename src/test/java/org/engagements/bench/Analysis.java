package org.engagements.bench;

import java.time.LocalDate;
import java.util.function.Function;
import org.engagements.analysis.Filters;
import org.engagements.analysis.Frequency;
import org.engagements.analysis.Granularity;
import org.engagements.analysis.IssueMentions;
import org.engagements.analysis.Issues;
import org.engagements.analysis.Participants;
import org.engagements.analysis.Venues;
import org.engagements.data.Dataset;

/** Every public analysis, as the notebooks call it, by name (public: JMH sets it as a parameter). */
public enum Analysis {
    FREQUENCY_PER_QUARTER(d -> Frequency.perPeriod(d.engagements(), Granularity.QUARTER)),
    FREQUENCY_BY_STATUS(d -> Frequency.byStatus(d.engagements(), Granularity.QUARTER)),
    FREQUENCY_BY_MODE(d -> Frequency.byMode(d.engagements(), Granularity.YEAR)),
    FREQUENCY_BY_LEVEL(d -> Frequency.byLevel(d.engagements(), Granularity.MONTH)),
    FREQUENCY_WIDE(d -> Frequency.wide(Frequency.byStatus(d.engagements(), Granularity.YEAR))),
    LEADER_GAPS(d -> Frequency.leaderGaps(d.engagements())),
    VENUES(d -> Venues.byVenue(d.engagements(), d.places())),
    VENUE_COUNTRIES(d -> Venues.byCountry(d.engagements(), d.places())),
    HOST_SIDES(d -> Venues.byHostSide(d.engagements())),
    ISSUES(d -> Issues.tagged(d.engagements(), d.issues())),
    ISSUES_BY_YEAR(d -> Issues.taggedByYear(d.engagements(), d.issues())),
    COOCCURRENCE(d -> Issues.cooccurrence(d.engagements(), d.issues())),
    COOCCURRENCE_MATRIX(d -> Issues.cooccurrenceMatrix(d.engagements(), d.issues())),
    ISSUE_WORDS(d -> IssueMentions.overall(d.articleTexts(), d.vocabulary().issues())),
    PAIRS(d -> Participants.pairs(d.engagements(), d.people())),
    MOST_ACTIVE(d -> Participants.mostActive(d.engagements(), d.people(), 10)),
    HELD_BETWEEN(d -> Filters.between(Filters.held(d.engagements()), LocalDate.of(2000, 1, 1),
            LocalDate.of(2020, 12, 31)));

    private final Function<Dataset, Object> run;

    Analysis(Function<Dataset, Object> run) {
        this.run = run;
    }

    public Object run(Dataset data) {
        return run.apply(data);
    }
}
