package org.engagements.ingest;

import java.util.Objects;

/**
 * One engagement change offered for review: its id in this run ({@code p1}, {@code p2}, … in the order
 * of the articles and their sentences, so the same input and data give the same ids), the change it
 * would make, its confidence and what the review decided. A change not written is shown as it would
 * have been made.
 */
public record Proposal(String id, EngagementChange change, Confidence confidence, Review.Decision decision) {
    public Proposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(decision, "decision");
    }

    /** The id of the {@code number}th proposal of a run, from 1. */
    public static String id(int number) {
        return "p" + number;
    }

    public boolean written() {
        return decision.written();
    }
}
