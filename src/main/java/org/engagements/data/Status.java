package org.engagements.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an engagement stands, as the latest article reporting it says. */
public enum Status {
    HELD, PLANNED, PROPOSED, REQUESTED, DECLINED, POSTPONED, CANCELLED;

    /** The value as written in the CSV files: lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Status> find(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    /** True for engagements that took place; the rest are intentions, requests or refusals. */
    public boolean happened() {
        return this == HELD;
    }
}
