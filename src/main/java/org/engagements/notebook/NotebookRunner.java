package org.engagements.notebook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.engagements.core.EngagementsException;

/**
 * Runs notebooks, each in a fresh {@link NotebookSession}: a short loop over the code cells, stopping
 * at the first failure unless told to continue, and always when the notebook's JVM has ended. A cell
 * tagged {@code raises-exception} may fail. Everything else (printing, saving) is a
 * {@link RunListener}. Not thread safe; use one runner per thread.
 *
 * <p>When a cell ends the notebook's JVM ({@code System.exit}, {@code Runtime.halt}, a crash, a cell that
 * ignored its stop), the rest of that notebook is not run, even with {@code continueOnError}: its cells
 * build on the state that is gone, so in a fresh JVM they would fail with misleading errors (or worse,
 * run against defaults). This is what Jupyter does too: "Run All" stops at a dead kernel, and nbclient
 * raises {@code DeadKernelError}. The failed cell's error says the JVM ended; the executed notebook
 * marks the cells after it "not run"; the next notebook of the run starts in a JVM of its own.
 */
public final class NotebookRunner {
    private final RunOptions options;
    private final RunListener listener;

    public NotebookRunner(RunOptions options, RunListener listener) {
        this.options = options;
        this.listener = listener;
    }

    /** A session ready for a notebook, or why there is none. */
    private record Started(Optional<NotebookSession> session, Optional<String> failure) {
    }

    /** Runs {@code notebook} in a new session and closes the session. */
    public NotebookRun run(Notebook notebook) {
        return run(notebook, start(notebook));
    }

    /**
     * Runs each notebook in turn; a failing notebook does not stop the others. The next notebook's
     * session starts while the current one runs: a run is mostly one core busy at a time (the host
     * compiles, then the notebook's JVM executes), so the second core boots the next JVM.
     */
    public List<NotebookRun> runAll(List<Notebook> notebooks) {
        List<NotebookRun> runs = new ArrayList<>();
        CompletableFuture<Started> next = notebooks.isEmpty() ? null : startLater(notebooks.get(0));
        try {
            for (int i = 0; i < notebooks.size(); i++) {
                Started started = next.join();
                next = i + 1 < notebooks.size() ? startLater(notebooks.get(i + 1)) : null;
                runs.add(run(notebooks.get(i), started));
            }
        } finally {
            if (next != null) {
                next.join().session().ifPresent(NotebookSession::close);
            }
        }
        return runs;
    }

    private CompletableFuture<Started> startLater(Notebook notebook) {
        return CompletableFuture.supplyAsync(() -> start(notebook));
    }

    private Started start(Notebook notebook) {
        try {
            return new Started(Optional.of(NotebookSession.start(options.session(), notebook.source().toString())),
                    Optional.empty());
        } catch (EngagementsException e) {
            return new Started(Optional.empty(), Optional.of(notebook.source() + ": " + e.getMessage()));
        }
    }

    private NotebookRun run(Notebook notebook, Started started) {
        listener.notebookStarted(notebook);
        Instant start = options.session().clock().instant();
        List<CellResult> results = new ArrayList<>();
        started.session().ifPresent(session -> {
            try (session) {
                runCells(notebook, session, results);
            }
        });
        Duration duration = Duration.between(start, options.session().clock().instant());
        NotebookRun run = new NotebookRun(notebook, results, duration, started.failure());
        listener.notebookFinished(run);
        return run;
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
}
