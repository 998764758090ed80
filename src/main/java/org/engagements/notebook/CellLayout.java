package org.engagements.notebook;

import java.util.Objects;

/**
 * How a cell sits in its file, kept so that writing a parsed notebook gives back the same bytes.
 *
 * @param marker the marker line exactly as written ({@code // %% Title tags=["x"]}); empty for a
 *               header or for code before the first marker
 * @param blankLinesAfter empty lines between the cell's source and the next marker (or the end)
 */
public record CellLayout(String marker, int blankLinesAfter) {
    public CellLayout {
        Objects.requireNonNull(marker, "marker");
        if (marker.contains("\n")) {
            throw new IllegalArgumentException("a marker is one line: " + marker);
        }
        if (blankLinesAfter < 0) {
            throw new IllegalArgumentException("blankLinesAfter < 0: " + blankLinesAfter);
        }
    }

    /** The layout a new cell gets: a marker in the usual spelling and one blank line after it. */
    public static CellLayout canonical(CellKind kind, String title, CellMetadata metadata) {
        if (kind == CellKind.HEADER) {
            return new CellLayout("", 1);
        }
        String marker = NotebookParser.MARKER
                + (title.isEmpty() ? "" : " " + title)
                + (kind == CellKind.MARKDOWN ? " [markdown]" : kind == CellKind.RAW ? " [raw]" : "")
                + metadata.markerText();
        return new CellLayout(marker, 1);
    }
}
