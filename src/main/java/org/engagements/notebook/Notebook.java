package org.engagements.notebook;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A {@code .jsh} notebook in Jupytext's percent format: cells started by {@code // %%} markers.
 *
 * @param source the file it was read from, as named to the user in messages
 * @param cells  every cell in file order, including a header cell if the file has one
 * @param format line endings and final newline, for writing it back unchanged
 */
public record Notebook(Path source, List<Cell> cells, NotebookFormat format) {
    public Notebook {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        cells = List.copyOf(cells);
    }

    /** The cells the session runs. */
    public List<Cell> codeCells() {
        return cells.stream().filter(Cell::isCode).toList();
    }

    /** The number of marked cells (code and markdown), the denominator of "cell 3/9". */
    public int cellCount() {
        return (int) cells.stream().filter(cell -> cell.number() > 0).count();
    }

    /** The file name without {@code .jsh}: {@code 02-meeting-frequency}. */
    public String name() {
        return nameOf(source);
    }

    /** The name of the notebook in {@code file}: the file name without {@code .jsh}. */
    public static String nameOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".jsh") ? name.substring(0, name.length() - 4) : name;
    }
}
