package org.engagements.notebook;

import java.util.Locale;
import org.engagements.notebook.session.NotebookSession;

/** How a cell ended. */
public enum CellStatus {
    OK,
    /** A compile error or an exception. */
    ERROR,
    /** Stopped at the time limit; the session lives on if the stop took. */
    TIMED_OUT,
    /** Stopped by {@link NotebookSession#interrupt()}; the session lives on if the stop took. */
    INTERRUPTED,
    /** The notebook's JVM ended (System.exit, a crash, a kill); the session is over. */
    EXITED;

    /** Lower case with spaces, as printed: {@code ok}, {@code timed out}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
