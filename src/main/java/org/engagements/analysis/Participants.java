package org.engagements.analysis;

import static org.engagements.analysis.AnalysisColumns.CN_NAME;
import static org.engagements.analysis.AnalysisColumns.CN_PERSON_ID;
import static org.engagements.analysis.AnalysisColumns.ENGAGEMENTS;
import static org.engagements.analysis.AnalysisColumns.US_NAME;
import static org.engagements.analysis.AnalysisColumns.US_PERSON_ID;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagements.data.Schema;
import org.engagements.data.Side;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Who takes part: read from the engagements' {@code us_participants} and {@code cn_participants} id
 * lists (so a filtered engagements table gives filtered results), named from the people table
 * (id, name, country, level). An id missing from the people table keeps its id as name and an empty
 * level.
 */
public final class Participants {
    private Participants() {
    }

    /**
     * Who meets whom. In: engagements, people. Out: us_person_id, us_name, cn_person_id, cn_name,
     * engagements (in which both took part); most first, ties by US then Chinese id.
     */
    public static Table pairs(Table engagements, Table people) {
        Map<List<String>, Integer> cells = Tally.cellPairs(engagements.stringColumn(Schema.US_PARTICIPANTS),
                engagements.stringColumn(Schema.CN_PARTICIPANTS));   // the (US, CN) cells, each distinct pair once
        Map<List<String>, Integer> counts = new HashMap<>();
        cells.forEach((cell, times) -> {
            for (String us : IdList.split(cell.get(0))) {
                for (String cn : IdList.split(cell.get(1))) {
                    counts.merge(List.of(us, cn), times, Integer::sum);
                }
            }
        });
        List<Map.Entry<List<String>, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<List<String>, Integer>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().get(0)).thenComparing(e -> e.getKey().get(1)));
        Directory names = new Directory(people);
        Table out = Table.create("Who meets whom", StringColumn.create(US_PERSON_ID), StringColumn.create(US_NAME),
                StringColumn.create(CN_PERSON_ID), StringColumn.create(CN_NAME), IntColumn.create(ENGAGEMENTS));
        for (var entry : entries) {
            String us = entry.getKey().get(0);
            String cn = entry.getKey().get(1);
            out.stringColumn(US_PERSON_ID).append(us);
            out.stringColumn(US_NAME).append(names.name(us));
            out.stringColumn(CN_PERSON_ID).append(cn);
            out.stringColumn(CN_NAME).append(names.name(cn));
            out.intColumn(ENGAGEMENTS).append(entry.getValue());
        }
        return out;
    }

    /**
     * Most active officials. In: engagements, people, how many to keep (at least 0). Out: person_id,
     * name, side (US or CN: the list the id appears in), level, engagements; the {@code top} people with
     * the most engagements, ties by name then id (a tie at the cut is cut).
     */
    public static Table mostActive(Table engagements, Table people, int top) {
        if (top < 0) {
            throw new IllegalArgumentException("top must be at least 0, got " + top);
        }
        Map<List<String>, Integer> counts = new HashMap<>();
        Tally.cells(engagements.stringColumn(Schema.US_PARTICIPANTS))
                .forEach((cell, times) -> countSide(counts, cell, Side.US, times));
        Tally.cells(engagements.stringColumn(Schema.CN_PARTICIPANTS))
                .forEach((cell, times) -> countSide(counts, cell, Side.CN, times));
        Directory directory = new Directory(people);
        List<Map.Entry<List<String>, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<List<String>, Integer>comparingByValue().reversed()
                .thenComparing(e -> directory.name(e.getKey().get(0)))
                .thenComparing(e -> e.getKey().get(0))
                .thenComparing(e -> e.getKey().get(1), Comparator.reverseOrder()));
        Table out = Table.create("Most active officials", StringColumn.create(Schema.PERSON_ID),
                StringColumn.create(Schema.NAME), StringColumn.create(Schema.SIDE), StringColumn.create(Schema.LEVEL),
                IntColumn.create(ENGAGEMENTS));
        for (var entry : entries.subList(0, Math.min(top, entries.size()))) {
            String id = entry.getKey().get(0);
            out.stringColumn(Schema.PERSON_ID).append(id);
            out.stringColumn(Schema.NAME).append(directory.name(id));
            out.stringColumn(Schema.SIDE).append(entry.getKey().get(1));
            out.stringColumn(Schema.LEVEL).append(directory.level(id));
            out.intColumn(ENGAGEMENTS).append(entry.getValue());
        }
        return out;
    }

    private static void countSide(Map<List<String>, Integer> counts, String cell, Side side, int times) {
        for (String id : IdList.split(cell)) {
            counts.merge(List.of(id, side.code()), times, Integer::sum);
        }
    }

    /** Names and levels by person id. */
    private static final class Directory {
        private final Table people;
        private final Map<String, Integer> rows;

        Directory(Table people) {
            this.people = people;
            this.rows = Tally.rowsById(people);
        }

        String name(String id) {
            Integer row = rows.get(id);
            return row == null ? id : people.stringColumn(Schema.NAME).get(row);
        }

        String level(String id) {
            Integer row = rows.get(id);
            return row == null ? "" : people.stringColumn(Schema.LEVEL).get(row);
        }
    }
}
