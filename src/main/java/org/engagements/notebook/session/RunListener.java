package org.engagements.notebook.session;

import java.util.List;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookRun;

/**
 * Watches a run: progress printing, saving outputs and publishing attach here instead of living in
 * the run loop. Called on the running thread, except {@link #cellOutput}, which is called on the
 * thread reading the notebook JVM's streams while the cell runs. All methods default to nothing.
 */
public interface RunListener {
    default void notebookStarted(Notebook notebook) {
    }

    default void cellStarted(Notebook notebook, Cell cell) {
    }

    /** An output as it happens; text arrives in chunks (see {@link OutputSink}). */
    default void cellOutput(Notebook notebook, Cell cell, CellOutput output) {
    }

    default void cellFinished(Notebook notebook, CellResult result) {
    }

    default void notebookFinished(NotebookRun run) {
    }

    /** A listener that tells each of {@code listeners} in turn. */
    static RunListener all(List<RunListener> listeners) {
        List<RunListener> copy = List.copyOf(listeners);
        return new RunListener() {
            @Override
            public void notebookStarted(Notebook notebook) {
                copy.forEach(listener -> listener.notebookStarted(notebook));
            }

            @Override
            public void cellStarted(Notebook notebook, Cell cell) {
                copy.forEach(listener -> listener.cellStarted(notebook, cell));
            }

            @Override
            public void cellOutput(Notebook notebook, Cell cell, CellOutput output) {
                copy.forEach(listener -> listener.cellOutput(notebook, cell, output));
            }

            @Override
            public void cellFinished(Notebook notebook, CellResult result) {
                copy.forEach(listener -> listener.cellFinished(notebook, result));
            }

            @Override
            public void notebookFinished(NotebookRun run) {
                copy.forEach(listener -> listener.notebookFinished(run));
            }
        };
    }
}
