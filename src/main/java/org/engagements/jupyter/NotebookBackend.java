package org.engagements.jupyter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.engagements.display.MimeBundle;
import org.engagements.jupyter.wire.LanguageInfo;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.session.InputSource;
import org.engagements.notebook.session.NotebookSession;
import org.engagements.notebook.session.OutputSink;
import org.engagements.notebook.session.SessionOptions;
import org.engagements.notebook.session.SourceAssist;
import org.engagements.notebook.session.StartingSession;
import org.engagements.notebook.StreamName;

/**
 * The kernel's execution engine: cells run in a {@link NotebookSession}, with the renderers and
 * error reports of {@code engagements run}, so a notebook behaves the same in Jupyter and on the
 * command line. Errors name the cell by its execution count: {@code notebook, cell 3, line 2: ...}.
 *
 * <p>A session starts in the background when the backend is made and after each restart, so the
 * kernel answers at once while the JVM boots; the first cell waits for it. When a session's JVM ends
 * (System.exit, a crash, an interrupted cell that did not stop), the cell's error says so and a fresh
 * session starts for the next cell.
 *
 * <p>Threads as {@link ExecutionBackend} requires: the shell thread's calls hold {@code running};
 * {@link #restart} swaps the session under {@code lock}, then waits for the running cell to stop.
 */
public final class NotebookBackend implements ExecutionBackend {
    /** How cells are named in messages, before {@code , cell 3, line 2}. */
    static final String ORIGIN = "notebook";
    static final String SESSION_ERROR = "SessionError";
    static final String SESSION_ENDED = "The notebook's JVM has ended, so a fresh session is starting: "
            + "run the cells above again to restore their definitions.";
    /** How long a restart waits for an interrupted cell: the session's grace, then its JVM is ended. */
    private static final Duration RESTART_WAIT = NotebookSession.STOP_GRACE.plusSeconds(5);
    private static final LanguageInfo JAVA = new LanguageInfo("java", System.getProperty("java.version"),
            "text/x-java-source", ".jsh", "java", "text/x-java", null);

    private final SessionOptions options;
    private final ReentrantLock running = new ReentrantLock();
    private final Object lock = new Object();
    private StartingSession session;                            // guarded by lock
    private boolean closed;                                     // guarded by lock

    private NotebookBackend(SessionOptions options) {
        this.options = options;
    }

    /** A backend whose first session is starting in the background. */
    public static NotebookBackend start(SessionOptions options) {
        NotebookBackend backend = new NotebookBackend(options);
        synchronized (backend.lock) {
            backend.session = backend.startSession();
        }
        return backend;
    }

    @Override
    public ExecutionOutcome execute(String code, int executionCount, OutputListener live, Stdin stdin) {
        running.lock();
        try {
            StartingSession used = current();
            if (used.hasEnded() && renewIfCurrent(used)) {             // by a thread of its own, or killed
                live.stderr(SESSION_ENDED + "\n");
                used = current();
            }
            NotebookSession notebook;
            try {
                notebook = used.join();
            } catch (RuntimeException e) {
                renewIfCurrent(used);
                String message = "the notebook session could not start: " + e.getMessage();
                return ExecutionOutcome.failed(SESSION_ERROR, message, List.of(message));
            }
            CellResult result = notebook.execute(Cell.code(executionCount, "", code), sink(live), input(stdin));
            boolean ended = !notebook.isAlive() && renewIfCurrent(used);
            return outcome(result, ended, live);
        } finally {
            running.unlock();
        }
    }

    /** The cell's outputs, updates and clears, passed on to the front end as they happen. */
    private static OutputSink sink(OutputListener live) {
        return new OutputSink() {
            @Override
            public void output(CellOutput output) {
                forward(output, live);
            }

            @Override
            public void update(String displayId, MimeBundle data) {
                live.updateDisplay(data, displayId);
            }

            @Override
            public void clear(boolean waitForNext) {
                live.clearOutput(waitForNext);
            }
        };
    }

    private static void forward(CellOutput output, OutputListener live) {
        if (output instanceof CellOutput.Stream stream) {
            if (stream.name() == StreamName.STDOUT) {
                live.stdout(stream.text());
            } else {
                live.stderr(stream.text());
            }
        } else if (output instanceof CellOutput.DisplayData display) {
            display.displayId().ifPresentOrElse(id -> live.display(display.data(), id),
                    () -> live.display(display.data()));
        }
        // The result and the error are the outcome's: the kernel publishes them when the cell has ended.
    }

    /**
     * The cell's reads of standard input, as questions to the front end. Jupyter has no key for the end
     * of input (Ctrl-D in a terminal), so an empty reply is the end of input: that read returns -1
     * ({@code BufferedReader.readLine} gives null, {@code Scanner.nextLine} throws "No line found"), and
     * the next read asks again; {@code Input.line} gives an empty string.
     */
    static InputSource input(Stdin stdin) {
        return (prompt, password) -> {
            CompletableFuture<String> asked = stdin.ask(prompt, password);
            CompletableFuture<Optional<String>> line = asked.thenApply(value -> value.isEmpty()
                    ? Optional.<String>empty() : Optional.of(value));
            line.whenComplete((value, failure) -> asked.cancel(false));     // withdrawn: stop asking
            return line;
        };
    }

    private static ExecutionOutcome outcome(CellResult result, boolean sessionEnded, OutputListener live) {
        Optional<CellOutput.Error> error = result.findError();
        if (error.isEmpty()) {
            if (sessionEnded) {
                live.stderr(SESSION_ENDED + "\n");
            }
            return result.outputs().stream().filter(CellOutput.ExecuteResult.class::isInstance).findFirst()
                    .map(output -> ExecutionOutcome.ok(((CellOutput.ExecuteResult) output).data()))
                    .orElseGet(ExecutionOutcome::ok);
        }
        List<String> traceback = new ArrayList<>(error.get().traceback());
        if (sessionEnded) {
            traceback.add(SESSION_ENDED);
        }
        return ExecutionOutcome.failed(error.get().ename(), error.get().evalue(), traceback);
    }

    @Override
    public IsCompleteResult isComplete(String code) {
        return assist(assist -> {
            SourceAssist.Completeness completeness = assist.completeness(code);
            return switch (completeness.readiness()) {
                case COMPLETE -> IsCompleteResult.complete();
                case INCOMPLETE -> IsCompleteResult.incomplete(completeness.indent());
                case INVALID -> IsCompleteResult.invalid();
            };
        }, IsCompleteResult.unknown());
    }

    @Override
    public CompletionResult complete(String code, int cursor) {
        return assist(assist -> {
            SourceAssist.Completions completions = assist.completions(code, cursor);
            return new CompletionResult(completions.matches(), completions.anchor(), cursor);
        }, CompletionResult.none(cursor));
    }

    @Override
    public InspectionResult inspect(String code, int cursor, int detailLevel) {
        return assist(assist -> assist.documentation(code, cursor, detailLevel > 0)
                .map(text -> InspectionResult.found(MimeBundle.text(text)))
                .orElseGet(InspectionResult::notFound), InspectionResult.notFound());
    }

    /** Asks the current session's {@link SourceAssist}; {@code fallback} when no session could start. */
    private <T> T assist(Function<SourceAssist, T> question, T fallback) {
        running.lock();
        try {
            return current().await().map(notebook -> question.apply(notebook.sourceAssist())).orElse(fallback);
        } finally {
            running.unlock();
        }
    }

    @Override
    public void interrupt() {
        current().findStarted().ifPresent(NotebookSession::interrupt);
    }

    @Override
    public void restart() {
        StartingSession old;
        synchronized (lock) {
            if (closed) {
                return;
            }
            old = session;
            session = startSession();
        }
        retire(old);
    }

    @Override
    public void close() {
        StartingSession last;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            last = session;
        }
        retire(last);
        last.close();                                                           // still starting: waits
    }

    /**
     * Interrupts the session's cell, waits (a while) for it to stop, and closes the session, or has it
     * closed as soon as it has started.
     */
    private void retire(StartingSession old) {
        old.whenStarted(NotebookSession::interrupt);
        boolean idle = false;
        try {
            idle = running.tryLock(RESTART_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            old.whenStarted(NotebookSession::close);
        } finally {
            if (idle) {
                running.unlock();
            }
        }
    }

    @Override
    public LanguageInfo languageInfo() {
        return JAVA;
    }

    private StartingSession current() {
        synchronized (lock) {
            return session;
        }
    }

    /** Starts a fresh session if {@code ended} is still the current one; true if it was. */
    private boolean renewIfCurrent(StartingSession ended) {
        synchronized (lock) {
            if (session != ended || closed) {
                return false;
            }
            session = startSession();
            ended.whenStarted(NotebookSession::close);
            return true;
        }
    }

    private StartingSession startSession() {
        return StartingSession.start(options, ORIGIN);
    }
}
