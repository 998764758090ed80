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
import java.util.Optional;
import org.engagements.data.Level;
import org.engagements.data.Schema;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.dates.PackedLocalDate;

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
        // Dates are read packed (no LocalDate per row) and each level code is looked up once: a million
        // rows fall into a few thousand marks.
        Map<String, Optional<Level>> levelOf = new HashMap<>();
        long firstDay = first.toEpochDay();
        Map<BinKey, Raw> binned = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < engagements.rowCount(); i++) {
            Optional<Level> level = levelOf.computeIfAbsent(levels.get(i), Level::find);
            if (starts.isMissing(i) || level.isEmpty()) {
                continue;
            }
            String status = statuses.get(i);
            counts.merge(status, 1, Integer::sum);
            int start = starts.getIntInternal(i);
            int end = ends.isMissing(i) || PackedLocalDate.isBefore(ends.getIntInternal(i), start)
                    ? start : ends.getIntInternal(i);
            BinKey key = new BinKey((PackedLocalDate.toEpochDay(start) - firstDay) / binDays, level.get(), status);
            Raw raw = binned.get(key);
            if (raw == null) {
                raw = new Raw(PackedLocalDate.asLocalDate(start), PackedLocalDate.asLocalDate(end), status, level.get(),
                        new IntArrayList());
                binned.put(key, raw);
            } else if (PackedLocalDate.isAfter(end, PackedLocalDate.pack(raw.end))) {
                raw = new Raw(raw.start, PackedLocalDate.asLocalDate(end), raw.status, raw.level, raw.ranks);
                binned.put(key, raw);
            }
            raw.ranks.add(ids.rank(i));
        }
        int padDays = (int) Math.max(7, span / 40);
        return new TimelineMarks(laned(new ArrayList<>(binned.values()), span, ids), counts, first, last, binDays,
                padDays);
    }

    /** Where an engagement is drawn: its bin of start dates, its level and its status. */
    private record BinKey(long bin, Level level, String status) {
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
