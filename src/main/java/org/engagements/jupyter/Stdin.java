package org.engagements.jupyter;

import java.util.concurrent.CompletableFuture;

/**
 * The front end's stdin channel, as the running cell sees it: a question for one line
 * ({@code input_request}) and its answer ({@code input_reply}). Thread-safe.
 */
@FunctionalInterface
public interface Stdin {
    /** What a cell that reads input is told when the request does not allow it. */
    String NOT_ALLOWED = "this cell reads standard input, but the front end does not allow input (allow_stdin is "
            + "false, as with nbconvert --execute or papermill): give the value in the code or as a notebook parameter";

    /** A stdin that refuses every question with {@link #NOT_ALLOWED}. */
    Stdin NONE = (prompt, password) -> CompletableFuture.failedFuture(new KernelException(NOT_ALLOWED));

    /**
     * Asks the person for a line, showing {@code prompt}, hiding what is typed if {@code password}.
     *
     * @return completes with the reply's value as typed (no newline; empty for an empty reply), or
     *         exceptionally, with a message for the person, when input is not allowed. Cancel it to
     *         withdraw the question (the cell was interrupted): a reply that comes later is dropped.
     */
    CompletableFuture<String> ask(String prompt, boolean password);
}
