package org.engagements.data.csv;

import java.util.HashMap;
import java.util.Map;
import org.engagements.data.Schema;

/**
 * The cells of one CSV column as they are read: each value's type check, and one shared instance per
 * distinct value. Codes, dates, venues and id lists repeat across a million rows; sharing them keeps
 * one string per distinct value in memory and checks it once. A column whose values rarely repeat
 * (ids, titles, quotes) is noticed once {@value #REMEMBERED} distinct values are remembered: then it
 * stops remembering and looking up, and every value is checked on its own. Not thread-safe.
 */
final class ColumnCells {
    static final int REMEMBERED = 1 << 16;
    /** Lookups watched once full; fewer than a quarter of them hitting means the values rarely repeat. */
    private static final int WINDOW = 1 << 12;

    /** A remembered value and the check's answer for it (null when it passes). */
    private record Cell(String value, String expected) {
    }

    private final Schema.Column column;
    private Map<String, Cell> known = new HashMap<>();
    private int watched;
    private int hits;

    ColumnCells(Schema.Column column) {
        this.column = column;
    }

    String name() {
        return column.name();
    }

    /**
     * The value to keep for a cell, and its check: the shared instance equal to {@code value} with the
     * remembered answer, or the value itself checked now.
     */
    Cell cell(String value) {
        if (known == null) {
            return check(value);
        }
        Cell cell = known.get(value);
        if (known.size() >= REMEMBERED) {
            watch(cell != null);
        }
        if (cell == null) {
            cell = check(value);
            if (known != null && known.size() < REMEMBERED) {
                known.put(value, cell);
            }
        }
        return cell;
    }

    private void watch(boolean hit) {
        hits += hit ? 1 : 0;
        if (++watched == WINDOW) {
            if (hits < WINDOW / 4) {
                known = null;
            }
            watched = 0;
            hits = 0;
        }
    }

    private Cell check(String value) {
        return new Cell(value, CellValidator.check(column, value).orElse(null));
    }

    static String value(Cell cell) {
        return cell.value();
    }

    static String expected(Cell cell) {
        return cell.expected();
    }
}
