package org.engagements.notebook.parameters;

import java.util.List;
import org.engagements.core.EngagementsException;

/**
 * A parameter given on the command line that a notebook cannot take: malformed, of the wrong type, or
 * given twice. The user's to fix; the message lists every problem, one a line.
 */
public class ParameterException extends EngagementsException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public ParameterException(String problem) {
        this(List.of(problem));
    }

    public ParameterException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, naming the notebook or option, the parameter, the value and what was expected. */
    public List<String> problems() {
        return problems;
    }
}
