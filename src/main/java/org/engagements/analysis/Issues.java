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
import java.util.Set;
import org.engagements.data.Schema;
import tech.tablesaw.api.DateColumn;
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
        Map<Integer, Map<String, Integer>> byYear = new LinkedHashMap<>();
        for (LocalDate start : Frequency.periodStarts(engagements, Granularity.YEAR)) {
            Map<String, Integer> row = new LinkedHashMap<>();
            ids.forEach(id -> row.put(id, 0));
            byYear.put(start.getYear(), row);
        }
        DateColumn starts = engagements.dateColumn(Schema.DATE_START);
        StringColumn cells = engagements.stringColumn(Schema.ISSUES);
        Map<String, Set<String>> rolledUp = new HashMap<>();   // cells repeat: roll each up once
        for (int i = 0; i < engagements.rowCount(); i++) {
            LocalDate day = starts.get(i);
            if (day != null) {
                Map<String, Integer> year = byYear.get(day.getYear());
                for (String id : rolledUp.computeIfAbsent(cells.get(i), tree::rolledUp)) {
                    year.merge(id, 1, Integer::sum);
                }
            }
        }
        Table out = Table.create("Engagements by issue and year", IntColumn.create(YEAR),
                StringColumn.create(Schema.ISSUE_ID), StringColumn.create(Schema.LABEL), IntColumn.create(ENGAGEMENTS));
        byYear.forEach((year, row) -> row.forEach((id, count) -> {
            out.intColumn(YEAR).append(year);
            out.stringColumn(Schema.ISSUE_ID).append(id);
            out.stringColumn(Schema.LABEL).append(tree.label(id));
            out.intColumn(ENGAGEMENTS).append(count);
        }));
        return out;
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
