package org.engagements.data;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A data row whose field count matched the header: its line, its cells by column name, and the
 * columns whose cells broke their type rules (cross-file rules skip those rather than pile on).
 */
record CsvRow(int line, Map<String, String> cells, Set<String> invalid) {
    CsvRow {
        cells = Map.copyOf(cells);
        invalid = Set.copyOf(invalid);
    }

    /**
     * The cell of a column.
     *
     * @throws IllegalArgumentException if the file has no such column (a bug in the caller)
     */
    String get(String column) {
        String value = cells.get(column);
        if (value == null) {
            throw new IllegalArgumentException("no column " + column + " in " + cells.keySet());
        }
        return value;
    }

    /** Whether the cell passed its type rules (an empty optional cell passes). */
    boolean valid(String column) {
        get(column);
        return !invalid.contains(column);
    }

    /** Whether the cell passed its type rules and is not empty. */
    boolean present(String column) {
        return valid(column) && !get(column).isEmpty();
    }

    /** The ids of a valid id-list cell. */
    List<String> items(String column) {
        return CellValidator.items(get(column));
    }
}
