package org.engagements.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.IntStream;
import org.engagements.data.DatasetLoader.CsvTables;
import org.engagements.data.csv.CellValidator;
import org.engagements.data.csv.CsvTable;
import org.engagements.data.vocab.VocabularyFiles;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * Builds the dataset's Tablesaw tables, column by column with explicit types, from data that has
 * passed every rule. Called only when there were no problems, so a failure here is our bug.
 */
final class TableBuilder {
    static final String PARTICIPANTS = "participants";
    static final String ENGAGEMENT_ISSUES = "engagement_issues";

    private TableBuilder() {
    }

    /** Tables of {@link #fromCsv} built ahead of {@link #build}, each null when it was not. */
    record Early(Table articles, Table engagements) {
    }

    static Dataset build(DataFolder folder, CsvTables csv, Early early, Vocabulary vocabulary,
                         SortedMap<String, String> texts) {
        Map<String, Person> people = VocabularyFiles.byId(vocabulary.people(), Person::id);
        Map<String, Issue> issues = VocabularyFiles.byId(vocabulary.issues(), Issue::id);
        Table articles = early.articles() != null ? early.articles() : fromCsv(csv.articles());
        Table engagements = early.engagements() != null ? early.engagements() : fromCsv(csv.engagements());
        CsvTable mentionRows = csv.mentions();   // only these are kept until the mentions are asked for
        return new Dataset(folder.root(), articles, engagements, () -> fromCsv(mentionRows),
                ids -> fromCsv(mentionRows, rowsOf(mentionRows, Schema.ENGAGEMENT_ID, ids)),
                vocabulary, people(vocabulary.people()), places(vocabulary.places()), issues(vocabulary.issues()),
                () -> participants(engagements, people), () -> engagementIssues(engagements, issues), texts);
    }

    /**
     * A CSV file as a table: dates as date columns, everything else as strings, in header order. The
     * columns are built on two threads, every other one on each: a million-row string column costs a
     * Tablesaw dictionary of its distinct values.
     */
    static Table fromCsv(CsvTable csv) {
        return fromCsv(csv, null);
    }

    /** The rows {@code rows} of a CSV file (indexes, ascending), or all of them when null, as a table. */
    private static Table fromCsv(CsvTable csv, int[] rows) {
        List<Schema.Column> columns = csv.schema().columns();
        BackgroundTask<List<Column<?>>> odd = BackgroundTask.start("build " + csv.schema().fileName(),
                () -> columns(csv, 1, rows));
        List<Column<?>> even = columns(csv, 0, rows);
        List<Column<?>> others = odd.join();
        Table table = Table.create(csv.schema().fileName().replace(".csv", ""));
        for (int i = 0; i < columns.size(); i++) {
            table.addColumns(i % 2 == 0 ? even.get(i / 2) : others.get(i / 2));
        }
        return table;
    }

    /** The indexes of the rows whose {@code column} is one of {@code values}, ascending. */
    private static int[] rowsOf(CsvTable csv, String column, Set<String> values) {
        String[] cells = csv.column(column);
        return IntStream.range(0, cells.length).filter(i -> values.contains(cells[i])).toArray();
    }

    /** Every other column of the file, from {@code first}; of the rows {@code rows}, or all when null. */
    private static List<Column<?>> columns(CsvTable csv, int first, int[] rows) {
        List<Schema.Column> columns = csv.schema().columns();
        Map<String, Integer> packed = new HashMap<>();
        List<Column<?>> built = new ArrayList<>();
        for (int i = first; i < columns.size(); i += 2) {
            Schema.Column column = columns.get(i);
            String[] all = csv.column(column.name());
            String[] cells = rows == null ? all : Arrays.stream(rows).mapToObj(row -> all[row]).toArray(String[]::new);
            if (column.type() == Schema.ColumnType.DATE) {
                int[] dates = new int[cells.length];
                for (int row = 0; row < cells.length; row++) {
                    dates[row] = packed.computeIfAbsent(cells[row], cell -> PackedLocalDate.pack(date(cell)));
                }
                built.add(DateColumn.createInternal(column.name(), dates));
            } else {
                built.add(StringColumn.create(column.name(), cells));
            }
        }
        return built;
    }

    static Table people(List<Person> people) {
        return Table.create("people",
                strings(Schema.ID, people.stream().map(Person::id).toList()),
                strings(Schema.NAME, people.stream().map(Person::name).toList()),
                strings(Schema.COUNTRY, people.stream().map(p -> p.country().code()).toList()),
                strings(Schema.LEVEL, people.stream().map(p -> p.level().code()).toList()));
    }

    static Table places(List<Place> places) {
        return Table.create("places",
                strings(Schema.ID, places.stream().map(Place::id).toList()),
                strings(Schema.CITY, places.stream().map(Place::city).toList()),
                strings(Schema.COUNTRY, places.stream().map(Place::country).toList()),
                DoubleColumn.create(Schema.LATITUDE, places.stream().mapToDouble(Place::latitude).toArray()),
                DoubleColumn.create(Schema.LONGITUDE, places.stream().mapToDouble(Place::longitude).toArray()));
    }

    static Table issues(List<Issue> issues) {
        return Table.create("issues",
                strings(Schema.ID, issues.stream().map(Issue::id).toList()),
                strings(Schema.LABEL, issues.stream().map(Issue::label).toList()),
                strings(Schema.PARENT, issues.stream().map(TableBuilder::parent).toList()));
    }

    /** One row per engagement × named participant: US participants first, then CN, as listed. */
    static Table participants(Table engagements, Map<String, Person> people) {
        List<String> engagementIds = new ArrayList<>();
        List<Person> persons = new ArrayList<>();
        StringColumn ids = engagements.stringColumn(Schema.ID);
        for (int row = 0; row < engagements.rowCount(); row++) {
            for (String column : List.of(Schema.US_PARTICIPANTS, Schema.CN_PARTICIPANTS)) {
                for (String id : CellValidator.items(engagements.stringColumn(column).get(row))) {
                    engagementIds.add(ids.get(row));
                    persons.add(people.get(id));
                }
            }
        }
        return Table.create(PARTICIPANTS,
                strings(Schema.ENGAGEMENT_ID, engagementIds),
                strings(Schema.PERSON_ID, persons.stream().map(Person::id).toList()),
                strings(Schema.SIDE, persons.stream().map(p -> p.country().code()).toList()),
                strings(Schema.NAME, persons.stream().map(Person::name).toList()),
                strings(Schema.LEVEL, persons.stream().map(p -> p.level().code()).toList()));
    }

    /** One row per engagement × issue, as listed; parent is empty for top-level issues. */
    static Table engagementIssues(Table engagements, Map<String, Issue> issues) {
        List<String> engagementIds = new ArrayList<>();
        List<Issue> listed = new ArrayList<>();
        StringColumn ids = engagements.stringColumn(Schema.ID);
        StringColumn cells = engagements.stringColumn(Schema.ISSUES);
        for (int row = 0; row < engagements.rowCount(); row++) {
            for (String id : CellValidator.items(cells.get(row))) {
                engagementIds.add(ids.get(row));
                listed.add(issues.get(id));
            }
        }
        return Table.create(ENGAGEMENT_ISSUES,
                strings(Schema.ENGAGEMENT_ID, engagementIds),
                strings(Schema.ISSUE_ID, listed.stream().map(Issue::id).toList()),
                strings(Schema.LABEL, listed.stream().map(Issue::label).toList()),
                strings(Schema.PARENT, listed.stream().map(TableBuilder::parent).toList()));
    }

    private static Column<String> strings(String name, List<String> values) {
        return StringColumn.create(name, values);
    }

    private static String parent(Issue issue) {
        return issue.findParent().orElse("");
    }

    private static LocalDate date(String cell) {
        return CellValidator.parseDate(cell)
                .orElseThrow(() -> new IllegalStateException("unvalidated date reached the tables: " + cell));
    }
}
