package org.engagements.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.engagements.data.Dataset;
import org.engagements.data.DatasetLoader;
import org.engagements.data.Schema;
import org.engagements.data.ShippedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Every analysis on the shipped data, its totals checked against counts made here independently: plain
 * loops over the engagement rows and article texts, sharing no code with the analyses.
 */
class RealDataTotalsTest {
    private static Dataset data;
    private static Table engagements;

    @BeforeAll
    static void load() {
        data = DatasetLoader.load(ShippedData.folder());
        engagements = data.engagements();
    }

    /** How many engagement rows satisfy {@code test}, counted with a loop. */
    private static int count(java.util.function.Predicate<Row> test) {
        int n = 0;
        for (Row row : engagements) {
            if (test.test(row)) {
                n++;
            }
        }
        return n;
    }

    private static List<String> ids(Row row, String column) {
        String cell = row.getString(column);
        return cell.isEmpty() ? List.of() : List.of(cell.split(";"));
    }

    private static int sum(Table table, String column) {
        return (int) table.intColumn(column).sum();
    }

    private static int where(Table table, String keyColumn, String key, String valueColumn) {
        for (Row row : table) {
            if (row.getString(keyColumn).equals(key)) {
                return row.getInt(valueColumn);
            }
        }
        return 0;
    }

    @Test
    void frequencyPerYearAddsUpToEveryEngagementYearByYear() {
        Table perYear = Frequency.perPeriod(engagements, Granularity.YEAR);
        assertEquals(engagements.rowCount(), sum(perYear, AnalysisColumns.ENGAGEMENTS));
        Map<String, Integer> byYear = new HashMap<>();
        for (Row row : engagements) {
            byYear.merge(String.valueOf(row.getDate(Schema.DATE_START).getYear()), 1, Integer::sum);
        }
        byYear.forEach((year, n) -> assertEquals(n, where(perYear, AnalysisColumns.PERIOD, year, AnalysisColumns.ENGAGEMENTS), year));
        assertEquals(2023 - 2018 + 1, perYear.rowCount(), "empty years kept");
    }

    @Test
    void frequencyByStatusCountsEachStatus() {
        Table byStatus = Frequency.byStatus(engagements, Granularity.QUARTER);
        assertEquals(engagements.rowCount(), sum(byStatus, AnalysisColumns.ENGAGEMENTS));
        for (String status : List.of("held", "planned", "proposed", "declined")) {
            int expected = count(row -> row.getString(Schema.STATUS).equals(status));
            Table only = byStatus.where(byStatus.stringColumn(AnalysisColumns.KEY).isEqualTo(status));
            assertEquals(expected, sum(only, AnalysisColumns.ENGAGEMENTS), status);
        }
        assertEquals(13, count(row -> row.getString(Schema.STATUS).equals("held")));
    }

    @Test
    void leaderGapsFollowTheHeldLeaderMeetings() {
        int heldLeader = count(row -> row.getString(Schema.STATUS).equals("held")
                && row.getString(Schema.LEVEL).equals("leader"));
        assertEquals(heldLeader - 1, Frequency.leaderGaps(engagements).rowCount());
    }

    @Test
    void venuesAndHostSidesAddUp() {
        Table venues = Venues.byVenue(engagements, data.places());
        assertEquals(count(row -> !row.getString(Schema.VENUE).isEmpty()), sum(venues, AnalysisColumns.ENGAGEMENTS));
        assertEquals(count(row -> row.getString(Schema.VENUE).equals("beijing")),
                where(venues, Schema.VENUE, "beijing", AnalysisColumns.ENGAGEMENTS));
        Table sides = Venues.byHostSide(engagements);
        assertEquals(engagements.rowCount(), sum(sides, AnalysisColumns.ENGAGEMENTS));
        for (String side : List.of("US", "CN", "third", "none")) {
            assertEquals(count(row -> row.getString(Schema.HOST_SIDE).equals(side)),
                    where(sides, Schema.HOST_SIDE, side, AnalysisColumns.ENGAGEMENTS), side);
        }
    }

    @Test
    void issueRollUpCountsAnEngagementOnceForItsParent() {
        Table tagged = Issues.tagged(engagements, data.issues());
        Set<String> humanRights = Set.of("human-rights", "hong-kong", "xinjiang", "detained-citizens");
        int expected = count(row -> ids(row, Schema.ISSUES).stream().anyMatch(humanRights::contains));
        assertEquals(expected, where(tagged, Schema.ISSUE_ID,
                "human-rights", AnalysisColumns.ENGAGEMENTS));
        assertEquals(count(row -> ids(row, Schema.ISSUES).contains("taiwan")),
                where(tagged, Schema.ISSUE_ID, "taiwan", AnalysisColumns.ENGAGEMENTS));
    }

    @Test
    void participantsCountTheListsOfEachRow() {
        Table active = Participants.mostActive(engagements, data.people(), 50);
        for (String person : List.of("blinken", "wang-yi", "biden", "xi-jinping")) {
            int expected = count(row -> ids(row, Schema.US_PARTICIPANTS).contains(person)
                    || ids(row, Schema.CN_PARTICIPANTS).contains(person));
            assertEquals(expected, where(active, Schema.PERSON_ID, person, AnalysisColumns.ENGAGEMENTS), person);
        }
        Table pairs = Participants.pairs(engagements, data.people());
        int bidenXi = count(row -> ids(row, Schema.US_PARTICIPANTS).contains("biden")
                && ids(row, Schema.CN_PARTICIPANTS).contains("xi-jinping"));
        int found = 0;
        for (Row row : pairs) {
            if (row.getString(AnalysisColumns.US_PERSON_ID).equals("biden")
                    && row.getString(AnalysisColumns.CN_PERSON_ID).equals("xi-jinping")) {
                found = row.getInt(AnalysisColumns.ENGAGEMENTS);
            }
        }
        assertEquals(bidenXi, found);
    }

    @Test
    void issueWordsInTheTextsMatchASimpleSearch() {
        Table overall = IssueMentions.overall(data.articleTexts(), data.vocabulary().issues());
        int fentanyl = 0;
        for (String text : data.articleTexts().values()) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf("fentanyl"); at >= 0; at = lower.indexOf("fentanyl", at + 1)) {
                fentanyl++;
            }
        }
        assertEquals(fentanyl, where(overall, Schema.ISSUE_ID, "fentanyl", AnalysisColumns.MENTIONS));
    }
}
