package org.engagements.notebook.engine;

/**
 * The check woven into cell code at every method entry and loop back-edge ({@link StopChecks}): once a
 * stop is requested, the next check throws {@link CellStopped}, so a loop of cell code ends within a
 * few instructions, on any JDK and without {@code Thread.stop}. The request stays until the cell has
 * ended, so code that catches the error and loops on is stopped again at its next check. Public
 * because cell classes, in their own class loader, call {@link #check()}. Thread safe.
 */
public final class StopCheck {
    private static volatile boolean requested;

    private StopCheck() {
    }

    /** Called by woven cell code; throws once a stop was requested. */
    public static void check() {
        if (requested) {
            throw new CellStopped();
        }
    }

    static void request() {
        requested = true;
    }

    static void clear() {
        requested = false;
    }

    static boolean isRequested() {
        return requested;
    }

    /** Thrown into cell code to stop it; the agent reports it as JShell's {@code StoppedException}. */
    static final class CellStopped extends Error {
        private static final long serialVersionUID = 1L;

        CellStopped() {
            super("the cell was stopped", null, false, false);
        }
    }
}
