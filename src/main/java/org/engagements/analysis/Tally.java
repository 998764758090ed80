package org.engagements.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagements.data.Schema;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Counting helpers shared by the analyses; plain maps, so no value is ever dropped (unlike countBy). */
final class Tally {
    private Tally() {
    }

    /** A vocabulary table's row index by id (first row wins). */
    static Map<String, Integer> rowsById(Table vocabulary) {
        Map<String, Integer> rows = new HashMap<>();
        StringColumn ids = vocabulary.stringColumn(Schema.ID);
        for (int i = 0; i < ids.size(); i++) {
            rows.putIfAbsent(ids.get(i), i);
        }
        return rows;
    }

    /**
     * How often each cell value occurs (nulls as ""), in first-seen order: list cells ({@code taiwan;trade})
     * repeat across a million rows, so analyses split and count each distinct value once.
     */
    static Map<String, Integer> cells(StringColumn column) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < column.size(); i++) {
            String cell = column.get(i);
            counts.merge(cell == null ? "" : cell, 1, Integer::sum);
        }
        return counts;
    }

    /** Entries with the highest count first, ties by key: a deterministic order. */
    static <K extends Comparable<K>> List<Map.Entry<K, Integer>> sortedByCount(Map<K, Integer> counts) {
        List<Map.Entry<K, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<K, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
        return entries;
    }
}
