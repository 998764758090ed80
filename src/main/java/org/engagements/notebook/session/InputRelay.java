package org.engagements.notebook.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.engagements.core.EngagementsException;
import org.engagements.display.DisplayFrame;
import org.engagements.notebook.engine.InputAnswer;

/**
 * Carries the notebook JVM's requests for input ({@code HostInput} there) to the running cell's
 * {@link InputSource}, and each answer back: exactly one answer per request. Between cells there is
 * no source, so a request (from a thread an earlier cell started) is refused; a question still open
 * when the cell is interrupted or ends is abandoned and its read refused. Thread safe: requests come
 * on the stream reader thread, {@link #open} and {@link #close} on the cell's thread, {@link #abandon}
 * from any.
 */
final class InputRelay {
    static final String BETWEEN_CELLS = "standard input can be read only while a cell runs (this read came from "
            + "a thread an earlier cell started)";
    static final String CELL_ENDED = "the cell ended while this read waited for input";

    private final Consumer<InputAnswer> answers;
    private InputSource source;                                      // guarded by this; null between cells
    private final List<CompletableFuture<Optional<String>>> open = new ArrayList<>();   // guarded by this

    /** A relay that sends answers to the notebook's JVM with {@code answers}. */
    InputRelay(Consumer<InputAnswer> answers) {
        this.answers = answers;
    }

    /** The cell that starts now reads its input from {@code cellSource}. */
    synchronized void open(InputSource cellSource) {
        source = cellSource;
    }

    /** The cell has ended: no more input, and any question still open is abandoned. */
    void close() {
        synchronized (this) {
            source = null;
        }
        abandon(CELL_ENDED);
    }

    /** Abandons the open questions: their reads are refused with {@code reason}. */
    void abandon(String reason) {
        List<CompletableFuture<Optional<String>>> abandoned;
        synchronized (this) {
            abandoned = List.copyOf(open);
        }
        abandoned.forEach(question -> question.completeExceptionally(new EngagementsException(reason)));
    }

    /** A read in the notebook's JVM waits for a line. */
    void request(DisplayFrame.InputRequested request) {
        InputSource current;
        synchronized (this) {
            current = source;
        }
        if (current == null) {
            answers.accept(InputAnswer.refused(request.request(), BETWEEN_CELLS));
            return;
        }
        CompletableFuture<Optional<String>> question = ask(current, request);
        synchronized (this) {
            open.add(question);
        }
        question.whenComplete((line, failure) -> {
            synchronized (this) {
                open.remove(question);
            }
            answers.accept(failure == null
                    ? line.map(text -> InputAnswer.line(request.request(), text)).orElse(InputAnswer.end(request.request()))
                    : InputAnswer.refused(request.request(), reason(failure)));
        });
    }

    /**
     * The source's question, as a future of our own: abandoning it here cannot complete one the source
     * keeps, and once it is done the source's is cancelled, so the source stops asking.
     */
    private static CompletableFuture<Optional<String>> ask(InputSource source, DisplayFrame.InputRequested request) {
        CompletableFuture<Optional<String>> asked = askSafely(source, request);
        CompletableFuture<Optional<String>> question = new CompletableFuture<>();
        asked.whenComplete((line, failure) -> {
            if (failure == null) {
                question.complete(line);
            } else {
                question.completeExceptionally(failure);
            }
        });
        question.whenComplete((line, failure) -> asked.cancel(false));
        return question;
    }

    private static CompletableFuture<Optional<String>> askSafely(InputSource source, DisplayFrame.InputRequested request) {
        try {
            return source.ask(request.prompt(), request.password());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }
}
