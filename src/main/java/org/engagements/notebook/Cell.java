package org.engagements.notebook;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One cell of a notebook.
 *
 * @param number    1-based position among the notebook's marked cells (code and markdown), as a
 *                  reader counts {@code // %%} markers; 0 for the header
 * @param kind      header, code, markdown or raw
 * @param title     the text after {@code // %%}, or empty
 * @param metadata  the marker's {@code key=JSON} pairs
 * @param source    the cell's lines as written, without the marker and the blank lines after it;
 *                  markdown and raw lines keep their {@code // } prefix (see {@link #text()})
 * @param firstLine the 1-based line of the file where {@code source} starts
 * @param layout    what else is needed to write the cell back byte for byte
 */
public record Cell(int number, CellKind kind, String title, CellMetadata metadata, String source,
                   int firstLine, CellLayout layout) {
    public Cell {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(layout, "layout");
        if (number < 0 || firstLine < 1) {
            throw new IllegalArgumentException("number " + number + " or firstLine " + firstLine
                    + " out of range");
        }
    }

    /** A new code cell, as the Jupyter kernel makes for each request; its marker is written plainly. */
    public static Cell code(int number, String title, String source) {
        return new Cell(number, CellKind.CODE, title, CellMetadata.EMPTY, source, 1,
                CellLayout.canonical(CellKind.CODE, title, CellMetadata.EMPTY));
    }

    /** A copy with {@code newSource} as its source. */
    public Cell withSource(String newSource) {
        return new Cell(number, kind, title, metadata, newSource, firstLine, layout);
    }

    /** A copy whose metadata and marker are replaced. */
    public Cell withMetadata(CellMetadata newMetadata) {
        return new Cell(number, kind, title, newMetadata, source, firstLine,
                CellLayout.canonical(kind, title, newMetadata));
    }

    public boolean isCode() {
        return kind == CellKind.CODE;
    }

    /** The cell's text: markdown and raw text without their comment prefixes, anything else as written. */
    public String text() {
        if (kind != CellKind.MARKDOWN && kind != CellKind.RAW) {
            return source;
        }
        return uncommented(source);
    }

    /** Lines of markdown or raw text without their {@code // } (or {@code //}) prefixes. */
    public static String uncommented(String source) {
        return Arrays.stream(source.split("\n", -1)).map(Cell::uncomment).collect(Collectors.joining("\n"));
    }

    /**
     * Text as the lines of a markdown or raw cell, as Jupytext writes them: {@code // } before each line,
     * {@code //} alone for an empty one, and {@code //} without the space before a line starting with
     * {@code %%}, which would otherwise start a cell; empty text gives no lines. {@link #uncommented}
     * undoes it.
     */
    public static String commented(String text) {
        if (text.isEmpty()) {
            return "";
        }
        return Arrays.stream(text.split("\n", -1))
                .map(line -> line.isEmpty() || line.startsWith("%%") ? "//" + line : "// " + line)
                .collect(Collectors.joining("\n"));
    }

    /** The 1-based line of the file that holds line {@code cellLine} of this cell. */
    public int fileLine(int cellLine) {
        return firstLine + cellLine - 1;
    }

    /** Line {@code cellLine} (1-based) of the source, or empty when out of range. */
    public String line(int cellLine) {
        String[] lines = source.split("\n", -1);
        return cellLine >= 1 && cellLine <= lines.length ? lines[cellLine - 1] : "";
    }

    private static String uncomment(String line) {
        if (line.startsWith("// ")) {
            return line.substring(3);
        }
        return line.startsWith("//") ? line.substring(2) : line;
    }
}
