package org.engagements.chart;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.IntFunction;
import org.engagements.data.Schema;
import org.engagements.data.csv.CsvWriter;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Engagement ids grouped by what a chart counts them under: the ids behind each drawn number. A group
 * holds the ranks of its engagements in the sorted order of the table's ids (ints, not Strings), and
 * reads as a sorted list of ids ({@link Sorted}) that nothing copies: at a million engagements each
 * chart counts every engagement at least once, and sorting and joining a String list per number was
 * a fifth of {@code charts}' time. Immutable once built; safe to share between threads.
 */
final class EngagementIds {
    /** The ids, sorted (String order, as {@link ChartData.Row} sorts them). */
    private final String[] byRank;
    /** Each row's index in {@link #byRank}. */
    private final int[] rankOfRow;
    /** Whether no id needs quoting in a CSV field: then the ids are written as they are, unchecked. */
    private final boolean plain;
    /** The ids in UTF-8, in rank order, end to end, and where each ends; made on the first write. */
    private byte[] text;
    private int[] ends;

    private EngagementIds(String[] byRank, int[] rankOfRow) {
        this.byRank = byRank;
        this.rankOfRow = rankOfRow;
        this.plain = Arrays.stream(byRank).noneMatch(CsvWriter::needsQuotes);
    }

    /** The order of the ids of {@code engagements}' rows. */
    static EngagementIds of(Table engagements) {
        StringColumn column = engagements.stringColumn(Schema.ID);
        String[] ids = new String[column.size()];
        boolean ascending = true;
        for (int i = 0; i < ids.length; i++) {
            ids[i] = column.get(i);
            ascending &= i == 0 || ids[i - 1].compareTo(ids[i]) <= 0;
        }
        int[] rankOfRow = new int[ids.length];
        if (ascending) {   // as every generated and shipped data file is: rank = row
            Arrays.setAll(rankOfRow, i -> i);
            return new EngagementIds(ids, rankOfRow);
        }
        Integer[] rows = new Integer[ids.length];
        Arrays.setAll(rows, i -> i);
        Arrays.sort(rows, (a, b) -> ids[a].compareTo(ids[b]));
        String[] byRank = new String[ids.length];
        for (int rank = 0; rank < rows.length; rank++) {
            byRank[rank] = ids[rows[rank]];
            rankOfRow[rows[rank]] = rank;
        }
        return new EngagementIds(byRank, rankOfRow);
    }

    /**
     * The ids of the rows of {@code engagements}, grouped by the key {@code keyOfRow} gives each row;
     * rows whose key is null are left out (not drawn).
     */
    static <K> Map<K, List<String>> by(Table engagements, IntFunction<K> keyOfRow) {
        EngagementIds order = of(engagements);
        Map<K, IntArrayList> ranks = new HashMap<>();
        for (int i = 0; i < order.rankOfRow.length; i++) {
            K key = keyOfRow.apply(i);
            if (key != null) {
                ranks.computeIfAbsent(key, k -> new IntArrayList()).add(order.rankOfRow[i]);
            }
        }
        Map<K, List<String>> ids = new HashMap<>();
        ranks.forEach((key, list) -> ids.put(key, order.sorted(list.toIntArray())));
        return ids;
    }

    /** The ids of the rows {@code rowsByKey} lists under each key (row indexes of {@code engagements}). */
    static <K> Map<K, List<String>> byRows(Table engagements, Map<K, int[]> rowsByKey) {
        EngagementIds order = of(engagements);
        Map<K, List<String>> ids = new HashMap<>();
        rowsByKey.forEach((key, rows) -> ids.put(key, order.ofRows(rows)));
        return ids;
    }

    /** The ids of rows of the table, sorted. */
    List<String> ofRows(int[] rows) {
        int[] ranks = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ranks[i] = rankOfRow[rows[i]];
        }
        return sorted(ranks);
    }

    /** Row {@code row}'s place among the sorted ids. */
    int rank(int row) {
        return rankOfRow[row];
    }

    /** The ids of {@code ranks} (taken, and sorted in place). */
    List<String> sorted(int[] ranks) {
        Arrays.sort(ranks);
        return new Sorted(this, ranks);
    }

    /**
     * Writes the ids of {@code ranks} joined by {@code separator}: copied from the ids' bytes laid end to
     * end in rank order, so writing a million of them reads memory in order (not a million Strings
     * scattered over the heap) and encodes nothing.
     */
    private void write(int[] ranks, byte[] separator, OutputStream out) throws IOException {
        encode();
        byte[] buffer = new byte[1 << 16];
        int used = 0;
        for (int i = 0; i < ranks.length; i++) {
            int start = ranks[i] == 0 ? 0 : ends[ranks[i] - 1];
            int length = ends[ranks[i]] - start;
            if (used + separator.length + length > buffer.length) {
                out.write(buffer, 0, used);
                used = 0;
            }
            if (i > 0) {
                System.arraycopy(separator, 0, buffer, used, separator.length);
                used += separator.length;
            }
            if (used + length > buffer.length) {   // an id longer than the buffer: never in real data
                out.write(buffer, 0, used);
                used = 0;
                out.write(text, start, length);
                continue;
            }
            System.arraycopy(text, start, buffer, used, length);
            used += length;
        }
        out.write(buffer, 0, used);
    }

    private synchronized void encode() {
        if (text != null) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(byRank.length * 9);
        int[] at = new int[byRank.length];
        for (int rank = 0; rank < byRank.length; rank++) {
            bytes.writeBytes(byRank[rank].getBytes(StandardCharsets.UTF_8));
            at[rank] = bytes.size();
        }
        ends = at;
        text = bytes.toByteArray();
    }

    /** The ids under {@code key}; none when nothing was counted there. */
    static <K> List<String> of(Map<K, List<String>> ids, K key) {
        return ids.getOrDefault(key, List.of());
    }

    /**
     * The ids of several groups together, sorted: those of the bars summed into one. Groups of one table
     * merge their ranks; any other lists are sorted as Strings.
     */
    static List<String> concat(List<List<String>> groups) {
        EngagementIds order = null;
        int size = 0;
        for (List<String> group : groups) {
            if (group.isEmpty()) {
                continue;
            }
            if (!(group instanceof Sorted sorted) || (order != null && sorted.order != order)) {
                return groups.stream().flatMap(List::stream).sorted().toList();
            }
            order = sorted.order;
            size += sorted.ranks.length;
        }
        if (order == null) {
            return List.of();
        }
        int[] ranks = new int[size];
        int at = 0;
        for (List<String> group : groups) {
            if (!group.isEmpty()) {
                int[] part = ((Sorted) group).ranks;
                System.arraycopy(part, 0, ranks, at, part.length);
                at += part.length;
            }
        }
        Arrays.sort(ranks);
        return new Sorted(order, ranks);
    }

    /** Ids read through their ranks, ascending: a sorted, unmodifiable list that copies no String. */
    static final class Sorted extends AbstractList<String> implements RandomAccess {
        private final EngagementIds order;
        private final int[] ranks;

        private Sorted(EngagementIds order, int[] ranks) {
            this.order = order;
            this.ranks = ranks;
        }

        /** Whether no id here needs quoting in a CSV field (known without reading them). */
        boolean plain() {
            return order.plain;
        }

        /** Writes these ids joined by {@code separator}, in UTF-8, as {@code String.join} would. */
        void writeJoined(byte[] separator, OutputStream out) throws IOException {
            order.write(ranks, separator, out);
        }

        @Override
        public String get(int index) {
            return order.byRank[ranks[index]];
        }

        @Override
        public int size() {
            return ranks.length;
        }
    }
}
