package org.engagements.jupyter;

import org.engagements.jupyter.wire.LanguageInfo;

/**
 * What the kernel server needs from an execution engine; the kernel knows nothing else about it.
 *
 * <h2>Threads</h2>
 * The kernel calls {@link #execute}, {@link #isComplete}, {@link #complete} and {@link #inspect} from its
 * single shell thread, one call at a time, in request order. {@link #interrupt} and {@link #restart} come
 * from the control thread, possibly while {@code execute} runs. {@link #languageInfo} may be called from
 * any thread. {@link #close} is called once, at shutdown, after an {@code interrupt}.
 *
 * <h2>Errors</h2>
 * User errors (a compile error, an exception thrown by the cell, an interrupt) are results:
 * {@link ExecutionOutcome.Failed}, with a message that names the cell and line. A method that throws is
 * treated as a bug in the backend: the kernel logs the stack trace to its own standard error, shows the
 * user a one-line internal error, and keeps serving.
 *
 * <h2>Positions</h2>
 * Cursor positions are Java {@code char} indices into {@code code}; the kernel converts from and to the
 * protocol's Unicode code points.
 */
public interface ExecutionBackend extends AutoCloseable {

    /**
     * Runs a cell. Output is reported to {@code live} as it is produced (not collected until the end), and
     * every output of the cell has been reported before this method returns. The cell's reads of standard
     * input are questions to {@code stdin}.
     *
     * @param executionCount the cell's number as the front end shows it ({@code In [n]}); for messages
     */
    ExecutionOutcome execute(String code, int executionCount, OutputListener live, Stdin stdin);

    /** Runs a cell that may not read input ({@link Stdin#NONE}). */
    default ExecutionOutcome execute(String code, int executionCount, OutputListener live) {
        return execute(code, executionCount, live, Stdin.NONE);
    }

    /** Whether {@code code} is ready to run or needs more lines (for consoles). */
    IsCompleteResult isComplete(String code);

    /** Completions for the text before {@code cursor}. */
    CompletionResult complete(String code, int cursor);

    /**
     * Help for the name at, just after or around {@code cursor} (the call whose parentheses it is in): at
     * least {@code text/plain}.
     *
     * @param detailLevel 0 for a summary (signatures, each with its documentation's first sentence; what
     *                    Jupyter Notebook's Shift-Tab asks for), 1 or more for all of the documentation
     */
    InspectionResult inspect(String code, int cursor, int detailLevel);

    /** Stops the running cell soon, so that {@code execute} returns a failure; does nothing when idle. */
    void interrupt();

    /** Forgets all definitions: the next cell runs in a fresh session. Stops a running cell first. */
    void restart();

    /** The language, for kernel_info_reply (highlighting, file extension). Constant. */
    LanguageInfo languageInfo();

    /** Releases the session (child processes, threads). */
    @Override
    void close();
}
