package org.engagements.notebook.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.engagements.core.EngagementsException;
import org.engagements.display.MimeBundle;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookRun;

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
 *
 * <p>As in nbclient, a cell may update a display of an earlier cell ({@code handle.update(x)}): the
 * earlier cell's result shows the new value, in place. Reading standard input fails with
 * {@link InputSource#BATCH_REASON}: there is nobody to ask.
 */
public final class NotebookRunner {
    private final RunOptions options;
    private final RunListener listener;

    public NotebookRunner(RunOptions options, RunListener listener) {
        this.options = options;
        this.listener = listener;
    }

    /** A cell's update of a display, which may be an earlier cell's. */
    private record DisplayUpdate(String id, MimeBundle data) {
    }

    /** A session ready for a notebook, or why there is none. */
    private record Started(Optional<NotebookSession> session, Optional<String> failure) {
    }

    /** Runs {@code notebook} in a new session and closes the session. */
    public NotebookRun run(Notebook notebook) {
        return run(notebook, started(notebook, start(notebook)), listener);
    }

    /**
     * Runs every notebook; a failing notebook does not stop the others. The listener hears each
     * notebook whole, in the order given, whatever {@link RunOptions#jobs()} is.
     */
    public List<NotebookRun> runAll(List<Notebook> notebooks) {
        return runAll(notebooks, Optional.empty());
    }

    /**
     * As {@link #runAll(List)}, the first notebook in {@code first}, a session started for it ahead
     * (with this runner's session options, and its source as the origin), so that its JVM boots while
     * the caller reads and hashes the notebooks. A session started for another notebook (the one it
     * was started for could not be read) is closed unused.
     */
    public List<NotebookRun> runAll(List<Notebook> notebooks, Optional<StartingSession> first) {
        Optional<StartingSession> usable = first.filter(session -> !notebooks.isEmpty()
                && session.origin().equals(origin(notebooks.get(0))));
        if (first.isPresent() && usable.isEmpty()) {
            first.get().close();
        }
        return options.jobs() == 1 || notebooks.size() < 2 ? runInTurn(notebooks, usable)
                : runAtOnce(notebooks, usable);
    }

    /**
     * One at a time. The next notebook's session starts while the current one runs: a run is mostly one
     * core busy at a time (the host compiles, then the notebook's JVM executes), so the second core
     * boots the next JVM.
     */
    private List<NotebookRun> runInTurn(List<Notebook> notebooks, Optional<StartingSession> first) {
        List<NotebookRun> runs = new ArrayList<>();
        StartingSession next = notebooks.isEmpty() ? null : first.orElseGet(() -> start(notebooks.get(0)));
        try {
            for (int i = 0; i < notebooks.size(); i++) {
                Started started = started(notebooks.get(i), next);
                next = i + 1 < notebooks.size() ? start(notebooks.get(i + 1)) : null;
                runs.add(run(notebooks.get(i), started, listener));
            }
        } finally {
            if (next != null) {
                next.close();
            }
        }
        return runs;
    }

    /**
     * {@code jobs} at a time, each on a thread of its own. What each notebook tells the listener is
     * queued and replayed on this thread in notebook order, so listeners stay single-threaded and the
     * progress reads as it would one at a time: the first notebook live, each later one when its turn
     * comes (at once, if it has finished meanwhile).
     */
    private List<NotebookRun> runAtOnce(List<Notebook> notebooks, Optional<StartingSession> first) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.jobs(), notebooks.size()),
                runnable -> {
                    Thread thread = new Thread(runnable, "engagements-notebook");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<ReplayedEvents> events = new ArrayList<>();
            List<Future<NotebookRun>> futures = new ArrayList<>();
            for (Notebook notebook : notebooks) {
                ReplayedEvents queue = new ReplayedEvents();
                events.add(queue);
                Optional<StartingSession> ahead = futures.isEmpty() ? first : Optional.empty();
                futures.add(pool.submit(() -> {
                    try {
                        return run(notebook, started(notebook, ahead.orElseGet(() -> start(notebook))), queue);
                    } finally {
                        queue.end();
                    }
                }));
            }
            List<NotebookRun> runs = new ArrayList<>();
            for (int i = 0; i < notebooks.size(); i++) {
                events.get(i).replayTo(listener);
                runs.add(result(futures.get(i)));
            }
            return runs;
        } finally {
            pool.shutdownNow();
        }
    }

    private static NotebookRun result(Future<NotebookRun> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngagementsException("interrupted while notebooks were running", e);
        }
    }

    /** A listener that queues what it hears until {@link #replayTo} hands it on, in order. */
    private static final class ReplayedEvents implements RunListener {
        private final BlockingQueue<Optional<Consumer<RunListener>>> queue = new LinkedBlockingQueue<>();

        @Override
        public void notebookStarted(Notebook notebook) {
            queue.add(Optional.of(listener -> listener.notebookStarted(notebook)));
        }

        @Override
        public void cellStarted(Notebook notebook, Cell cell) {
            queue.add(Optional.of(listener -> listener.cellStarted(notebook, cell)));
        }

        @Override
        public void cellOutput(Notebook notebook, Cell cell, CellOutput output) {
            queue.add(Optional.of(listener -> listener.cellOutput(notebook, cell, output)));
        }

        @Override
        public void cellFinished(Notebook notebook, CellResult result) {
            queue.add(Optional.of(listener -> listener.cellFinished(notebook, result)));
        }

        @Override
        public void notebookFinished(NotebookRun run) {
            queue.add(Optional.of(listener -> listener.notebookFinished(run)));
        }

        /** Nothing more will be heard: the notebook's thread has finished, normally or not. */
        void end() {
            queue.add(Optional.empty());
        }

        /** Hands every event on to {@code listener} as it comes, until {@link #end()}. */
        void replayTo(RunListener listener) {
            try {
                for (Optional<Consumer<RunListener>> event = queue.take(); event.isPresent(); event = queue.take()) {
                    event.get().accept(listener);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngagementsException("interrupted while notebooks were running", e);
            }
        }
    }

    private StartingSession start(Notebook notebook) {
        return StartingSession.start(options.session(), origin(notebook));
    }

    private static String origin(Notebook notebook) {
        return notebook.source().toString();
    }

    /** Waits for {@code notebook}'s session; a start that failed becomes the notebook's failure. */
    private static Started started(Notebook notebook, StartingSession starting) {
        try {
            return new Started(Optional.of(starting.join()), Optional.empty());
        } catch (EngagementsException e) {
            return new Started(Optional.empty(), Optional.of(notebook.source() + ": " + e.getMessage()));
        }
    }

    private NotebookRun run(Notebook notebook, Started started, RunListener listener) {
        listener.notebookStarted(notebook);
        Instant start = options.session().clock().instant();
        List<CellResult> results = new ArrayList<>();
        started.session().ifPresent(session -> {
            try (session) {
                runCells(notebook, session, results, listener);
            }
        });
        Duration duration = Duration.between(start, options.session().clock().instant());
        NotebookRun run = new NotebookRun(notebook, results, start, duration, started.failure());
        listener.notebookFinished(run);
        return run;
    }

    private void runCells(Notebook notebook, NotebookSession session, List<CellResult> results,
                          RunListener listener) {
        for (Cell cell : notebook.codeCells()) {
            listener.cellStarted(notebook, cell);
            List<DisplayUpdate> updates = new CopyOnWriteArrayList<>();
            CellResult result = session.execute(cell, new OutputSink() {
                @Override
                public void output(CellOutput output) {
                    listener.cellOutput(notebook, cell, output);
                }

                @Override
                public void update(String displayId, MimeBundle data) {
                    updates.add(new DisplayUpdate(displayId, data));
                }
            });
            updates.forEach(update -> results.replaceAll(earlier -> earlier.withDisplayUpdated(update.id(), update.data())));
            results.add(result);
            listener.cellFinished(notebook, result);
            if (!session.isAlive() || result.failsRun() && !options.continueOnError()) {
                return;
            }
        }
    }
}
