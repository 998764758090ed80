package org.engagements.ingest.evaluate;

import java.util.List;
import org.engagements.core.EngagementsException;

/**
 * An evaluation set that cannot be read: a missing file, a row that does not fit its header, a value of
 * the wrong form, a quote not found in its article. The user's to fix; every problem (up to a cap) is
 * listed, one per line, naming the file, the line and what was expected, compiler style.
 */
public final class EvaluationSetException extends EngagementsException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public EvaluationSetException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, one message each. */
    public List<String> problems() {
        return problems;
    }
}
