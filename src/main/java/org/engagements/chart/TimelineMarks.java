package org.engagements.chart;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagements.data.Level;
import org.engagements.data.Schema;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The marks of the timeline, computed from the engagements table: binned when there are many, and
 * spread over lanes within a level when they would overlap. Engagements without a start date or with
 * an unknown level are not drawn.
 */
record TimelineMarks(List<Mark> marks, Map<String, Integer> counts, LocalDate first, LocalDate last, int binDays,
        int padDays) {
    /** Engagements drawn with a status (several may share one mark when binned). */
    int count(String status) {
        return counts.getOrDefault(status, 0);
    }

    TimeAxis axis() {
        return TimeAxis.of(first, last);
    }

    /** The most bins across the span; more engagements than this are binned. */
    static final int MAX_BINS = 400;
    private static final double[] LANES = {0, 0.24, -0.24};

    /**
     * One mark: an engagement, or engagements sharing a bin (a day, unless binned), level and status;
     * {@code ids} are theirs.
     */
    record Mark(LocalDate start, LocalDate end, String status, Level level, double y, List<String> ids) {
    }

    static TimelineMarks of(Table engagements) {
        DateColumn starts = engagements.dateColumn(Schema.DATE_START);
        DateColumn ends = engagements.dateColumn(Schema.DATE_END);
        StringColumn statuses = engagements.stringColumn(Schema.STATUS);
        StringColumn levels = engagements.stringColumn(Schema.LEVEL);
        EngagementIds ids = EngagementIds.of(engagements);
        LocalDate first = starts.min();
        LocalDate last = starts.max();
        if (first == null) {
            LocalDate today = LocalDate.of(2000, 1, 1);
            return new TimelineMarks(List.of(), Map.of(), today, today.plusYears(1), 1, 7);
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        int binDays = engagements.rowCount() <= MAX_BINS ? 1 : (int) Math.max(1, span / MAX_BINS + 1);
        Map<String, Raw> binned = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < engagements.rowCount(); i++) {
            LocalDate start = starts.get(i);
            var level = Level.find(levels.get(i));
            if (start == null || level.isEmpty()) {
                continue;
            }
            counts.merge(statuses.get(i), 1, Integer::sum);
            LocalDate end = ends.get(i) == null || ends.get(i).isBefore(start) ? start : ends.get(i);
            long bin = ChronoUnit.DAYS.between(first, start) / binDays;
            String key = bin + "/" + level.get() + "/" + statuses.get(i);
            Raw raw = binned.get(key);
            if (raw == null) {
                raw = new Raw(start, end, statuses.get(i), level.get(), new IntArrayList());
            } else if (end.isAfter(raw.end)) {
                raw = new Raw(raw.start, end, raw.status, raw.level, raw.ranks);
            }
            raw.ranks.add(ids.rank(i));
            binned.put(key, raw);
        }
        int padDays = (int) Math.max(7, span / 40);
        return new TimelineMarks(laned(new ArrayList<>(binned.values()), span, ids), counts, first, last, binDays,
                padDays);
    }

    /** A mark before laning; {@code ranks} are its engagements' places among the sorted ids. */
    private record Raw(LocalDate start, LocalDate end, String status, Level level, IntArrayList ranks) {
    }

    /** Marks closer than about a marker's width on one level go to the next lane (0, up, down). */
    private static List<Mark> laned(List<Raw> raws, long span, EngagementIds ids) {
        raws.sort(Comparator.comparing(Raw::start).thenComparing(Raw::end).thenComparing(Raw::status));
        long minGap = Math.max(1, span / 90);
        Map<Level, LocalDate[]> laneEnds = new HashMap<>();
        List<Mark> marks = new ArrayList<>();
        for (Raw raw : raws) {
            LocalDate[] ends = laneEnds.computeIfAbsent(raw.level, l -> new LocalDate[LANES.length]);
            int lane = 0;
            while (lane < LANES.length && ends[lane] != null
                    && ChronoUnit.DAYS.between(ends[lane], raw.start) < minGap) {
                lane++;
            }
            if (lane == LANES.length) {
                lane = 0;
            }
            ends[lane] = raw.end;
            double y = Level.values().length - raw.level.ordinal() + LANES[lane];
            marks.add(new Mark(raw.start, raw.end, raw.status, raw.level, y, ids.sorted(raw.ranks.toIntArray())));
        }
        return marks;
    }
}
