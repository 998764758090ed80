package org.engagements.analysis;

import static org.engagements.analysis.EngagementTables.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.engagements.data.Schema;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class IssuesTest {
    static final Table ISSUES = EngagementTables.issues(
            new String[] {"human-rights", "Human rights", ""},
            new String[] {"hong-kong", "Hong Kong", "human-rights"},
            new String[] {"xinjiang", "Xinjiang", "human-rights"},
            new String[] {"taiwan", "Taiwan", ""},
            new String[] {"fentanyl", "Fentanyl", ""});

    private static Table fixture() {
        return new EngagementTables()
                .add(row("e1", "2020-03-01").issues("hong-kong;xinjiang;taiwan"))
                .add(row("e2", "2020-05-01").issues("taiwan"))
                .add(row("e3", "2022-01-01").issues("xinjiang"))
                .add(row("e4", "2022-02-01").issues("human-rights;taiwan;taiwan"))
                .add(row("e5", "2022-03-01").issues(""))
                .engagements();
    }

    @Test
    void parentsCountEachEngagementOnceWhateverChildrenItCarries() {
        Table out = Issues.tagged(fixture(), ISSUES);
        assertEquals(List.of("issue_id", "label", "parent", "engagements"), out.columnNames());
        assertEquals(List.of("human-rights", "taiwan", "xinjiang", "hong-kong", "fentanyl"),
                out.stringColumn(Schema.ISSUE_ID).asList());
        assertEquals(List.of(3, 3, 2, 1, 0), out.intColumn(AnalysisColumns.ENGAGEMENTS).asList());
        assertEquals("human-rights", out.stringColumn(Schema.PARENT).get(2));
        assertEquals("", out.stringColumn(Schema.PARENT).get(0));
    }

    @Test
    void theEngagementsBehindEachIssueRollUpOnceEach() {
        Table out = Issues.taggedEngagements(fixture(), ISSUES);
        assertEquals(List.of("issue_id", "engagement_id"), out.columnNames());
        Table rights = out.where(out.stringColumn(Schema.ISSUE_ID).isEqualTo("human-rights"));
        assertEquals(List.of("e1", "e3", "e4"), rights.stringColumn(Schema.ENGAGEMENT_ID).asList(),
                "e1 carries two children of human-rights and counts once");
        assertEquals(List.of("e1", "e2", "e4"), out.where(out.stringColumn(Schema.ISSUE_ID).isEqualTo("taiwan"))
                .stringColumn(Schema.ENGAGEMENT_ID).asList(), "a repeated tag counts once");
        assertEquals((int) Issues.tagged(fixture(), ISSUES).intColumn(AnalysisColumns.ENGAGEMENTS).sum(), out.rowCount());
    }

    @Test
    void theEngagementsBehindEachPairAreThoseTaggedWithBoth() {
        Table out = Issues.cooccurrenceEngagements(fixture());
        assertEquals(List.of("issue_a", "issue_b", "engagement_id"), out.columnNames());
        Table pair = out.where(out.stringColumn(AnalysisColumns.ISSUE_A).isEqualTo("taiwan")
                .and(out.stringColumn(AnalysisColumns.ISSUE_B).isEqualTo("xinjiang")));
        assertEquals(List.of("e1"), pair.stringColumn(Schema.ENGAGEMENT_ID).asList());
        assertEquals((int) Issues.cooccurrence(fixture(), ISSUES).intColumn(AnalysisColumns.ENGAGEMENTS).sum(),
                out.rowCount());
    }

    @Test
    void theRowsBehindEachIssueAreThoseOfItsEngagementsInTableOrder() {
        Table engagements = fixture();
        Map<String, int[]> rows = Issues.taggedRows(engagements, ISSUES);
        assertArrayEquals(new int[] {0, 2, 3}, rows.get("human-rights"), "e1 carries two children and counts once");
        assertArrayEquals(new int[] {0, 1, 3}, rows.get("taiwan"), "a repeated tag counts once");
        assertFalse(rows.containsKey("fentanyl"), "an issue never tagged has no rows");
        Table long_ = Issues.taggedEngagements(engagements, ISSUES);
        rows.forEach((issue, of) -> assertEquals(idsOf(long_.where(long_.stringColumn(Schema.ISSUE_ID).isEqualTo(issue))),
                idsOfRows(engagements, of), issue));
    }

    @Test
    void theRowsBehindEachPairAgreeWithTheLongTable() {
        Table engagements = fixture();
        Map<List<String>, int[]> rows = Issues.cooccurrenceRows(engagements);
        assertArrayEquals(new int[] {0}, rows.get(List.of("taiwan", "xinjiang")));
        assertArrayEquals(new int[] {0, 2}, rows.get(List.of("xinjiang", "xinjiang")));
        Table long_ = Issues.cooccurrenceEngagements(engagements);
        assertEquals(long_.rowCount(), rows.values().stream().mapToInt(of -> of.length).sum());
        rows.forEach((pair, of) -> assertEquals(idsOf(long_.where(long_.stringColumn(AnalysisColumns.ISSUE_A)
                .isEqualTo(pair.get(0)).and(long_.stringColumn(AnalysisColumns.ISSUE_B).isEqualTo(pair.get(1))))),
                idsOfRows(engagements, of), pair.toString()));
    }

    private static List<String> idsOf(Table members) {
        return members.stringColumn(Schema.ENGAGEMENT_ID).asList();
    }

    private static List<String> idsOfRows(Table engagements, int[] rows) {
        return java.util.Arrays.stream(rows).mapToObj(engagements.stringColumn(Schema.ID)::get).toList();
    }

    @Test
    void byYearFillsEveryYearBetweenFirstAndLast() {
        Table out = Issues.taggedByYear(fixture(), ISSUES);
        assertEquals(List.of(2020, 2021, 2022), out.intColumn(AnalysisColumns.YEAR).asList().stream().distinct().toList());
        Table taiwan = out.where(out.stringColumn(Schema.ISSUE_ID).isEqualTo("taiwan"));
        assertEquals(List.of(2, 0, 1), taiwan.intColumn(AnalysisColumns.ENGAGEMENTS).asList());
        Table rights = out.where(out.stringColumn(Schema.ISSUE_ID).isEqualTo("human-rights"));
        assertEquals(List.of(1, 0, 2), rights.intColumn(AnalysisColumns.ENGAGEMENTS).asList());
        assertEquals(3 * 4, out.rowCount()); // fentanyl, never tagged, is left out
    }

    @Test
    void cooccurrenceCountsEngagementsTaggedWithBothAsTagged() {
        Table out = Issues.cooccurrence(fixture(), ISSUES);
        assertEquals(List.of("issue_a", "issue_b", "engagements"), out.columnNames());
        assertEquals(4 * 4, out.rowCount());
        assertEquals(2, count(out, "taiwan", "xinjiang") + count(out, "taiwan", "hong-kong"));
        assertEquals(1, count(out, "xinjiang", "hong-kong"));
        assertEquals(1, count(out, "hong-kong", "xinjiang"));
        assertEquals(3, count(out, "taiwan", "taiwan"));
        assertEquals(0, count(out, "human-rights", "hong-kong"));
    }

    @Test
    void theMatrixIsSymmetricWithCountsOnTheDiagonal() {
        Table m = Issues.cooccurrenceMatrix(fixture(), ISSUES);
        assertEquals(List.of("issue_id", "label", "taiwan", "xinjiang", "hong-kong", "human-rights"), m.columnNames());
        assertEquals(List.of(3, 1, 1, 1), m.intColumn("taiwan").asList());
        assertEquals(List.of(1, 2, 1, 0), m.intColumn("xinjiang").asList());
        assertEquals("Taiwan", m.stringColumn(Schema.LABEL).get(0));
    }

    private static int count(Table t, String a, String b) {
        Table cell = t.where(t.stringColumn(AnalysisColumns.ISSUE_A).isEqualTo(a)
                .and(t.stringColumn(AnalysisColumns.ISSUE_B).isEqualTo(b)));
        return cell.intColumn(AnalysisColumns.ENGAGEMENTS).get(0);
    }
}
