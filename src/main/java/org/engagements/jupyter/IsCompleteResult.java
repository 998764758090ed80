package org.engagements.jupyter;

import java.util.Objects;

/**
 * Whether a console should run the code typed so far or wait for another line.
 *
 * @param indent for {@link Status#INCOMPLETE} only: the indentation to put on the next line
 */
public record IsCompleteResult(Status status, String indent) {
    public enum Status {
        /** Ready to run. */
        COMPLETE,
        /** Needs more lines, e.g. an open brace. */
        INCOMPLETE,
        /** Cannot become valid by adding lines; run it to see the error. */
        INVALID,
        /** The backend cannot tell. */
        UNKNOWN
    }

    public IsCompleteResult {
        Objects.requireNonNull(status, "status");
        indent = status == Status.INCOMPLETE ? Objects.requireNonNullElse(indent, "") : "";
    }

    public static IsCompleteResult complete() {
        return new IsCompleteResult(Status.COMPLETE, "");
    }

    public static IsCompleteResult incomplete(String indent) {
        return new IsCompleteResult(Status.INCOMPLETE, indent);
    }

    public static IsCompleteResult invalid() {
        return new IsCompleteResult(Status.INVALID, "");
    }

    public static IsCompleteResult unknown() {
        return new IsCompleteResult(Status.UNKNOWN, "");
    }
}
