package org.engagements.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.engagements.data.Dataset;
import org.engagements.data.Level;
import org.engagements.data.Status;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Every analysis leaves the tables it reads exactly as they were. */
class InputUntouchedTest {
    @Test
    void noAnalysisChangesItsInputTables() {
        Dataset data = SampleData.realistic();
        String engagements = snapshot(data.engagements());
        String people = snapshot(data.people());
        String places = snapshot(data.places());
        String issues = snapshot(data.issues());

        for (Granularity p : Granularity.values()) {
            Frequency.perPeriod(data.engagements(), p);
            for (Breakdown b : Breakdown.values()) {
                Frequency.wide(Frequency.by(data.engagements(), p, b));
            }
        }
        Frequency.leaderGaps(data.engagements());
        Venues.byVenue(data.engagements(), data.places());
        Venues.byCountry(data.engagements(), data.places());
        Venues.byHostSide(data.engagements());
        Issues.tagged(data.engagements(), data.issues());
        Issues.taggedByYear(data.engagements(), data.issues());
        Issues.cooccurrence(data.engagements(), data.issues());
        Issues.cooccurrenceMatrix(data.engagements(), data.issues());
        Participants.pairs(data.engagements(), data.people());
        Participants.mostActive(data.engagements(), data.people(), 5);
        Filters.between(data.engagements(), LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
        Filters.withStatus(data.engagements(), Set.of(Status.HELD));
        Filters.withLevel(data.engagements(), Set.of(Level.LEADER));

        assertEquals(engagements, snapshot(data.engagements()));
        assertEquals(people, snapshot(data.people()));
        assertEquals(places, snapshot(data.places()));
        assertEquals(issues, snapshot(data.issues()));
    }

    private static String snapshot(Table t) {
        return t.name() + "\n" + t.columnNames() + "\n" + t.printAll();
    }
}
