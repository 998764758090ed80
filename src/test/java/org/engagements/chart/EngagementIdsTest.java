package org.engagements.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.engagements.data.Schema;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class EngagementIdsTest {
    private static Table engagements(String... ids) {
        return Table.create("engagements", StringColumn.create(Schema.ID, ids));
    }

    @Test
    void groupsReadAsSortedIdsWhateverTheTableOrder() {
        Table table = engagements("e3", "e10", "e1", "e2", "e20");
        Map<String, List<String>> ids = EngagementIds.by(table, i -> i % 2 == 0 ? "even" : "odd");
        assertEquals(List.of("e1", "e20", "e3"), ids.get("even"), "String order, as the CSV has always listed them");
        assertEquals(List.of("e10", "e2"), ids.get("odd"));
        assertEquals(List.of(), EngagementIds.of(ids, "none"));
    }

    @Test
    void rowsWithoutAKeyAreLeftOut() {
        Table table = engagements("e1", "e2", "e3");
        Map<String, List<String>> ids = EngagementIds.by(table, i -> i == 1 ? null : "k");
        assertEquals(Map.of("k", List.of("e1", "e3")), ids);
    }

    @Test
    void rowsListedByIndexReadAsTheirIds() {
        Table table = engagements("b", "a", "c");
        Map<String, List<String>> ids = EngagementIds.byRows(table, Map.of("k", new int[] {2, 0, 0}));
        assertEquals(List.of("b", "b", "c"), ids.get("k"), "a row counted twice is listed twice");
    }

    @Test
    void concatenatedGroupsAreSortedTogether() {
        Table table = engagements("e5", "e1", "e4", "e2", "e3");
        Map<Integer, List<String>> ids = EngagementIds.by(table, i -> i % 3);
        assertEquals(List.of("e1", "e2", "e3", "e4", "e5"),
                EngagementIds.concat(List.of(ids.get(0), ids.get(1), List.of(), ids.get(2))));
        assertEquals(List.of("a", "e1", "e3", "e4"), EngagementIds.concat(List.of(ids.get(1), List.of("e4", "a"))),
                "lists of other origin are merged as Strings");
    }

    @Test
    void theListIsReadOnly() {
        List<String> ids = EngagementIds.by(engagements("e1"), i -> "k").get("k");
        assertThrows(UnsupportedOperationException.class, () -> ids.add("e2"));
        assertThrows(IndexOutOfBoundsException.class, () -> ids.get(1));
    }

    @Test
    void manyIdsAndLongOnesAreWrittenAsStringJoinWouldJoinThem() {
        String[] ids = new String[30_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i == 17_000 ? "x".repeat(70_000) : i == 5 ? "é-" + i : "e" + (ids.length - i);
        }
        Table table = engagements(ids);
        List<String> all = EngagementIds.by(table, i -> "k").get("k");
        ChartData data = new ChartData(List.of("key"), List.of(ChartData.Row.of(List.of("k"), all)),
                ChartData.Behind.of(table));
        String expected = "key,engagements,engagement_ids\nk,30000,"
                + String.join(";", java.util.Arrays.stream(ids).sorted().toList()) + "\n";
        assertEquals(expected, new String(data.csv(), StandardCharsets.UTF_8));
    }

    @Test
    void anIdThatNeedsQuotingIsQuotedInTheCsv() {
        Table table = engagements("e,2", "e1");
        Map<String, List<String>> ids = EngagementIds.by(table, i -> "k");
        ChartData data = new ChartData(List.of("key"), List.of(ChartData.Row.of(List.of("k"), ids.get("k"))),
                ChartData.Behind.of(table));
        assertEquals("key,engagements,engagement_ids\nk,2,\"e,2;e1\"\n", new String(data.csv(), StandardCharsets.UTF_8));
    }
}
