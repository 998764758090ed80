package org.engagements.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagements.data.Schema;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.strings.DictionaryMap;

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
        Coded coded = Coded.of(column);
        int[] counts = coded.counts();
        Map<String, Integer> cells = new LinkedHashMap<>();
        for (int code = 0; code < counts.length; code++) {
            cells.merge(coded.values().get(code), counts[code], Integer::sum);
        }
        return cells;
    }

    /**
     * How often each pair of cells occurs on one row (nulls as ""), as {@link #cells} for two columns of
     * the same table: each row's two codes packed in a long, sorted, and counted run by run.
     */
    static Map<List<String>, Integer> cellPairs(StringColumn first, StringColumn second) {
        Coded a = Coded.of(first);
        Coded b = Coded.of(second);
        long[] pairs = new long[a.rows().length];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = (long) a.rows()[i] << 32 | b.rows()[i];
        }
        Arrays.sort(pairs);
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0, run; i < pairs.length; i += run) {
            run = 1;
            while (i + run < pairs.length && pairs[i + run] == pairs[i]) {
                run++;
            }
            counts.put(List.of(a.values().get((int) (pairs[i] >>> 32)), b.values().get((int) pairs[i])), run);
        }
        return counts;
    }

    /**
     * A string column read once as small ints: each row's code, and each code's value (nulls as ""),
     * codes numbered 0, 1, … in the order values first appear. Read from Tablesaw's dictionary keys, so
     * counting by code costs an array index per row instead of a String hash and a boxed merge.
     */
    record Coded(int[] rows, List<String> values) {
        static Coded of(StringColumn column) {
            DictionaryMap dictionary = column.getDictionary();
            int[] keys = new int[column.size()];
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < keys.length; i++) {
                keys[i] = dictionary.getKeyForIndex(i);
                min = Math.min(min, keys[i]);
                max = Math.max(max, keys[i]);
            }
            if (keys.length == 0 || (long) max - min > 4L * keys.length + 1024) {
                return byValue(column);   // keys not dense: never seen with Tablesaw 0.44, still correct
            }
            int[] codeOfKey = new int[max - min + 1];
            List<String> values = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) {
                int slot = keys[i] - min;
                if (codeOfKey[slot] == 0) {
                    String value = dictionary.getValueForKey(keys[i]);
                    values.add(value == null ? "" : value);
                    codeOfKey[slot] = values.size();   // code + 1, so that 0 means unseen
                }
                keys[i] = codeOfKey[slot] - 1;
            }
            return new Coded(keys, values);
        }

        private static Coded byValue(StringColumn column) {
            Map<String, Integer> codes = new HashMap<>();
            List<String> values = new ArrayList<>();
            int[] rows = new int[column.size()];
            for (int i = 0; i < rows.length; i++) {
                String value = column.get(i) == null ? "" : column.get(i);
                rows[i] = codes.computeIfAbsent(value, v -> {
                    values.add(v);
                    return values.size() - 1;
                });
            }
            return new Coded(rows, values);
        }

        /** Rows per code. */
        int[] counts() {
            int[] counts = new int[values.size()];
            for (int code : rows) {
                counts[code]++;
            }
            return counts;
        }
    }

    /** Entries with the highest count first, ties by key: a deterministic order. */
    static <K extends Comparable<K>> List<Map.Entry<K, Integer>> sortedByCount(Map<K, Integer> counts) {
        List<Map.Entry<K, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<K, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
        return entries;
    }
}
