package org.engagements.display;

import org.engagements.core.EngagementsException;

/**
 * A cell read standard input where there is none to read: a batch run, or a Jupyter front end that
 * does not allow input. Unchecked, so that a {@code Scanner} (which swallows {@code IOException}s
 * and reports "No line found") lets it through with its message.
 */
public final class NoInputException extends EngagementsException {
    private static final long serialVersionUID = 1L;

    public NoInputException(String message) {
        super(message);
    }
}
