package org.engagements.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One row of {@code engagements.csv}: a real-world engagement merged across articles. Lists are person
 * and issue ids in file order; empty strings stand for empty optional cells ({@code venue},
 * {@code occasion}, {@code notes}). The record checks shapes only; the rules across fields and files are
 * {@link DatasetLoader}'s.
 */
public record Engagement(String id, String title, Dates dates, Status status, Mode mode, HostSide hostSide,
                         Level level, Participants participants, String venue, String occasion,
                         List<String> issues, String notes) {
    /** The first and last day the articles allow, and how coarse those bounds are. */
    public record Dates(LocalDate start, LocalDate end, DatePrecision precision) {
        public Dates {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(precision, "precision");
        }
    }

    /** Person ids on each side; either may be empty when an article leaves the counterpart unnamed. */
    public record Participants(List<String> us, List<String> cn) {
        public Participants {
            us = List.copyOf(us);
            cn = List.copyOf(cn);
        }

        public List<String> side(Side side) {
            return side == Side.US ? us : cn;
        }
    }

    public Engagement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(hostSide, "hostSide");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(participants, "participants");
        venue = venue == null ? "" : venue;
        occasion = occasion == null ? "" : occasion;
        issues = List.copyOf(issues);
        notes = notes == null ? "" : notes;
    }

    public Engagement withId(String newId) {
        return new Engagement(newId, title, dates, status, mode, hostSide, level, participants, venue, occasion,
                issues, notes);
    }

    public Engagement withDates(Dates newDates) {
        return new Engagement(id, title, newDates, status, mode, hostSide, level, participants, venue, occasion,
                issues, notes);
    }

    public Engagement withStatus(Status newStatus) {
        return new Engagement(id, title, dates, newStatus, mode, hostSide, level, participants, venue, occasion,
                issues, notes);
    }

    public Engagement withParticipants(Participants newParticipants, Level newLevel) {
        return new Engagement(id, title, dates, status, mode, hostSide, newLevel, newParticipants, venue, occasion,
                issues, notes);
    }

    /** The venue, and the host side and mode that go with it. */
    public Engagement withVenue(String newVenue, HostSide newHostSide, Mode newMode) {
        return new Engagement(id, title, dates, status, newMode, newHostSide, level, participants, newVenue,
                occasion, issues, notes);
    }

    public Engagement withOccasion(String newOccasion) {
        return new Engagement(id, title, dates, status, mode, hostSide, level, participants, venue, newOccasion,
                issues, notes);
    }

    public Engagement withIssues(List<String> newIssues) {
        return new Engagement(id, title, dates, status, mode, hostSide, level, participants, venue, occasion,
                newIssues, notes);
    }

    public Engagement withNotes(String newNotes) {
        return new Engagement(id, title, dates, status, mode, hostSide, level, participants, venue, occasion,
                issues, newNotes);
    }
}
