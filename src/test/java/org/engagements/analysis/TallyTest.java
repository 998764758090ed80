package org.engagements.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Counting by dictionary code gives the counts and first-seen order of counting by String. */
class TallyTest {
    @Test
    void codesNumberValuesInTheOrderTheyFirstAppear() {
        StringColumn column = StringColumn.create("c", "b", "a", "b", "c", "a", "b");
        Tally.Coded coded = Tally.Coded.of(column);
        assertEquals(List.of("b", "a", "c"), coded.values());
        assertArrayEquals(new int[] {0, 1, 0, 2, 1, 0}, coded.rows());
        assertArrayEquals(new int[] {3, 2, 1}, coded.counts());
    }

    @Test
    void aMissingCellIsTheEmptyValue() {
        StringColumn column = StringColumn.create("c", "x", "", "x");
        column.appendMissing();
        assertEquals(Map.of("x", 2, "", 2), Tally.cells(column));
        assertEquals(List.of("x", ""), new ArrayList<>(Tally.cells(column).keySet()));
    }

    @Test
    void anEmptyColumnHasNoCodes() {
        Tally.Coded coded = Tally.Coded.of(StringColumn.create("c"));
        assertEquals(List.of(), coded.values());
        assertArrayEquals(new int[0], coded.rows());
    }

    @Test
    void aCopyMadeWithWhereIsCodedByItsOwnDictionary() {
        StringColumn column = StringColumn.create("c", "a", "b", "c", "b", "a", "c");
        Table table = Table.create("t", column);
        Table copy = table.where(column.isNotEqualTo("a"));
        Tally.Coded coded = Tally.Coded.of(copy.stringColumn("c"));
        assertEquals(List.of("b", "c"), coded.values());
        assertArrayEquals(new int[] {0, 1, 0, 1}, coded.rows());
    }

    @Test
    void manyDistinctValuesAreCodedLikeFew() {
        StringColumn column = StringColumn.create("c");
        for (int i = 0; i < 70_000; i++) {   // past Tablesaw's byte and short dictionaries
            column.append("v" + (i % 40_000));
        }
        Tally.Coded coded = Tally.Coded.of(column);
        assertEquals(40_000, coded.values().size());
        for (int i = 0; i < column.size(); i++) {
            assertEquals(column.get(i), coded.values().get(coded.rows()[i]));
        }
    }

    @Test
    void cellPairsCountEachRowsPairOfCells() {
        StringColumn us = StringColumn.create("us", "a", "a", "b", "a", "");
        StringColumn cn = StringColumn.create("cn", "x", "y", "x", "x", "x");
        assertEquals(Map.of(List.of("a", "x"), 2, List.of("a", "y"), 1, List.of("b", "x"), 1, List.of("", "x"), 1),
                Tally.cellPairs(us, cn));
    }
}
