package org.engagements.notebook.session;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * A {@link NotebookSession} starting on a thread of its own, so its JVM boots while the caller does
 * something else: {@code run} starts the next notebook's session while the current one runs, and the
 * Jupyter kernel answers at once while its first session (or the one after a restart or a lost JVM)
 * boots. The one place where both start a session.
 *
 * <p>Immutable and thread-safe; what it does to the session (interrupt, close) is as thread-safe as the
 * session's own methods.
 */
public final class StartingSession {
    private final CompletableFuture<NotebookSession> session;
    private final String origin;

    private StartingSession(CompletableFuture<NotebookSession> session, String origin) {
        this.session = session;
        this.origin = origin;
    }

    /**
     * Starts a session as {@link NotebookSession#start} does, on a daemon thread, and returns at once.
     * The thread is a new one, not a shared pool's: a start blocks for seconds on the JVM's boot.
     */
    public static StartingSession start(SessionOptions options, String origin) {
        return new StartingSession(CompletableFuture.supplyAsync(() -> NotebookSession.start(options, origin), task -> {
            Thread starter = new Thread(task, "notebook-session-start");
            starter.setDaemon(true);
            starter.start();
        }), origin);
    }

    /** What its messages name cells after: the notebook it was started for ({@link #start}'s {@code origin}). */
    public String origin() {
        return origin;
    }

    /**
     * Waits for the session.
     *
     * @throws RuntimeException what the start threw, as it threw it: an
     *                          {@link org.engagements.core.EngagementsException} when the JVM could not
     *                          start or a startup snippet failed
     */
    public NotebookSession join() {
        try {
            return session.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Waits for the session; empty when it could not start. */
    public Optional<NotebookSession> await() {
        return Optional.ofNullable(session.exceptionally(failed -> null).join());
    }

    /** The session if it has started, without waiting; empty while it starts and when it could not. */
    public Optional<NotebookSession> findStarted() {
        return session.isDone() && !session.isCompletedExceptionally() ? Optional.of(session.join()) : Optional.empty();
    }

    /** Whether the session started and has since lost its JVM (a cell's System.exit, a crash). */
    public boolean hasEnded() {
        return findStarted().map(started -> !started.isAlive()).orElse(false);
    }

    /** Does {@code action} to the session now if it has started, or as soon as it starts; never if it cannot. */
    public void whenStarted(Consumer<NotebookSession> action) {
        session.thenAccept(action);
    }

    /** Waits for a start under way, then closes the session (if it started). */
    public void close() {
        await().ifPresent(NotebookSession::close);
    }
}
