package org.engagements.core;

/**
 * Base of every error a user can cause and fix: bad data, a broken notebook, an unwritable report.
 *
 * <p>The message is complete and user-facing, compiler style: it names the place (file, line, column,
 * notebook cell), the offending value and what was expected. The command line prints only the message
 * and exits 1; {@code --debug} adds the stack trace. Programmer errors (our bugs) are not subclasses of
 * this type and keep their ordinary exceptions.
 */
public class EngagementsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EngagementsException(String message) {
        super(message);
    }

    public EngagementsException(String message, Throwable cause) {
        super(message, cause);
    }
}
