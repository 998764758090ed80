package org.engagements.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.engagements.data.Schema;
import org.junit.jupiter.api.Test;

class ColumnCellsTest {
    private static final Schema.Column STATUS = Schema.ENGAGEMENTS.columns().stream()
            .filter(c -> c.name().equals(Schema.STATUS)).findFirst().orElseThrow();
    private static final Schema.Column ID = Schema.ENGAGEMENTS.columns().get(0);

    /** The cell of a one-field record holding {@code text}, found through the reader's characters. */
    private static ColumnCells.Cell cell(ColumnCells cells, String text) {
        CsvFields fields = new CsvFields();
        fields.append('x');   // a field before it, so that the lookup reads at an offset of the buffer
        fields.endField();
        fields.append(text.toCharArray(), 0, text.length());
        fields.endField();
        return cells.cell(fields, 1);
    }

    @Test
    void aRepeatedValueIsOneSharedStringWithOneAnswer() {
        ColumnCells cells = new ColumnCells(STATUS);
        ColumnCells.Cell first = cell(cells, "held");
        ColumnCells.Cell again = cell(cells, "held");
        assertSame(first, again);
        assertEquals("held", ColumnCells.value(again));
        assertNull(ColumnCells.expected(again));
    }

    @Test
    void valuesThatDifferOnlyInLengthOrOneCharacterAreDifferentCells() {
        ColumnCells cells = new ColumnCells(STATUS);
        List<String> values = List.of("held", "hel", "heldx", "Held", "", "planned");
        List<ColumnCells.Cell> found = new ArrayList<>();
        for (String value : values) {
            found.add(cell(cells, value));
        }
        for (int i = 0; i < values.size(); i++) {
            assertEquals(values.get(i), found.get(i).value());
            assertSame(found.get(i), cell(cells, values.get(i)));
        }
        assertEquals("one of held, planned, proposed, requested, declined, postponed, cancelled",
                cell(cells, "Held").expected());
    }

    @Test
    void everyValueIsFoundAgainAfterTheTableGrows() {
        ColumnCells cells = new ColumnCells(ID);
        List<ColumnCells.Cell> found = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            found.add(cell(cells, "e" + i));
        }
        for (int i = 0; i < 5_000; i++) {
            assertSame(found.get(i), cell(cells, "e" + i));
        }
    }

    @Test
    void aColumnWhoseValuesDoNotRepeatStopsSharingButStillChecks() {
        ColumnCells cells = new ColumnCells(ID);
        for (int i = 0; i < ColumnCells.REMEMBERED + 8 * 4096; i++) {
            cell(cells, "e" + i);
        }
        assertNotSame(cell(cells, "e1"), cell(cells, "e1"));
        assertEquals(CellValidator.ID_RULE, cell(cells, "E1").expected());
    }
}
