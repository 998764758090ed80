package org.engagements.analysis;

import static org.engagements.analysis.AnalysisColumns.ENGAGEMENTS;
import static org.engagements.analysis.AnalysisColumns.ISSUE_A;
import static org.engagements.analysis.AnalysisColumns.ISSUE_B;
import static org.engagements.analysis.AnalysisColumns.YEAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagements.data.Schema;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Issues the engagements are tagged with ({@code issues}, a {@code ;}-separated list of ids from the
 * issues vocabulary). Tags roll up: an engagement tagged {@code hong-kong} also counts, once, for its
 * parent {@code human-rights}, however many of the parent's children it carries. For mentions in the
 * article texts see {@link IssueMentions}.
 */
public final class Issues {
    private Issues() {
    }

    /**
     * In: engagements, issues (id, label, parent). Out: issue_id, label, parent, engagements (tagged
     * with the issue or one of its descendants): every vocabulary issue (zero when untagged) and any
     * unknown tag; most engagements first, ties by id.
     */
    public static Table tagged(Table engagements, Table issues) {
        IssueTree tree = new IssueTree(issues);
        Map<String, Integer> counts = counts(engagements, tree);
        Table out = Table.create("Engagements by issue", StringColumn.create(Schema.ISSUE_ID),
                StringColumn.create(Schema.LABEL), StringColumn.create(Schema.PARENT), IntColumn.create(ENGAGEMENTS));
        for (var entry : Tally.sortedByCount(counts)) {
            out.stringColumn(Schema.ISSUE_ID).append(entry.getKey());
            out.stringColumn(Schema.LABEL).append(tree.label(entry.getKey()));
            out.stringColumn(Schema.PARENT).append(tree.parent(entry.getKey()));
            out.intColumn(ENGAGEMENTS).append(entry.getValue());
        }
        return out;
    }

    /**
     * In: engagements, issues. Out: year, issue_id, label, engagements (rolled up, by the year of
     * date_start): every year from the first to the last engagement × every issue tagged at least
     * once, zero-filled; years ascending, issues in the order of {@link #tagged}.
     */
    public static Table taggedByYear(Table engagements, Table issues) {
        IssueTree tree = new IssueTree(issues);
        List<String> ids = Tally.sortedByCount(counts(engagements, tree)).stream()
                .filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
        List<LocalDate> years = Frequency.periodStarts(engagements, Granularity.YEAR);
        int[] yearOfRow = Frequency.periodIndexes(engagements.dateColumn(Schema.DATE_START), Granularity.YEAR, years);
        Tally.Coded cells = Tally.Coded.of(engagements.stringColumn(Schema.ISSUES));
        int[][] idsOfCode = rolledUpIndexes(cells, tree, ids);   // cells repeat: roll each up once
        int[][] byYear = new int[years.size()][ids.size()];
        int[] rows = cells.rows();
        for (int i = 0; i < rows.length; i++) {
            if (yearOfRow[i] >= 0) {
                int[] year = byYear[yearOfRow[i]];
                for (int id : idsOfCode[rows[i]]) {
                    year[id]++;
                }
            }
        }
        Table out = Table.create("Engagements by issue and year", IntColumn.create(YEAR),
                StringColumn.create(Schema.ISSUE_ID), StringColumn.create(Schema.LABEL), IntColumn.create(ENGAGEMENTS));
        for (int y = 0; y < years.size(); y++) {
            for (int k = 0; k < ids.size(); k++) {
                out.intColumn(YEAR).append(years.get(y).getYear());
                out.stringColumn(Schema.ISSUE_ID).append(ids.get(k));
                out.stringColumn(Schema.LABEL).append(tree.label(ids.get(k)));
                out.intColumn(ENGAGEMENTS).append(byYear[y][k]);
            }
        }
        return out;
    }

    /** Per cell code, the indexes in {@code ids} of its rolled-up issues (all tagged, so all in ids). */
    private static int[][] rolledUpIndexes(Tally.Coded cells, IssueTree tree, List<String> ids) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < ids.size(); k++) {
            index.put(ids.get(k), k);
        }
        int[][] indexes = new int[cells.values().size()][];
        for (int code = 0; code < indexes.length; code++) {
            indexes[code] = tree.rolledUp(cells.values().get(code)).stream().mapToInt(index::get).toArray();
        }
        return indexes;
    }

    /**
     * Co-occurrence, long form. In: engagements, issues. Out: issue_a, issue_b, engagements (tagged with
     * both, as written: no roll-up, so a parent does not trivially co-occur with its own children; the
     * diagonal a = b counts engagements tagged with a). Every ordered pair of issues tagged at least
     * once; issues in descending order of their tag count, ties by id.
     */
    public static Table cooccurrence(Table engagements, Table issues) {
        List<String> ids = cooccurrenceOrder(engagements);
        Map<String, Integer> pairs = pairCounts(engagements);
        Table out = Table.create("Issue co-occurrence", StringColumn.create(ISSUE_A), StringColumn.create(ISSUE_B),
                IntColumn.create(ENGAGEMENTS));
        for (String a : ids) {
            for (String b : ids) {
                out.stringColumn(ISSUE_A).append(a);
                out.stringColumn(ISSUE_B).append(b);
                out.intColumn(ENGAGEMENTS).append(pairs.getOrDefault(a + "\n" + b, 0));
            }
        }
        return out;
    }

    /**
     * Co-occurrence, wide form (a symmetric matrix). Out: issue_id, label, then one int column per issue
     * id in the same order as the rows ({@link #cooccurrence}'s order).
     */
    public static Table cooccurrenceMatrix(Table engagements, Table issues) {
        IssueTree tree = new IssueTree(issues);
        List<String> ids = cooccurrenceOrder(engagements);
        Map<String, Integer> pairs = pairCounts(engagements);
        Table out = Table.create("Issue co-occurrence matrix", StringColumn.create(Schema.ISSUE_ID),
                StringColumn.create(Schema.LABEL));
        ids.forEach(id -> out.addColumns(IntColumn.create(id)));
        for (String a : ids) {
            out.stringColumn(Schema.ISSUE_ID).append(a);
            out.stringColumn(Schema.LABEL).append(tree.label(a));
            for (String b : ids) {
                out.intColumn(b).append(pairs.getOrDefault(a + "\n" + b, 0));
            }
        }
        return out;
    }

    /**
     * The engagements behind {@link #tagged}'s counts. In: engagements, issues. Out: issue_id,
     * engagement_id: one row per engagement and issue it counts for (its tags rolled up, each once);
     * engagements in table order, issues in roll-up order.
     */
    public static Table taggedEngagements(Table engagements, Table issues) {
        IssueTree tree = new IssueTree(issues);
        Table out = Table.create("Engagements behind each issue", StringColumn.create(Schema.ISSUE_ID),
                StringColumn.create(Schema.ENGAGEMENT_ID));
        StringColumn cells = engagements.stringColumn(Schema.ISSUES);
        for (int i = 0; i < engagements.rowCount(); i++) {
            for (String id : tree.rolledUp(cells.get(i))) {
                out.stringColumn(Schema.ISSUE_ID).append(id);
                out.stringColumn(Schema.ENGAGEMENT_ID).append(engagements.stringColumn(Schema.ID).get(i));
            }
        }
        return out;
    }

    /**
     * The engagements behind {@link #cooccurrence}'s counts. In: engagements. Out: issue_a, issue_b,
     * engagement_id: one row per engagement and ordered pair of its tags as written (a = b included);
     * engagements in table order.
     */
    public static Table cooccurrenceEngagements(Table engagements) {
        Table out = Table.create("Engagements behind each issue pair", StringColumn.create(ISSUE_A),
                StringColumn.create(ISSUE_B), StringColumn.create(Schema.ENGAGEMENT_ID));
        StringColumn cells = engagements.stringColumn(Schema.ISSUES);
        for (int i = 0; i < engagements.rowCount(); i++) {
            List<String> tags = IdList.split(cells.get(i));
            for (String a : tags) {
                for (String b : tags) {
                    out.stringColumn(ISSUE_A).append(a);
                    out.stringColumn(ISSUE_B).append(b);
                    out.stringColumn(Schema.ENGAGEMENT_ID).append(engagements.stringColumn(Schema.ID).get(i));
                }
            }
        }
        return out;
    }

    /**
     * The rows behind {@link #tagged}'s counts, for charts that list them: per issue tagged at least
     * once (rolled up, as {@link #tagged} counts), the indexes of the engagements' rows counted,
     * ascending. Each distinct cell is split and rolled up once, then rows are placed by its code: no
     * String per row and issue, which at a million engagements is millions of them.
     */
    public static Map<String, int[]> taggedRows(Table engagements, Table issues) {
        IssueTree tree = new IssueTree(issues);
        Tally.Coded cells = Tally.Coded.of(engagements.stringColumn(Schema.ISSUES));
        List<String> ids = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        int[][] idsOfCode = new int[cells.values().size()][];
        for (int code = 0; code < idsOfCode.length; code++) {
            idsOfCode[code] = tree.rolledUp(cells.values().get(code)).stream()
                    .mapToInt(id -> index.computeIfAbsent(id, k -> {
                        ids.add(k);
                        return ids.size() - 1;
                    })).toArray();
        }
        return rowsOf(cells, idsOfCode, ids);
    }

    /**
     * The rows behind {@link #cooccurrence}'s counts: per ordered pair of tags written together on some
     * engagement (a = b included), as {@code List.of(a, b)}, the indexes of those engagements' rows,
     * ascending.
     */
    public static Map<List<String>, int[]> cooccurrenceRows(Table engagements) {
        Tally.Coded cells = Tally.Coded.of(engagements.stringColumn(Schema.ISSUES));
        List<List<String>> pairs = new ArrayList<>();
        Map<List<String>, Integer> index = new HashMap<>();
        int[][] pairsOfCode = new int[cells.values().size()][];
        for (int code = 0; code < pairsOfCode.length; code++) {
            List<String> tags = IdList.split(cells.values().get(code));
            List<Integer> of = new ArrayList<>();
            for (String a : tags) {
                for (String b : tags) {
                    of.add(index.computeIfAbsent(List.of(a, b), k -> {
                        pairs.add(k);
                        return pairs.size() - 1;
                    }));
                }
            }
            pairsOfCode[code] = of.stream().mapToInt(Integer::intValue).toArray();
        }
        return rowsOf(cells, pairsOfCode, pairs);
    }

    /**
     * Per key, the rows whose cell's code lists it ({@code keysOfCode[code]} holds indexes in
     * {@code keys}), ascending; a key listed twice for one cell takes its rows twice, as the long
     * tables do.
     */
    private static <K> Map<K, int[]> rowsOf(Tally.Coded cells, int[][] keysOfCode, List<K> keys) {
        int[] rows = cells.rows();
        int[] sizes = new int[keys.size()];
        for (int row : rows) {
            for (int key : keysOfCode[row]) {
                sizes[key]++;
            }
        }
        int[][] rowsOfKey = new int[keys.size()][];
        for (int k = 0; k < rowsOfKey.length; k++) {
            rowsOfKey[k] = new int[sizes[k]];
        }
        int[] filled = new int[keys.size()];
        for (int i = 0; i < rows.length; i++) {
            for (int key : keysOfCode[rows[i]]) {
                rowsOfKey[key][filled[key]++] = i;
            }
        }
        Map<K, int[]> out = new HashMap<>();
        for (int k = 0; k < rowsOfKey.length; k++) {
            out.put(keys.get(k), rowsOfKey[k]);
        }
        return out;
    }

    private static Map<String, Integer> counts(Table engagements, IssueTree tree) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tree.ids().forEach(id -> counts.put(id, 0));
        Tally.cells(engagements.stringColumn(Schema.ISSUES)).forEach((cell, times) -> {
            for (String id : tree.rolledUp(cell)) {
                counts.merge(id, times, Integer::sum);
            }
        });
        return counts;
    }

    private static List<String> cooccurrenceOrder(Table engagements) {
        Map<String, Integer> counts = new HashMap<>();
        Tally.cells(engagements.stringColumn(Schema.ISSUES)).forEach((cell, times) ->
                IdList.split(cell).forEach(id -> counts.merge(id, times, Integer::sum)));
        List<String> ids = new ArrayList<>();
        Tally.sortedByCount(counts).forEach(e -> ids.add(e.getKey()));
        return ids;
    }

    private static Map<String, Integer> pairCounts(Table engagements) {
        Map<String, Integer> pairs = new HashMap<>();
        Tally.cells(engagements.stringColumn(Schema.ISSUES)).forEach((cell, times) -> {
            List<String> tags = IdList.split(cell);
            for (String a : tags) {
                for (String b : tags) {
                    pairs.merge(a + "\n" + b, times, Integer::sum);
                }
            }
        });
        return pairs;
    }
}
