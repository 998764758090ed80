package org.engagements.notebook;

import java.util.Locale;

/** How a cell ended. */
public enum CellStatus {
    OK,
    /** A compile error or an exception. */
    ERROR,
    /** Stopped at the time limit; the session lives on if the stop took. */
    TIMED_OUT,
    /**
     * Stopped by {@link org.engagements.notebook.session.NotebookSession#interrupt()} (named in full: the
     * cell model does not import the session); the session lives on if the stop took.
     */
    INTERRUPTED,
    /** The notebook's JVM ended (System.exit, a crash, a kill); the session is over. */
    EXITED;

    /** Lower case with spaces, as printed: {@code ok}, {@code timed out}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
