package org.engagements.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DatasetLoaderTest {
    private final Dataset dataset = DatasetLoader.load(Fixture.source());

    @Test
    void theFixtureHasNoProblems() {
        assertEquals(List.of(), DatasetLoader.validate(Fixture.source()));
    }

    @Test
    void csvTablesHaveOneRowPerDataRecordAndTheSchemasColumns() {
        assertEquals(2, dataset.articles().rowCount());
        assertEquals(4, dataset.engagements().rowCount());
        assertEquals(4, dataset.mentions().rowCount());
        assertEquals(Schema.ENGAGEMENTS.headers(), dataset.engagements().columnNames());
        assertEquals(Schema.MENTIONS.headers(), dataset.mentions().columnNames());
    }

    @Test
    void datesAreDateColumnsAndTextIsStringColumns() {
        DateColumn start = assertInstanceOf(DateColumn.class, dataset.engagements().column(Schema.DATE_START));
        assertEquals(LocalDate.of(2021, 10, 31), start.get(0));
        assertInstanceOf(DateColumn.class, dataset.articles().column(Schema.PUBLISHED));
        assertInstanceOf(StringColumn.class, dataset.engagements().column(Schema.NOTES));
        assertEquals("Two lines\nof notes", dataset.engagements().stringColumn(Schema.NOTES).get(2));
        assertEquals("Announced for \"before the end of the year\".",
                dataset.engagements().stringColumn(Schema.NOTES).get(1));
    }

    @Test
    void vocabularyTablesHoldEveryEntry() {
        assertEquals(List.of(Schema.ID, Schema.NAME, Schema.COUNTRY, Schema.LEVEL), dataset.people().columnNames());
        assertEquals(6, dataset.people().rowCount());
        assertEquals(3, dataset.places().rowCount());
        assertInstanceOf(DoubleColumn.class, dataset.places().column(Schema.LATITUDE));
        assertEquals(-77.0369, dataset.places().doubleColumn(Schema.LONGITUDE).get(2));
        assertEquals(5, dataset.issues().rowCount());
        assertEquals(6, dataset.vocabulary().people().size());
    }

    @Test
    void participantsListUsThenChinaForEachEngagement() {
        Table participants = dataset.participants();
        assertEquals(List.of(Schema.ENGAGEMENT_ID, Schema.PERSON_ID, Schema.SIDE, Schema.NAME, Schema.LEVEL),
                participants.columnNames());
        assertEquals(8, participants.rowCount());
        assertEquals(List.of("blinken", "wang-yi", "biden", "xi-jinping"),
                participants.stringColumn(Schema.PERSON_ID).asList().subList(0, 4));
        assertEquals(List.of("US", "CN"), participants.stringColumn(Schema.SIDE).asList().subList(0, 2));
        assertEquals("Antony Blinken", participants.stringColumn(Schema.NAME).get(0));
        assertEquals("cabinet", participants.stringColumn(Schema.LEVEL).get(0));
    }

    @Test
    void engagementIssuesCarryLabelAndParent() {
        Table issues = dataset.engagementIssues();
        assertEquals(List.of(Schema.ENGAGEMENT_ID, Schema.ISSUE_ID, Schema.LABEL, Schema.PARENT), issues.columnNames());
        assertEquals(4, issues.rowCount());
        assertEquals(List.of("", "", "human-rights", "human-rights"), issues.stringColumn(Schema.PARENT).asList());
        assertEquals("Hong Kong", issues.stringColumn(Schema.LABEL).get(2));
    }

    @Test
    void articleTextsAreKeyedByArticleId() {
        assertEquals(List.of("a001", "a002"), List.copyOf(dataset.articleTexts().keySet()));
        assertTrue(dataset.articleTexts().get("a002").startsWith("Sherman to visit Tianjin"));
    }

    @Test
    void loadingBadDataThrowsWithEveryProblemAndNoTables(@TempDir Path temp) {
        Path data = Fixture.copyTo(temp);
        Fixture.replace(data.resolve("engagements.csv"), "2021-10-31,2021-10-31", "2021-10-31,2021-13-40");
        Fixture.replace(data.resolve("mentions.csv"), "a002,e004,held", "a002,e004,done");
        DataValidationException e = assertThrows(DataValidationException.class, () -> DatasetLoader.load(data));
        assertEquals(2, e.problems().size());
        assertEquals("data: 2 problems", e.summary());
        assertEquals("""
                data: 2 problems
                data/engagements.csv:2: date_end "2021-13-40": expected a date yyyy-MM-dd
                data/mentions.csv:5: reported_status "done": expected one of held, planned, proposed, \
                requested, declined, postponed, cancelled""", e.getMessage().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aLockFileThatCannotBeOpenedIsReadWithout(@TempDir Path temp) throws Exception {
        Path data = Fixture.copyTo(temp);
        java.nio.file.Files.createDirectory(temp.resolve(".engagements-lock-data"));   // as if not writable
        assertEquals(List.of(), DatasetLoader.validate(data));
        assertEquals(4, DatasetLoader.load(data).engagements().rowCount());
    }

    @Test
    void aFolderWithoutAnyDataFileIsOneProblemAndIsNotRead(@TempDir Path temp) throws Exception {
        java.nio.file.Files.writeString(temp.resolve("notes.txt"), "not data");
        assertEquals(List.of(temp.getFileName() + ": expected a data folder holding articles.csv, engagements.csv "
                + "and mentions.csv; " + temp + " holds none of them"),
                DatasetLoader.validate(temp).stream().map(Problem::message).toList());
        assertEquals(1, assertThrows(DataValidationException.class, () -> DatasetLoader.load(temp)).problems().size());
    }

    @Test
    void aMissingDataFolderIsOneProblem(@TempDir Path temp) {
        List<Problem> problems = DatasetLoader.validate(temp.resolve("nothing"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().startsWith("nothing: expected a data folder; there is none at "),
                problems.get(0).message());
    }
}
