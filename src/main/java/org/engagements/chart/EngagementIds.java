package org.engagements.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.engagements.data.Schema;
import tech.tablesaw.api.Table;

/** Engagement ids grouped by what a chart counts them under: the ids behind each drawn number. Stateless. */
final class EngagementIds {
    private EngagementIds() {
    }

    /**
     * The ids of the rows of {@code engagements}, grouped by the key {@code keyOfRow} gives each row;
     * rows whose key is null are left out (not drawn).
     */
    static Map<String, List<String>> by(Table engagements, IntFunction<String> keyOfRow) {
        return by(engagements, keyOfRow, Schema.ID);
    }

    /** The ids in a long table's {@code engagement_id} column, grouped by its {@code keyColumns} joined by a line break. */
    static Map<String, List<String>> byColumns(Table members, String... keyColumns) {
        return by(members, i -> key(java.util.Arrays.stream(keyColumns)
                .map(column -> members.stringColumn(column).get(i)).toArray(String[]::new)), Schema.ENGAGEMENT_ID);
    }

    /** The key of several values, as {@link #byColumns} joins them. */
    static String key(String... values) {
        return String.join("\n", values);
    }

    private static Map<String, List<String>> by(Table table, IntFunction<String> keyOfRow, String idColumn) {
        Map<String, List<String>> ids = new HashMap<>();
        for (int i = 0; i < table.rowCount(); i++) {
            String key = keyOfRow.apply(i);
            if (key != null) {
                ids.computeIfAbsent(key, k -> new ArrayList<>()).add(table.stringColumn(idColumn).get(i));
            }
        }
        return ids;
    }

    /** The ids under {@code key}; none when nothing was counted there. */
    static List<String> of(Map<String, List<String>> ids, String key) {
        return ids.getOrDefault(key, List.of());
    }
}
