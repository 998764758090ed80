package org.engagements.analysis;

import static org.engagements.analysis.EngagementTables.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.engagements.data.Level;
import org.engagements.data.Schema;
import org.engagements.data.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

class FiltersTest {
    private static Table fixture() {
        return new EngagementTables()
                .add(row("e1", "2020-01-01").status("held").level("leader"))
                .add(row("e2", "2020-06-30").status("planned").level("cabinet"))
                .add(row("e3", "2020-12-31").status("declined").level("envoy"))
                .add(row("e4", "2021-01-01").status("held").level("cabinet"))
                .engagements();
    }

    private static List<String> ids(Table t) {
        return t.stringColumn(Schema.ID).asList();
    }

    @Test
    void betweenIncludesBothEnds() {
        assertEquals(List.of("e1", "e2", "e3"),
                ids(Filters.between(fixture(), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))));
    }

    @Test
    void aNullBoundIsOpen() {
        assertEquals(List.of("e3", "e4"), ids(Filters.between(fixture(), LocalDate.of(2020, 7, 1), null)));
        assertEquals(List.of("e1"), ids(Filters.between(fixture(), null, LocalDate.of(2020, 1, 1))));
        assertEquals(4, Filters.between(fixture(), null, null).rowCount());
    }

    @Test
    void withStatusKeepsOnlyThoseStatuses() {
        assertEquals(List.of("e1", "e2", "e4"),
                ids(Filters.withStatus(fixture(), EnumSet.of(Status.HELD, Status.PLANNED))));
        assertEquals(List.of("e1", "e4"), ids(Filters.held(fixture())));
        assertEquals(0, Filters.withStatus(fixture(), Set.of()).rowCount());
    }

    @Test
    void withLevelKeepsOnlyThoseLevels() {
        assertEquals(List.of("e2", "e4"), ids(Filters.withLevel(fixture(), Set.of(Level.CABINET))));
    }

    @Test
    void filtersComposeAndKeepColumns() {
        Table engagements = fixture();
        Table out = Filters.held(Filters.between(engagements, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
        assertEquals(List.of("e1"), ids(out));
        assertEquals(engagements.columnNames(), out.columnNames());
        assertEquals(4, engagements.rowCount());
    }

    @Test
    void heldIsTheSameTableAsTablesawsWhere() {
        Table engagements = fixture();
        Table expected = engagements.where(Filters.status(engagements, Status.HELD));
        Table held = Filters.held(engagements);
        assertEquals(engagements.name(), held.name());
        assertEquals(expected.columnNames(), held.columnNames());
        assertEquals(expected.types(), held.types());
        assertEquals(expected.print(), held.print());
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({"held, e1;e4", "HELD, e1;e4", "' Planned ', e2", "declined, e3", "postponed, ''"})
    void withStatusTakesAStatusNameInAnyCase(String status, String expected) {
        List<String> ids = expected.isEmpty() ? List.of() : List.of(expected.split(";"));
        assertEquals(ids, ids(Filters.withStatus(fixture(), status)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"all", "ALL", " All "})
    void withStatusAllIsTheTableItself(String all) {
        Table engagements = fixture();
        assertSame(engagements, Filters.withStatus(engagements, all));
    }

    @ParameterizedTest
    @ValueSource(strings = {"helt", "", "held,planned", "any"})
    void anUnknownStatusIsRefusedNamingTheValueAndTheValidOnes(String bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Filters.withStatus(fixture(), bad));
        assertEquals("status \"" + bad + "\": expected all or one of held, planned, proposed, requested, declined, "
                + "postponed, cancelled", e.getMessage());
    }
}
