package org.engagements.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

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
        return new Dataset(folder.root(),
                fromCsv(csv.articles()), fromCsv(csv.engagements()), fromCsv(csv.mentions()),
                vocabulary, people(vocabulary.people()), places(vocabulary.places()), issues(vocabulary.issues()),
                participants(csv.engagements(), people), engagementIssues(csv.engagements(), issues), texts);
    }

    /** A CSV file as a table: dates as date columns, everything else as strings, in header order. */
    static Table fromCsv(CsvTable csv) {
        Table table = Table.create(csv.schema().fileName().replace(".csv", ""));
        for (Schema.Column column : csv.schema().columns()) {
            List<String> cells = csv.rows().stream().map(row -> row.get(column.name())).toList();
            table.addColumns(column.type() == Schema.ColumnType.DATE
                    ? DateColumn.create(column.name(), cells.stream().map(TableBuilder::date).toList())
                    : StringColumn.create(column.name(), cells));
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
    static Table participants(CsvTable engagements, Map<String, Person> people) {
        List<String> engagementIds = new ArrayList<>();
        List<Person> persons = new ArrayList<>();
        for (CsvRow row : engagements.rows()) {
            for (String column : List.of(Schema.US_PARTICIPANTS, Schema.CN_PARTICIPANTS)) {
                for (String id : row.items(column)) {
                    engagementIds.add(row.get(Schema.ID));
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
    static Table engagementIssues(CsvTable engagements, Map<String, Issue> issues) {
        List<String> engagementIds = new ArrayList<>();
        List<Issue> listed = new ArrayList<>();
        for (CsvRow row : engagements.rows()) {
            for (String id : row.items(Schema.ISSUES)) {
                engagementIds.add(row.get(Schema.ID));
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
