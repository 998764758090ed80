package org.engagements.notebook;

import java.util.Objects;

/**
 * How to run notebooks.
 *
 * @param session         how to start each notebook's session
 * @param continueOnError run the remaining cells after a failed one (as far as the session lives)
 */
public record RunOptions(SessionOptions session, boolean continueOnError) {
    public RunOptions {
        Objects.requireNonNull(session, "session");
    }

    /** Default sessions; stop at the first failing cell. */
    public static RunOptions defaults() {
        return new RunOptions(SessionOptions.defaults(), false);
    }

    public RunOptions withSession(SessionOptions newSession) {
        return new RunOptions(newSession, continueOnError);
    }

    public RunOptions withContinueOnError(boolean value) {
        return new RunOptions(session, value);
    }
}
