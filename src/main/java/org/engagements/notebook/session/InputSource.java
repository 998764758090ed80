package org.engagements.notebook.session;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.engagements.core.EngagementsException;

/**
 * Answers a running cell's reads of standard input ({@code System.in}, {@code Input.line}): a Jupyter
 * front end asks the person, a batch run has nobody to ask. Thread safe: {@link #ask} is called on
 * the thread that reads the notebook JVM's output, while the cell's thread waits.
 */
@FunctionalInterface
public interface InputSource {
    /** What a batch run ({@code engagements run}, {@code report}) says to a cell that reads input. */
    String BATCH_REASON = "this cell reads standard input, but a batch run (engagements run or report) has no "
            + "input: give the value as a notebook parameter instead (a variable of the cell tagged parameters, "
            + "set with -p NAME=VALUE)";

    /**
     * Asks for one line. {@code prompt} is what the notebook gave ({@code Input.line("Name: ")}); empty
     * for a plain read of {@code System.in}, where a front end that shows printed text as it comes
     * takes the text of the current line instead. {@code password}: hide what is typed.
     *
     * @return completes with the line (without its newline), or empty for the end of input; completes
     *         exceptionally when there is no input, and the cell's read then fails with the exception's
     *         message. The session cancels it when the cell is interrupted or ends before the answer, so
     *         an implementation can watch it to abandon the question.
     */
    CompletableFuture<Optional<String>> ask(String prompt, boolean password);

    /** No input: every read fails with {@code reason}, a sentence for the person. */
    static InputSource none(String reason) {
        return (prompt, password) -> CompletableFuture.failedFuture(new EngagementsException(reason));
    }
}
