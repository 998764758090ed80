package org.engagements.notebook.executed;

import org.engagements.notebook.Cell;
import org.engagements.notebook.CellMetadata;

/**
 * The ids of an executed notebook's cells (nbformat 4.5: 1 to 64 of {@code a-z A-Z 0-9 - _}), made
 * from the notebook's name and the cell's number, so the same notebook always gets the same ids:
 * {@code 02-meeting-frequency-3}. Stateless.
 */
public final class CellIds {
    static final int MAX_LENGTH = 64;

    private CellIds() {
    }

    /** The id of {@code cell} in the notebook named {@code notebookName}. */
    public static String of(String notebookName, Cell cell) {
        String suffix = cell.metadata().hasTag(CellMetadata.INJECTED_PARAMETERS)
                ? "injected-parameters" : Integer.toString(cell.number());
        return withSuffix(notebookName, suffix);
    }

    /** The id of a cell the writer adds, such as the error banner: the notebook's name and {@code suffix}. */
    public static String withSuffix(String notebookName, String suffix) {
        String name = notebookName.replaceAll("[^A-Za-z0-9_-]", "-");
        int room = MAX_LENGTH - suffix.length() - 1;
        return (name.length() > room ? name.substring(0, room) : name) + "-" + suffix;
    }
}
