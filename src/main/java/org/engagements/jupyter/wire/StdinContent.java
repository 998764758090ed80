package org.engagements.jupyter.wire;

import java.util.Objects;

/** The kernel asking the front end for a line of input, and the answer. */
public sealed interface StdinContent extends Content {

    record InputRequest(String prompt, boolean password) implements StdinContent {
        public InputRequest {
            Objects.requireNonNull(prompt, "prompt");
        }
    }

    record InputReply(String value) implements StdinContent {
        public InputReply {
            Objects.requireNonNull(value, "value");
        }
    }
}
