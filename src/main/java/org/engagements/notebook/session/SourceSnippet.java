package org.engagements.notebook.session;

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

    /** Whether this is an {@code import} declaration. */
    boolean isImport() {
        String stripped = source.strip();
        return stripped.startsWith("import ") && stripped.endsWith(";") && stripped.indexOf(';') == stripped.length() - 1;
    }

    /**
     * Consecutive imports joined into one snippet, each kept on its own line so positions still map to
     * the cell: JShell compiles each snippet separately, and a notebook's first cell is mostly imports.
     */
    static java.util.List<SourceSnippet> joinImports(java.util.List<SourceSnippet> snippets) {
        java.util.List<SourceSnippet> joined = new java.util.ArrayList<>();
        for (SourceSnippet snippet : snippets) {
            SourceSnippet previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (previous != null && previous.isImportBlock() && snippet.isImport() && snippet.column == 0) {
                String before = previous.source.stripTrailing();
                int lines = (int) before.chars().filter(c -> c == '\n').count();
                String gap = "\n".repeat(Math.max(1, snippet.line - previous.line - lines));
                joined.set(joined.size() - 1, new SourceSnippet(before + gap + snippet.source, previous.line,
                        previous.column));
            } else {
                joined.add(snippet);
            }
        }
        return joined;
    }

    private boolean isImportBlock() {
        return source.lines().filter(l -> !l.isBlank()).allMatch(l -> new SourceSnippet(l, line, 0).isImport());
    }
}
