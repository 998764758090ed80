package org.engagements.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** {@link Dataset#withEngagements}: a view with some engagements, for charts and analyses of a filter's rows. */
class DatasetTest {
    private static Dataset data;

    @BeforeAll
    static void load(@TempDir Path temp) {
        data = DatasetLoader.load(Fixture.copyTo(temp));
    }

    private static Dataset heldOnly() {
        Table engagements = data.engagements();
        return data.withEngagements(engagements.where(engagements.stringColumn(Schema.STATUS).isEqualTo("held")));
    }

    private static List<String> column(Table table, String name) {
        return table.stringColumn(name).asList().stream().distinct().sorted().toList();
    }

    @Test
    void aViewHasOnlyItsEngagementsAndTheRowsThatBelongToThem() {
        Dataset held = heldOnly();

        assertEquals(List.of("e001", "e004"), column(held.engagements(), Schema.ID));
        assertEquals(List.of("e001", "e004"), column(held.mentions(), Schema.ENGAGEMENT_ID));
        assertEquals(List.of("e001", "e004"), column(held.participants(), Schema.ENGAGEMENT_ID));
        assertEquals(List.of("e001"), column(held.engagementIssues(), Schema.ENGAGEMENT_ID));
        assertEquals(4, data.mentions().rowCount(), "the whole is unchanged");
    }

    @Test
    void theMentionsOfSomeEngagementsAreReadFromTheFileAsTheWholeTableHasThem(@TempDir Path temp) {
        Dataset fresh = DatasetLoader.load(Fixture.copyTo(temp));
        Table some = fresh.mentionsOf(Set.of("e004", "e001", "e999"));   // before the whole table is built
        Table held = heldOnly().mentionsOf(Set.of("e001", "e002", "e003"));
        Table all = fresh.mentions();
        Table expected = all.where(all.stringColumn(Schema.ENGAGEMENT_ID).isIn("e001", "e004"));
        assertEquals(expected.columnNames(), some.columnNames());
        assertEquals(rows(expected), rows(some), "the same rows, columns and order; an unknown id is ignored");
        assertEquals(rows(all.where(all.stringColumn(Schema.ENGAGEMENT_ID).isEqualTo("e001"))), rows(held),
                "a view's are those of its own engagements");
        assertEquals(rows(expected), rows(fresh.mentionsOf(Set.of("e001", "e004"))), "and once the table is built");
    }

    private static List<List<String>> rows(Table table) {
        return java.util.stream.IntStream.range(0, table.rowCount()).mapToObj(row -> table.columns().stream()
                .map(column -> column.getString(row)).toList()).toList();
    }

    @Test
    void aViewSharesTheSourcesAndVocabulariesOfTheWhole() {
        Dataset held = heldOnly();

        assertSame(data, held.whole());
        assertSame(data, data.whole());
        assertSame(data.articles(), held.articles());
        assertSame(data.vocabulary(), held.vocabulary());
        assertSame(data.people(), held.people());
        assertSame(data.places(), held.places());
        assertSame(data.issues(), held.issues());
        assertSame(data.articleTexts(), held.articleTexts());
        assertEquals(data.folder(), held.folder());
    }

    @Test
    void aViewOfAViewIsAViewOfTheWhole() {
        Dataset held = heldOnly();
        Table first = held.engagements().first(1);

        Dataset one = held.withEngagements(first);

        assertSame(data, one.whole());
        assertEquals(List.of("e001"), column(one.mentions(), Schema.ENGAGEMENT_ID));
    }

    @Test
    void theDatasetsOwnEngagementsGiveTheDatasetItself() {
        assertSame(data, data.withEngagements(data.engagements()));
    }

    @Test
    void aTableWithoutIdsIsRefusedNamingItsColumns() {
        Table counts = data.engagements().countBy(Schema.STATUS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> data.withEngagements(counts));
        assertEquals("expected engagements with an id column, got " + counts.name() + " with " + counts.columnNames(),
                e.getMessage());
    }
}
