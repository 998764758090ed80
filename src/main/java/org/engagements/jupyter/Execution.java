package org.engagements.jupyter;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagements.display.MimeType;
import org.engagements.jupyter.wire.Header;
import org.engagements.jupyter.wire.IopubContent;
import org.engagements.jupyter.wire.Message;
import org.engagements.jupyter.wire.ShellContent.ExecuteReply;
import org.engagements.jupyter.wire.ShellContent.ExecuteRequest;
import org.engagements.notebook.CellOutput;

/**
 * Runs execute requests in the protocol's order: (busy, published by the loop) → execute_input → live
 * stream, display_data, update_display_data and clear_output (and input_request on stdin, when the
 * request allows input) → execute_result or error → execute_reply → (idle). See {@link FrontEnd}.
 *
 * <p>{@code silent} cells publish no execute_input or execute_result and do not count; streams and errors
 * are still published, as ipykernel does. Only cells with {@code store_history} (never silent ones) advance
 * the execution count and enter the history.
 *
 * <p>Thread-safe: {@link #handle} runs on the shell thread, {@link #reset} may come from the control thread.
 */
final class Execution {
    private static final Logger LOG = Logger.getLogger(Execution.class.getName());

    private final ExecutionBackend backend;
    private final Publisher publisher;
    private final StdinChannel stdin;
    private final History history;
    private final AtomicInteger count = new AtomicInteger();

    Execution(ExecutionBackend backend, Publisher publisher, StdinChannel stdin, History history) {
        this.backend = backend;
        this.publisher = publisher;
        this.stdin = stdin;
        this.history = history;
    }

    void handle(Message request, RequestLoop.Responder responder) {
        ExecuteRequest execute = request.content(ExecuteRequest.class);
        Optional<Header> parent = Optional.of(request.header());
        int number = execute.storeHistory() ? count.incrementAndGet() : count.get();
        if (!execute.silent()) {
            publisher.publish(parent, new IopubContent.ExecuteInput(execute.code(), number));
        }
        FrontEnd frontEnd = FrontEnd.of(content -> publisher.publish(parent, content), execute.allowStdin()
                ? Optional.of((prompt, password) -> stdin.ask(request, prompt, password)) : Optional.empty());
        ExecutionOutcome outcome = run(execute.code(), number, frontEnd);
        frontEnd.finish();
        if (outcome instanceof ExecutionOutcome.Ok ok) {
            if (!execute.silent()) {
                ok.result().ifPresent(result -> publisher.publish(parent,
                        new IopubContent.ExecuteResult(number, WireBundle.data(result), WireBundle.NO_METADATA)));
            }
            remember(execute, number, ok.result().flatMap(result -> result.find(MimeType.TEXT_PLAIN)).orElse(null));
            responder.reply(ExecuteReply.ok(number));
        } else if (outcome instanceof ExecutionOutcome.Failed failure) {
            CellOutput.Error failed = failure.error();
            publisher.publish(parent, new IopubContent.ErrorOutput(failed.ename(), failed.evalue(), failed.traceback()));
            remember(execute, number, null);
            if (execute.stopOnError() && !execute.silent()) {
                // Before the reply: a request the client sends after seeing the error is never aborted.
                responder.abortWaitingExecutions();
            }
            responder.reply(ExecuteReply.error(number, failed.ename(), failed.evalue(), failed.traceback()));
        }
    }

    /** A fresh session after a restart: counting starts again at 1 in a new history session. */
    void reset() {
        count.set(0);
        history.newSession();
    }

    private void remember(ExecuteRequest execute, int number, String output) {
        if (execute.storeHistory()) {
            history.add(number, execute.code(), output);
        }
    }

    private ExecutionOutcome run(String code, int number, FrontEnd frontEnd) {
        try {
            return backend.execute(code, number, frontEnd, frontEnd);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the execution backend failed on cell " + number, e);
            return ExecutionOutcome.failed("InternalError", "the kernel failed to run this cell: " + e,
                    List.of("InternalError: the kernel failed to run cell " + number
                            + " (a bug in engagements; the kernel log has the details)"));
        }
    }
}
