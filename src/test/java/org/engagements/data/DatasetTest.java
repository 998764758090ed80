package org.engagements.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
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
