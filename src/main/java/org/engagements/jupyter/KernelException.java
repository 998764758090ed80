package org.engagements.jupyter;

import org.engagements.core.EngagementsException;

/**
 * A kernel that cannot start or install, for a reason the user can fix: an unreadable or invalid
 * connection file, a non-loopback address without {@code --allow-remote}, a port already in use, an
 * unwritable kernelspec folder. Bad messages from clients are not this: they are logged and dropped.
 */
public class KernelException extends EngagementsException {
    private static final long serialVersionUID = 1L;

    public KernelException(String message) {
        super(message);
    }

    public KernelException(String message, Throwable cause) {
        super(message, cause);
    }
}
