package org.engagements.jupyter.wire;

import java.util.Objects;

/** Requests that must be answered even while a cell runs; they arrive on the control channel. */
public sealed interface ControlContent extends Content {

    /** @param restart true when the front end will use the kernel again after it restarts */
    record ShutdownRequest(Boolean restart) implements ControlContent {
        public ShutdownRequest {
            restart = Boolean.TRUE.equals(restart);
        }
    }

    record ShutdownReply(ReplyStatus status, boolean restart) implements ControlContent {
        public ShutdownReply {
            Objects.requireNonNull(status, "status");
        }
    }

    record InterruptRequest() implements ControlContent {
    }

    record InterruptReply(ReplyStatus status) implements ControlContent {
        public InterruptReply {
            Objects.requireNonNull(status, "status");
        }
    }
}
