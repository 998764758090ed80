package org.engagements.jupyter;

import java.util.List;

/**
 * Completions at a cursor: each match replaces {@code code.substring(cursorStart, cursorEnd)}.
 * Positions are Java {@code char} indices into the code (the kernel converts to the protocol's code points).
 */
public record CompletionResult(List<String> matches, int cursorStart, int cursorEnd) {
    public CompletionResult {
        matches = List.copyOf(matches);
        if (cursorStart < 0 || cursorEnd < cursorStart) {
            throw new IllegalArgumentException("bad completion range " + cursorStart + ".." + cursorEnd);
        }
    }

    /** No completions at {@code cursor}. */
    public static CompletionResult none(int cursor) {
        return new CompletionResult(List.of(), cursor, cursor);
    }
}
