package org.engagements.notebook.session;

import org.engagements.display.MimeBundle;
import org.engagements.notebook.CellOutput;

/**
 * Receives a cell's outputs as they happen, on the thread that reads the notebook JVM's streams:
 * printed text arrives in chunks (several {@link CellOutput.Stream}s per line or one per many lines),
 * displays as they are made, results and errors at the end. For a live front end such as the
 * Jupyter kernel. Implementations must be quick and thread safe.
 *
 * <p>Besides outputs, a cell can change what it showed: {@link #update} a display in place (possibly
 * one of an earlier cell) and {@link #clear} its output; a front end that shows outputs as they come
 * follows them, one that keeps only the result's outputs can ignore them.
 */
@FunctionalInterface
public interface OutputSink {
    OutputSink NONE = output -> { };

    void output(CellOutput output);

    /** Display {@code displayId} now shows {@code data}, wherever it is; Jupyter's {@code update_display_data}. */
    default void update(String displayId, MimeBundle data) {
    }

    /** The cell's output is cleared: now, or with {@code waitForNext} when its next output comes. */
    default void clear(boolean waitForNext) {
    }
}
