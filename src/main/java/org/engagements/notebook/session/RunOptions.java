package org.engagements.notebook.session;

import java.util.Objects;

/**
 * How to run notebooks.
 *
 * @param session         how to start each notebook's session
 * @param continueOnError run the remaining cells after a failed one (as far as the session lives)
 * @param jobs            how many notebooks run at once, each in its own JVM
 */
public record RunOptions(SessionOptions session, boolean continueOnError, int jobs) {
    public RunOptions {
        Objects.requireNonNull(session, "session");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
    }

    /** Default sessions; stop at the first failing cell; one notebook at a time. */
    public static RunOptions defaults() {
        return new RunOptions(SessionOptions.defaults(), false, 1);
    }

    public RunOptions withSession(SessionOptions newSession) {
        return new RunOptions(newSession, continueOnError, jobs);
    }

    public RunOptions withContinueOnError(boolean value) {
        return new RunOptions(session, value, jobs);
    }

    public RunOptions withJobs(int count) {
        return new RunOptions(session, continueOnError, count);
    }
}
