package org.engagements.notebook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagements.core.EngagementsException;

/**
 * Runs notebooks, each in a fresh {@link NotebookSession}: a short loop over the code cells, stopping
 * at the first failure unless told to continue, and always when the notebook's JVM has ended. A cell
 * tagged {@code raises-exception} may fail. Everything else (printing, saving) is a
 * {@link RunListener}. Not thread safe; use one runner per thread.
 */
public final class NotebookRunner {
    private final RunOptions options;
    private final RunListener listener;

    public NotebookRunner(RunOptions options, RunListener listener) {
        this.options = options;
        this.listener = listener;
    }

    /** Runs {@code notebook} in a new session and closes the session. */
    public NotebookRun run(Notebook notebook) {
        listener.notebookStarted(notebook);
        Instant start = options.session().clock().instant();
        List<CellResult> results = new ArrayList<>();
        Optional<String> setupFailure = runInSession(notebook, results);
        Duration duration = Duration.between(start, options.session().clock().instant());
        NotebookRun run = new NotebookRun(notebook, results, duration, setupFailure);
        listener.notebookFinished(run);
        return run;
    }

    /** Runs the cells, adding to {@code results}; returns why the session could not start, if so. */
    private Optional<String> runInSession(Notebook notebook, List<CellResult> results) {
        NotebookSession session;
        try {
            session = NotebookSession.start(options.session(), notebook.source().toString());
        } catch (EngagementsException e) {
            return Optional.of(notebook.source() + ": " + e.getMessage());
        }
        try (session) {
            runCells(notebook, session, results);
        }
        return Optional.empty();
    }

    private void runCells(Notebook notebook, NotebookSession session, List<CellResult> results) {
        for (Cell cell : notebook.codeCells()) {
            listener.cellStarted(notebook, cell);
            CellResult result = session.execute(cell, output -> listener.cellOutput(notebook, cell, output));
            results.add(result);
            listener.cellFinished(notebook, result);
            if (!session.isAlive() || result.failsRun() && !options.continueOnError()) {
                return;
            }
        }
    }

    /** Runs each notebook in turn; a failing notebook does not stop the others. */
    public List<NotebookRun> runAll(List<Notebook> notebooks) {
        return notebooks.stream().map(this::run).toList();
    }
}
