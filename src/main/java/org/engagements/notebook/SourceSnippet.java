package org.engagements.notebook;

/**
 * One snippet of a cell, as JShell evaluates it.
 *
 * @param source the text passed to JShell (a semicolon may have been added at the end)
 * @param line   the 1-based line of the cell where {@code source} starts
 * @param column the 0-based column of that line where {@code source} starts
 */
record SourceSnippet(String source, int line, int column) {
    /** The cell line and column of {@code offset} within {@code source}. */
    int[] position(int offset) {
        int clamped = Math.max(0, Math.min(offset, source.length()));
        int lineStart = source.lastIndexOf('\n', clamped - 1) + 1;
        int newlines = (int) source.substring(0, clamped).chars().filter(c -> c == '\n').count();
        int column = clamped - lineStart + (newlines == 0 ? this.column : 0);
        return new int[] {line + newlines, column};
    }
}
