package org.engagements.notebook;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.engagements.display.MimeBundle;

/** What a cell produced, in the order produced; the four kinds of Jupyter's output list. */
public sealed interface CellOutput {
    /** Printed text. While a cell runs, listeners get it in chunks; a result holds it merged. */
    record Stream(StreamName name, String text) implements CellOutput {
        public Stream {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A value shown with {@code display(x)}.
     *
     * @param displayId the id later updates name (Jupyter's {@code transient.display_id}); not saved
     */
    record DisplayData(MimeBundle data, Optional<String> displayId) implements CellOutput {
        public DisplayData {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(displayId, "displayId");
        }

        /** A display that cannot be updated. */
        public DisplayData(MimeBundle data) {
            this(data, Optional.empty());
        }

        /** This display showing {@code newData} instead, if it is display {@code id}. */
        public DisplayData updated(String id, MimeBundle newData) {
            return displayId.equals(Optional.of(id)) ? new DisplayData(newData, displayId) : this;
        }
    }

    /** The value of the cell's last expression. */
    record ExecuteResult(int executionCount, MimeBundle data) implements CellOutput {
        public ExecuteResult {
            Objects.requireNonNull(data, "data");
        }
    }

    /**
     * A failure: compile error, exception, time limit or the JVM's exit.
     *
     * @param ename     the kind: an exception class name, {@code CompileError}, {@code Timeout},
     *                  {@code JvmExited}
     * @param evalue    the message
     * @param traceback the report for a person: a headline naming notebook, cell and line, then the
     *                  quoted source or the cell frames
     */
    record Error(String ename, String evalue, List<String> traceback) implements CellOutput {
        public Error {
            Objects.requireNonNull(ename, "ename");
            Objects.requireNonNull(evalue, "evalue");
            traceback = List.copyOf(traceback);
        }

        /** The traceback as one text. */
        public String message() {
            return String.join("\n", traceback);
        }
    }
}
