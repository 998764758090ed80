package org.engagements.data;

import java.time.LocalDate;
import java.util.Optional;

/** An office held from {@code from} to {@code to} inclusive; {@code to} is null while still held. */
public record Title(String title, LocalDate from, LocalDate to) {
    public Optional<LocalDate> findTo() {
        return Optional.ofNullable(to);
    }

    /** Whether the office was held on the given day. */
    public boolean heldOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
