package org.engagements.analysis;

import static org.engagements.analysis.EngagementTables.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.engagements.data.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

class ParticipantsTest {
    private static final Table PEOPLE = EngagementTables.people(
            new String[] {"blinken", "Antony Blinken", "US", "cabinet"},
            new String[] {"sullivan", "Jake Sullivan", "US", "adviser"},
            new String[] {"wang-yi", "Wang Yi", "CN", "cabinet"},
            new String[] {"xi", "Xi Jinping", "CN", "leader"});

    private static Table fixture() {
        return new EngagementTables()
                .add(row("e1", "2021-03-18").us("blinken;sullivan").cn("wang-yi"))
                .add(row("e2", "2021-10-31").us("blinken").cn("wang-yi"))
                .add(row("e3", "2023-06-18").us("blinken").cn("xi; wang-yi"))
                .add(row("e4", "2023-05-10").us("sullivan").cn(""))
                .add(row("e5", "2023-06-01").us("nobody").cn("xi"))
                .engagements();
    }

    @Test
    void pairsCountWhoMetWhomWithNames() {
        Table out = Participants.pairs(fixture(), PEOPLE);
        assertEquals(List.of("us_person_id", "us_name", "cn_person_id", "cn_name", "engagements"), out.columnNames());
        assertEquals(List.of("blinken", "blinken", "nobody", "sullivan"),
                out.stringColumn(AnalysisColumns.US_PERSON_ID).asList());
        assertEquals(List.of("wang-yi", "xi", "xi", "wang-yi"), out.stringColumn(AnalysisColumns.CN_PERSON_ID).asList());
        assertEquals(List.of(3, 1, 1, 1), out.intColumn(AnalysisColumns.ENGAGEMENTS).asList());
        assertEquals("Antony Blinken", out.stringColumn(AnalysisColumns.US_NAME).get(0));
        assertEquals("nobody", out.stringColumn(AnalysisColumns.US_NAME).get(2));
    }

    @Test
    void mostActiveRanksPeopleWithSideAndLevel() {
        Table out = Participants.mostActive(fixture(), PEOPLE, 3);
        assertEquals(List.of("person_id", "name", "side", "level", "engagements"), out.columnNames());
        assertEquals(List.of("blinken", "wang-yi", "sullivan"), out.stringColumn(Schema.PERSON_ID).asList());
        assertEquals(List.of(3, 3, 2), out.intColumn(AnalysisColumns.ENGAGEMENTS).asList());
        assertEquals(List.of("US", "CN", "US"), out.stringColumn(Schema.SIDE).asList());
        assertEquals(List.of("cabinet", "cabinet", "adviser"), out.stringColumn(Schema.LEVEL).asList());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 100})
    void mostActiveKeepsAtMostTopRows(int top) {
        assertEquals(Math.min(top, 5), Participants.mostActive(fixture(), PEOPLE, top).rowCount());
    }

    @Test
    void aNegativeTopIsTheCallersMistake() {
        assertThrows(IllegalArgumentException.class, () -> Participants.mostActive(fixture(), PEOPLE, -1));
    }
}
