package org.engagements.jupyter.wire;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The {@code status} field of every reply. */
public enum ReplyStatus {
    OK, ERROR, ABORTED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
