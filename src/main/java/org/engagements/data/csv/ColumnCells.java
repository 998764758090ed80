package org.engagements.data.csv;

import java.util.Arrays;
import org.engagements.data.Schema;

/**
 * The cells of one CSV column as they are read: each value's type check, and one shared instance per
 * distinct value. Codes, dates, venues and id lists repeat across a million rows; sharing them keeps
 * one string per distinct value in memory and checks it once, and a value seen before is found from
 * the reader's characters without making a string of them. A column whose values rarely repeat (ids,
 * titles, quotes) is noticed once {@value #REMEMBERED} distinct values are remembered: then it stops
 * remembering and looking up, and every value is checked on its own. Not thread-safe.
 */
final class ColumnCells {
    static final int REMEMBERED = 1 << 16;
    /** Lookups watched once full; fewer than a quarter of them hitting means the values rarely repeat. */
    private static final int WINDOW = 1 << 12;

    /** A remembered value and the check's answer for it (null when it passes). */
    record Cell(String value, String expected) {
    }

    private final Schema.Column column;
    /** Open addressing, at most half full; null once the column's values are seen not to repeat. */
    private Cell[] known = new Cell[64];
    private int[] hashes = new int[64];
    /** Each remembered value's characters, compared with {@link Arrays#equals} (vectorised) rather than by charAt. */
    private char[][] keys = new char[64][];
    private int count;
    private int watched;
    private int hits;

    ColumnCells(Schema.Column column) {
        this.column = column;
    }

    String name() {
        return column.name();
    }

    /**
     * The value to keep for field {@code field} of a record, and its check: the shared instance equal to
     * it with the remembered answer, or the value itself checked now.
     */
    Cell cell(CsvFields fields, int field) {
        if (known == null) {
            return check(fields.get(field));
        }
        char[] chars = fields.chars();
        int start = fields.start(field);
        int end = fields.end(field);
        int hash = hash(chars, start, end);
        int slot = find(chars, start, end, hash);
        Cell cell = known[slot];
        if (count >= REMEMBERED) {
            watch(cell != null);
        }
        if (cell == null) {
            cell = check(new String(chars, start, end - start));
            if (known != null && count < REMEMBERED) {
                add(slot, cell, hash, Arrays.copyOfRange(chars, start, end));
            }
        }
        return cell;
    }

    private static int hash(char[] chars, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash ^ (hash >>> 16);
    }

    /** The slot holding the value, or the empty slot where it would go. */
    private int find(char[] chars, int start, int end, int hash) {
        int mask = known.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            Cell cell = known[slot];
            if (cell == null
                    || (hashes[slot] == hash && Arrays.equals(keys[slot], 0, keys[slot].length, chars, start, end))) {
                return slot;
            }
        }
    }

    private void add(int slot, Cell cell, int hash, char[] key) {
        known[slot] = cell;
        hashes[slot] = hash;
        keys[slot] = key;
        if (++count * 2 > known.length) {
            grow();
        }
    }

    private void grow() {
        Cell[] cells = known;
        int[] oldHashes = hashes;
        char[][] oldKeys = keys;
        known = new Cell[cells.length * 2];
        hashes = new int[cells.length * 2];
        keys = new char[cells.length * 2][];
        int mask = known.length - 1;
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                int slot = oldHashes[i] & mask;
                while (known[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                known[slot] = cells[i];
                hashes[slot] = oldHashes[i];
                keys[slot] = oldKeys[i];
            }
        }
    }

    private void watch(boolean hit) {
        hits += hit ? 1 : 0;
        if (++watched == WINDOW) {
            if (hits < WINDOW / 4) {
                known = null;
                hashes = null;
                keys = null;
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
