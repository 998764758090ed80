package org.engagements.data.csv;

import java.util.List;

/**
 * A data row whose field count matched the header, as a view over its {@link CsvTable}: its line, its
 * cells by column name, and whether each cell passed its type rules (cross-file rules skip those that
 * did not rather than pile on).
 */
public record CsvRow(CsvTable table, int index) {
    public int line() {
        return table.line(index);
    }

    /**
     * The cell of a column.
     *
     * @throws IllegalArgumentException if the file has no such column (a bug in the caller)
     */
    public String get(String column) {
        return table.cell(index, column);
    }

    /** Whether the cell passed its type rules (an empty optional cell passes). */
    public boolean valid(String column) {
        return table.valid(index, column);
    }

    /** Whether the cell passed its type rules and is not empty. */
    public boolean present(String column) {
        return valid(column) && !get(column).isEmpty();
    }

    /** The ids of a valid id-list cell. */
    public List<String> items(String column) {
        return CellValidator.items(get(column));
    }
}
