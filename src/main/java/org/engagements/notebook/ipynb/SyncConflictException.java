package org.engagements.notebook.ipynb;

import org.engagements.core.EngagementsException;

/**
 * Both files of a {@code .jsh}/{@code .ipynb} pair changed since their last sync, so syncing either way
 * would lose the other's changes; the message says how to choose. Nothing was written.
 */
public class SyncConflictException extends EngagementsException {
    private static final long serialVersionUID = 1L;

    public SyncConflictException(String message) {
        super(message);
    }
}
