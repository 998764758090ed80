package org.engagements.jupyter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.engagements.display.MimeBundle;
import org.engagements.notebook.CellOutput;

/**
 * How a cell ended: normally, possibly with a value to show, or with an error for the user. Holds the
 * notebook's own output values; {@link WireBundle} turns them into wire maps.
 */
public sealed interface ExecutionOutcome {

    /** @param result the cell's value as an {@code execute_result}; empty for statements and void calls */
    record Ok(Optional<MimeBundle> result) implements ExecutionOutcome {
        public Ok {
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * A cell that failed to compile, threw, or was interrupted. The error's traceback is for people, naming
     * cell and line (e.g. {@code cell 3, line 2: / by zero}), not raw Java stack frames.
     */
    record Failed(CellOutput.Error error) implements ExecutionOutcome {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }

    static ExecutionOutcome ok() {
        return new Ok(Optional.empty());
    }

    static ExecutionOutcome ok(MimeBundle result) {
        return new Ok(Optional.of(result));
    }

    static ExecutionOutcome failed(CellOutput.Error error) {
        return new Failed(error);
    }

    /**
     * @param ename     short name of the error, e.g. {@code java.lang.ArithmeticException} or {@code Interrupted}
     * @param evalue    the message, e.g. {@code / by zero}
     * @param traceback lines for people
     */
    static ExecutionOutcome failed(String ename, String evalue, List<String> traceback) {
        return failed(new CellOutput.Error(ename, evalue, traceback));
    }
}
