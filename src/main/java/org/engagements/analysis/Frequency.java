package org.engagements.analysis;

import static org.engagements.analysis.AnalysisColumns.DAYS_BETWEEN;
import static org.engagements.analysis.AnalysisColumns.ENGAGEMENTS;
import static org.engagements.analysis.AnalysisColumns.FROM_DATE;
import static org.engagements.analysis.AnalysisColumns.FROM_ID;
import static org.engagements.analysis.AnalysisColumns.KEY;
import static org.engagements.analysis.AnalysisColumns.PERIOD;
import static org.engagements.analysis.AnalysisColumns.PERIOD_START;
import static org.engagements.analysis.AnalysisColumns.TO_DATE;
import static org.engagements.analysis.AnalysisColumns.TO_ID;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.engagements.data.Level;
import org.engagements.data.Schema;
import org.engagements.data.Status;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.selection.Selection;

/**
 * Meeting frequency: engagements per month, quarter or year by {@code date_start}. Every period from
 * the first engagement's to the last one's is present, with zero where nothing happened, so timelines
 * are honest. Engagements without a {@code date_start} are not counted (validation rejects them).
 */
public final class Frequency {
    private Frequency() {
    }

    /** In: engagements. Out: period, period_start, engagements; oldest first, empty periods kept. */
    public static Table perPeriod(Table engagements, Granularity period) {
        List<LocalDate> starts = periodStarts(engagements, period);
        int[] counts = new int[starts.size()];
        for (int p : periodIndexes(engagements.dateColumn(Schema.DATE_START), period, starts)) {
            if (p >= 0) {
                counts[p]++;
            }
        }
        Table out = Table.create("Engagements per " + period.code(), StringColumn.create(PERIOD),
                DateColumn.create(PERIOD_START), IntColumn.create(ENGAGEMENTS));
        for (int p = 0; p < starts.size(); p++) {
            out.stringColumn(PERIOD).append(period.label(starts.get(p)));
            out.dateColumn(PERIOD_START).append(starts.get(p));
            out.intColumn(ENGAGEMENTS).append(counts[p]);
        }
        return out;
    }

    /**
     * In: engagements. Out (long): period, period_start, key, engagements: one row per period and code,
     * codes in the breakdown's order ({@link Breakdown#codes()}, all present, zero when absent), then any
     * other value found, sorted (a missing value is the key {@code ""}, never dropped). Oldest first.
     */
    public static Table by(Table engagements, Granularity period, Breakdown breakdown) {
        List<String> keys = keys(engagements, breakdown);
        List<LocalDate> starts = periodStarts(engagements, period);
        Tally.Coded codes = Tally.Coded.of(engagements.stringColumn(breakdown.column()));
        int[] keyOfCode = new int[codes.values().size()];
        for (int code = 0; code < keyOfCode.length; code++) {
            String value = codes.values().get(code);
            if (!keys.contains(value)) {
                keys.add(value);
            }
            keyOfCode[code] = keys.indexOf(value);
        }
        int[] periods = periodIndexes(engagements.dateColumn(Schema.DATE_START), period, starts);
        int[][] counts = new int[starts.size()][keys.size()];
        int[] rows = codes.rows();
        for (int i = 0; i < rows.length; i++) {
            if (periods[i] >= 0) {
                counts[periods[i]][keyOfCode[rows[i]]]++;
            }
        }
        Table out = longTable(period, starts, keys, counts);
        return out.setName("Engagements per " + period.code() + " by " + breakdown.column());
    }

    /** {@link #by} split by status. */
    public static Table byStatus(Table engagements, Granularity period) {
        return by(engagements, period, Breakdown.STATUS);
    }

    /** {@link #by} split by mode. */
    public static Table byMode(Table engagements, Granularity period) {
        return by(engagements, period, Breakdown.MODE);
    }

    /** {@link #by} split by level. */
    public static Table byLevel(Table engagements, Granularity period) {
        return by(engagements, period, Breakdown.LEVEL);
    }

    /**
     * The long table of {@link #by} made wide. In: period, period_start, key, engagements. Out: period,
     * period_start, then one int column per key (named by the key, {@code (missing)} for an empty key),
     * in the order keys first appear.
     */
    public static Table wide(Table longTable) {
        StringColumn periods = longTable.stringColumn(PERIOD);
        DateColumn starts = longTable.dateColumn(PERIOD_START);
        StringColumn keys = longTable.stringColumn(KEY);
        IntColumn counts = longTable.intColumn(ENGAGEMENTS);
        Set<String> keyOrder = new LinkedHashSet<>(keys.asList());
        Map<LocalDate, Map<String, Integer>> cells = new TreeMap<>();
        Map<LocalDate, String> labels = new TreeMap<>();
        for (int i = 0; i < longTable.rowCount(); i++) {
            labels.put(starts.get(i), periods.get(i));
            cells.computeIfAbsent(starts.get(i), s -> new LinkedHashMap<>()).put(keys.get(i), counts.get(i));
        }
        Table out = Table.create(longTable.name(), StringColumn.create(PERIOD), DateColumn.create(PERIOD_START));
        for (String key : keyOrder) {
            out.addColumns(IntColumn.create(key.isEmpty() ? "(missing)" : key));
        }
        for (var entry : cells.entrySet()) {
            out.stringColumn(PERIOD).append(labels.get(entry.getKey()));
            out.dateColumn(PERIOD_START).append(entry.getKey());
            int column = 2;
            for (String key : keyOrder) {
                out.intColumn(column++).append(entry.getValue().getOrDefault(key, 0));
            }
        }
        return out;
    }

    /**
     * Time between consecutive held leader-level meetings. In: engagements. Out: from_id, to_id,
     * from_date, to_date, days_between (by date_start); in date order, ties broken by id.
     */
    public static Table leaderGaps(Table engagements) {
        Selection leaders = Filters.status(engagements, Status.HELD)
                .and(Filters.level(engagements, Set.of(Level.LEADER)));
        List<Integer> rows = new ArrayList<>();
        DateColumn dates = engagements.dateColumn(Schema.DATE_START);
        StringColumn ids = engagements.stringColumn(Schema.ID);
        for (int i : leaders.toArray()) {   // row order, as a copy made with where() would have it
            if (dates.get(i) != null) {
                rows.add(i);
            }
        }
        rows.sort(Comparator.comparing((Integer i) -> dates.get(i)).thenComparing(ids::get));
        Table out = Table.create("Days between held leader-level meetings",
                StringColumn.create(FROM_ID), StringColumn.create(TO_ID), DateColumn.create(FROM_DATE),
                DateColumn.create(TO_DATE), IntColumn.create(DAYS_BETWEEN));
        for (int k = 1; k < rows.size(); k++) {
            int from = rows.get(k - 1);
            int to = rows.get(k);
            out.stringColumn(FROM_ID).append(ids.get(from));
            out.stringColumn(TO_ID).append(ids.get(to));
            out.dateColumn(FROM_DATE).append(dates.get(from));
            out.dateColumn(TO_DATE).append(dates.get(to));
            out.intColumn(DAYS_BETWEEN).append((int) ChronoUnit.DAYS.between(dates.get(from), dates.get(to)));
        }
        return out;
    }

    /** The starts of every period between the earliest and latest date_start; empty without dates. */
    static List<LocalDate> periodStarts(Table engagements, Granularity period) {
        DateColumn dates = engagements.dateColumn(Schema.DATE_START);
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < dates.size(); i++) {
            if (!dates.isMissing(i)) {
                long day = PackedLocalDate.toEpochDay(dates.getIntInternal(i));
                first = Math.min(first, day);
                last = Math.max(last, day);
            }
        }
        return first > last ? List.of() : period.starts(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last));
    }

    /**
     * Each row's period as an index into {@code starts} (from {@link #periodStarts} of the same table),
     * -1 without a date: read from Tablesaw's packed dates, no LocalDate per row.
     */
    static int[] periodIndexes(DateColumn dates, Granularity period, List<LocalDate> starts) {
        int[] indexes = new int[dates.size()];
        int first = starts.isEmpty() ? 0 : period.number(starts.get(0).getYear(), starts.get(0).getMonthValue());
        for (int i = 0; i < indexes.length; i++) {
            if (dates.isMissing(i)) {
                indexes[i] = -1;
            } else {
                int packed = dates.getIntInternal(i);
                indexes[i] = period.number(PackedLocalDate.getYear(packed), PackedLocalDate.getMonthValue(packed)) - first;
            }
        }
        return indexes;
    }

    private static List<String> keys(Table engagements, Breakdown breakdown) {
        Set<String> keys = new LinkedHashSet<>(breakdown.codes());
        List<String> others = engagements.stringColumn(breakdown.column()).unique().asList().stream()
                .filter(k -> !keys.contains(k)).sorted().toList();
        keys.addAll(others);
        return new ArrayList<>(keys);
    }

    private static Table longTable(Granularity period, List<LocalDate> starts, List<String> keys, int[][] counts) {
        Table out = Table.create("", StringColumn.create(PERIOD), DateColumn.create(PERIOD_START),
                StringColumn.create(KEY), IntColumn.create(ENGAGEMENTS));
        for (int p = 0; p < starts.size(); p++) {
            String label = period.label(starts.get(p));
            for (int k = 0; k < keys.size(); k++) {
                out.stringColumn(PERIOD).append(label);
                out.dateColumn(PERIOD_START).append(starts.get(p));
                out.stringColumn(KEY).append(keys.get(k));
                out.intColumn(ENGAGEMENTS).append(counts[p][k]);
            }
        }
        return out;
    }
}
