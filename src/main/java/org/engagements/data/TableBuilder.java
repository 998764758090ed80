package org.engagements.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
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

    static Dataset build(DataFolder folder, CsvTables csv, Vocabulary vocabulary, SortedMap<String, String> texts) {
        Map<String, Person> people = VocabularyFiles.byId(vocabulary.people(), Person::id);
        Map<String, Issue> issues = VocabularyFiles.byId(vocabulary.issues(), Issue::id);
        BackgroundTask<Table> building = BackgroundTask.start("build " + Schema.ENGAGEMENTS.fileName(),
                () -> fromCsv(csv.engagements()));   // the two biggest tables side by side
        Table mentions = fromCsv(csv.mentions());
        Table articles = fromCsv(csv.articles());
        Table engagements = building.join();
        return new Dataset(folder.root(), articles, engagements, mentions,
                vocabulary, people(vocabulary.people()), places(vocabulary.places()), issues(vocabulary.issues()),
                () -> participants(engagements, people), () -> engagementIssues(engagements, issues), texts);
    }

    /** A CSV file as a table: dates as date columns, everything else as strings, in header order. */
    static Table fromCsv(CsvTable csv) {
        Table table = Table.create(csv.schema().fileName().replace(".csv", ""));
        Map<String, Integer> packed = new HashMap<>();
        for (Schema.Column column : csv.schema().columns()) {
            String[] cells = csv.column(column.name());
            if (column.type() == Schema.ColumnType.DATE) {
                int[] dates = new int[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    dates[i] = packed.computeIfAbsent(cells[i], cell -> PackedLocalDate.pack(date(cell)));
                }
                table.addColumns(DateColumn.createInternal(column.name(), dates));
            } else {
                table.addColumns(StringColumn.create(column.name(), cells));
            }
        }
        return table;
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
