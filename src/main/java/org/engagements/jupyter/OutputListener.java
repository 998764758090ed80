package org.engagements.jupyter;

import org.engagements.display.MimeBundle;

/**
 * Where a running cell's output goes as it happens. The kernel publishes each call at once on iopub,
 * with the executing request as parent, so front ends show progress while the cell still runs.
 *
 * <p>Thread-safe: a backend may call it from any thread (e.g. the thread that drains a child process's
 * standard output). Calls are published in the order they are made.
 */
public interface OutputListener {
    /** Text the cell wrote to standard output; any chunk size, need not end with a newline. */
    void stdout(String text);

    /** Text the cell wrote to standard error. */
    void stderr(String text);

    /** A rich output the cell displayed (a table, a chart): a {@code display_data} message. */
    void display(MimeBundle bundle);

    /**
     * A rich output that later updates may replace: {@code display_data} with {@code displayId} as its
     * {@code transient.display_id}. By default the id is dropped.
     */
    default void display(MimeBundle bundle, String displayId) {
        display(bundle);
    }

    /** Display {@code displayId} shows {@code bundle} now: an {@code update_display_data} message. */
    default void updateDisplay(MimeBundle bundle, String displayId) {
    }

    /** The cell's output is cleared, now or when the next output comes: a {@code clear_output} message. */
    default void clearOutput(boolean waitForNext) {
    }

    /** A listener that drops everything. */
    OutputListener NONE = new OutputListener() {
        @Override
        public void stdout(String text) {
        }

        @Override
        public void stderr(String text) {
        }

        @Override
        public void display(MimeBundle bundle) {
        }
    };
}
