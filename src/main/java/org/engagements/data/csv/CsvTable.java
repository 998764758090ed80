package org.engagements.data.csv;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.engagements.data.Schema;

/**
 * One CSV file after reading: its rows of the right width, in file order, stored by column (an array
 * of cells per column, so a million rows cost a million references per column rather than a map per
 * row), and the first fields of the rows dropped for a wrong width (so references to those ids are not
 * reported as unknown too). A table is not usable when the file could not be read or its header is
 * wrong; cross-file rules then skip it. Filled by one thread ({@link Builder}), then read-only.
 */
public final class CsvTable {
    private final Schema.CsvFile schema;
    private final String file;
    private final int size;
    private final int[] lines;
    private final String[][] columns;
    private final BitSet invalid;
    private final Set<String> droppedIds;
    private final boolean usable;
    private final String[] names;

    private CsvTable(Schema.CsvFile schema, String file, int size, int[] lines, String[][] columns, BitSet invalid,
                     Set<String> droppedIds, boolean usable) {
        this.schema = schema;
        this.file = file;
        this.size = size;
        this.lines = lines;
        this.columns = columns;
        this.invalid = invalid;
        this.droppedIds = Set.copyOf(droppedIds);
        this.usable = usable;
        this.names = schema.headers().toArray(String[]::new);
    }

    static CsvTable unusable(Schema.CsvFile schema, String file) {
        int width = schema.columns().size();
        return new CsvTable(schema, file, 0, new int[0], new String[width][0], new BitSet(), Set.of(), false);
    }

    public Schema.CsvFile schema() {
        return schema;
    }

    public String file() {
        return file;
    }

    public Set<String> droppedIds() {
        return droppedIds;
    }

    public boolean usable() {
        return usable;
    }

    public int size() {
        return size;
    }

    /** The rows in file order, as views over the columns. */
    public List<CsvRow> rows() {
        return new AbstractList<>() {
            @Override
            public CsvRow get(int index) {
                return row(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    public CsvRow row(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return new CsvRow(this, index);
    }

    int line(int row) {
        return lines[row];
    }

    String cell(int row, String column) {
        return columns[index(column)][row];
    }

    boolean valid(int row, String column) {
        return !invalid.get(row * columns.length + index(column));
    }

    /**
     * The cells of a column in file order; the array is the table's own, not a copy.
     *
     * @throws IllegalArgumentException if the file has no such column (a bug in the caller)
     */
    public String[] column(String column) {
        return columns[index(column)];
    }

    /** The column's position: callers pass {@link Schema}'s constants, so identity usually finds it. */
    private int index(String column) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == column) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + column + " in " + schema.fileName());
    }

    /** Collects rows while a file is read. Not thread-safe. */
    static final class Builder {
        private final Schema.CsvFile schema;
        private final String file;
        private final int width;
        private int size;
        private int[] lines = new int[1024];
        private String[][] columns;
        private final BitSet invalid = new BitSet();
        private final java.util.HashSet<String> droppedIds = new java.util.HashSet<>();

        Builder(Schema.CsvFile schema, String file) {
            this.schema = schema;
            this.file = file;
            this.width = schema.columns().size();
            this.columns = new String[width][1024];
        }

        /** Adds a row of {@code width} cells; {@code invalidColumns} marks the cells that broke their type rules. */
        void add(int line, String[] cells, BitSet invalidColumns) {
            if (size == lines.length) {
                int capacity = size + (size >> 1);
                lines = Arrays.copyOf(lines, capacity);
                for (int c = 0; c < width; c++) {
                    columns[c] = Arrays.copyOf(columns[c], capacity);
                }
            }
            lines[size] = line;
            for (int c = 0; c < width; c++) {
                columns[c][size] = cells[c];
            }
            for (int c = invalidColumns.nextSetBit(0); c >= 0; c = invalidColumns.nextSetBit(c + 1)) {
                invalid.set(size * width + c);
            }
            size++;
        }

        void drop(String firstField) {
            droppedIds.add(firstField);
        }

        CsvTable build() {
            String[][] trimmed = new String[width][];
            for (int c = 0; c < width; c++) {
                trimmed[c] = Arrays.copyOf(columns[c], size);
                columns[c] = null;
            }
            return new CsvTable(schema, file, size, Arrays.copyOf(lines, size), trimmed, invalid, droppedIds, true);
        }
    }
}
