package org.engagements.notebook.session;

import java.util.Optional;
import jdk.jshell.Snippet;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellStatus;

/**
 * How one snippet of a cell went: the JShell snippet when it ran, or the status and error that end
 * the cell.
 */
record Evaluation(SourceSnippet source, Snippet snippet, CellStatus status, Optional<CellOutput.Error> failure) {
    static Evaluation ok(SourceSnippet source, Snippet snippet) {
        return new Evaluation(source, snippet, CellStatus.OK, Optional.empty());
    }

    static Evaluation failed(SourceSnippet source, CellStatus status, CellOutput.Error error) {
        return new Evaluation(source, null, status, Optional.of(error));
    }
}
