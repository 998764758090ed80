package org.engagements.analysis;

import static org.engagements.analysis.EngagementTables.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.engagements.data.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;

class FrequencyTest {
    private static Table fixture() {
        return new EngagementTables()
                .add(row("e1", "2020-01-15").status("held").mode("visit").level("leader"))
                .add(row("e2", "2020-03-02").status("planned").mode("phone").level("cabinet"))
                .add(row("e3", "2020-03-30").status("held").mode("phone").level("leader"))
                .add(row("e4", "2020-07-01").status("declined").mode("video").level("envoy"))
                .engagements();
    }

    @ParameterizedTest
    @CsvSource({
        "MONTH, 2024-03-31, 2024-03",
        "QUARTER, 2024-04-01, 2024-Q2",
        "QUARTER, 2024-06-30, 2024-Q2",
        "QUARTER, 2024-12-31, 2024-Q4",
        "QUARTER, 2024-01-01, 2024-Q1",
        "YEAR, 2024-07-04, 2024"})
    void periodLabelsReadAsPeriodsNotAsMonths(Granularity period, String day, String label) {
        assertEquals(label, period.label(LocalDate.parse(day)));
    }

    @ParameterizedTest
    @CsvSource({
        "2020-01-01, 2022-12-31, 40, MONTH",
        "2018-06-14, 2023-12-01, 40, QUARTER",
        "2000-01-01, 2023-12-31, 40, YEAR",
        "2000-01-01, 2100-12-31, 40, YEAR"})
    void choosePicksTheFinestPeriodThatFits(String first, String last, int max, Granularity expected) {
        assertEquals(expected, Granularity.choose(LocalDate.parse(first), LocalDate.parse(last), max));
    }

    @Test
    void perMonthKeepsEmptyMonthsBetweenFirstAndLast() {
        Table out = Frequency.perPeriod(fixture(), Granularity.MONTH);
        assertEquals(List.of("2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06", "2020-07"),
                out.stringColumn(AnalysisColumns.PERIOD).asList());
        assertEquals(List.of(1, 0, 2, 0, 0, 0, 1), out.intColumn(AnalysisColumns.ENGAGEMENTS).asList());
        assertEquals(LocalDate.of(2020, 2, 1), out.dateColumn(AnalysisColumns.PERIOD_START).get(1));
    }

    @Test
    void perQuarterLabelsQuartersAsQ() {
        Table out = Frequency.perPeriod(fixture(), Granularity.QUARTER);
        assertEquals(List.of("2020-Q1", "2020-Q2", "2020-Q3"), out.stringColumn(AnalysisColumns.PERIOD).asList());
        assertEquals(List.of(3, 0, 1), out.intColumn(AnalysisColumns.ENGAGEMENTS).asList());
    }

    @Test
    void byStatusHasEveryStatusInEveryPeriodWithZeros() {
        Table out = Frequency.byStatus(fixture(), Granularity.QUARTER);
        assertEquals(3 * 7, out.rowCount());
        Table q1 = out.where(out.stringColumn(AnalysisColumns.PERIOD).isEqualTo("2020-Q1"));
        assertEquals(List.of("held", "planned", "proposed", "requested", "declined", "postponed", "cancelled"),
                q1.stringColumn(AnalysisColumns.KEY).asList());
        assertEquals(List.of(2, 1, 0, 0, 0, 0, 0), q1.intColumn(AnalysisColumns.ENGAGEMENTS).asList());
    }

    @ParameterizedTest
    @CsvSource({"MODE, phone, 2", "MODE, visit, 1", "LEVEL, leader, 2", "LEVEL, military, 0"})
    void byModeAndLevelCountEachCode(Breakdown breakdown, String key, int inFirstQuarter) {
        Table out = Frequency.by(fixture(), Granularity.QUARTER, breakdown);
        Table cell = out.where(out.stringColumn(AnalysisColumns.PERIOD).isEqualTo("2020-Q1")
                .and(out.stringColumn(AnalysisColumns.KEY).isEqualTo(key)));
        assertEquals(inFirstQuarter, cell.intColumn(AnalysisColumns.ENGAGEMENTS).get(0));
    }

    @Test
    void aMissingOrUnknownStatusIsCountedNotDropped() {
        Table engagements = new EngagementTables()
                .add(row("e1", "2021-01-05").status(""))
                .add(row("e2", "2021-01-06").status("rumoured"))
                .add(row("e3", "2021-01-07").status("held"))
                .engagements();
        Table out = Frequency.byStatus(engagements, Granularity.YEAR);
        assertEquals(3, (int) out.intColumn(AnalysisColumns.ENGAGEMENTS).sum());
        assertEquals(List.of("held", "planned", "proposed", "requested", "declined", "postponed", "cancelled", "", "rumoured"),
                out.stringColumn(AnalysisColumns.KEY).asList());
    }

    @Test
    void wideHasOneColumnPerKey() {
        Table wide = Frequency.wide(Frequency.byStatus(fixture(), Granularity.QUARTER));
        assertEquals(List.of("period", "period_start", "held", "planned", "proposed", "requested", "declined",
                "postponed", "cancelled"), wide.columnNames());
        assertEquals(List.of(2, 0, 0), wide.intColumn("held").asList());
        assertEquals(List.of(0, 0, 1), wide.intColumn("declined").asList());
    }

    @Test
    void leaderGapsAreDaysBetweenConsecutiveHeldLeaderMeetings() {
        Table engagements = new EngagementTables()
                .add(row("e3", "2022-11-14").level("leader"))
                .add(row("e1", "2021-02-10").level("leader"))
                .add(row("e2", "2021-11-15").level("leader"))
                .add(row("x1", "2021-06-01").level("leader").status("planned"))
                .add(row("x2", "2021-07-01").level("cabinet"))
                .engagements();
        Table gaps = Frequency.leaderGaps(engagements);
        assertEquals(List.of("from_id", "to_id", "from_date", "to_date", "days_between"), gaps.columnNames());
        assertEquals(List.of("e1", "e2"), gaps.stringColumn(AnalysisColumns.FROM_ID).asList());
        assertEquals(List.of("e2", "e3"), gaps.stringColumn(AnalysisColumns.TO_ID).asList());
        assertEquals(List.of(278, 364), gaps.intColumn(AnalysisColumns.DAYS_BETWEEN).asList());
    }

    @Test
    void anEmptyTableGivesEmptyResults() {
        Table empty = new EngagementTables().engagements();
        assertEquals(0, Frequency.perPeriod(empty, Granularity.MONTH).rowCount());
        assertEquals(0, Frequency.byStatus(empty, Granularity.MONTH).rowCount());
        assertEquals(0, Frequency.leaderGaps(empty).rowCount());
    }

    @Test
    void resultsHaveNames() {
        assertEquals("Engagements per quarter by status", Frequency.byStatus(fixture(), Granularity.QUARTER).name());
        assertEquals(Schema.STATUS, Breakdown.STATUS.column());
    }
}
