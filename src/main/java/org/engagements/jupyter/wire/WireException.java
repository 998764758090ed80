package org.engagements.jupyter.wire;

/**
 * A message or connection file that does not follow the Jupyter wire protocol: a missing or wrong
 * signature, malformed JSON, an unknown message type, a message over the size limit, a missing field.
 *
 * <p>The fault is the sender's (or the connection file writer's). The message names what was wrong and
 * never echoes the offending bytes, which may be large or secret. The kernel logs and drops such
 * messages; it never stops because of them.
 */
public class WireException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WireException(String message) {
        super(message);
    }

    public WireException(String message, Throwable cause) {
        super(message, cause);
    }
}
