package org.engagements.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReviewTest {
    private static Confidence points(int points) {
        return new Confidence(points, List.of(new Confidence.Term(points, "test")));
    }

    @ParameterizedTest(name = "{0} points at --min-confidence {1}: {2}")
    @CsvSource({
        "50, 0.5, ABOVE_THRESHOLD",
        "49, 0.5, BELOW_THRESHOLD",
        "56, 0.555, ABOVE_THRESHOLD",
        "55, 0.555, BELOW_THRESHOLD",
        "0, 0, ABOVE_THRESHOLD",
        "99, 1, BELOW_THRESHOLD",
        "100, 1, ABOVE_THRESHOLD"})
    void theThresholdIsInclusive(int points, double min, Review.Decision expected) {
        assertEquals(expected, new Review(min, Set.of(), Set.of()).decide("p1", points(points), true));
    }

    @Test
    void acceptAndRejectOverrideTheThresholdButNotAMissingQuote() {
        Review review = new Review(0.5, Set.of("p1", "p3"), Set.of("p2"));
        assertEquals(Review.Decision.ACCEPTED, review.decide("p1", points(10), true));
        assertEquals(Review.Decision.REJECTED, review.decide("p2", points(100), true));
        assertEquals(Review.Decision.NO_QUOTE, review.decide("p3", points(100), false));
        assertEquals(Review.Decision.NO_QUOTE, Review.ALL.decide("p4", points(100), false));
    }

    @Test
    void aThresholdOutsideZeroToOneIsTheCallersError() {
        IngestException e = assertThrows(IngestException.class, () -> new Review(1.5, Set.of(), Set.of()));
        assertEquals("--min-confidence 1.5: expected a number from 0 to 1", e.getMessage());
        assertThrows(IngestException.class, () -> new Review(Double.NaN, Set.of(), Set.of()));
    }

    @Test
    void anIdBothAcceptedAndRejectedIsRefused() {
        IngestException e = assertThrows(IngestException.class,
                () -> new Review(0.5, Set.of("p2", "p1"), Set.of("p2")));
        assertEquals("--accept and --reject both name p2: expected each proposal in one of them at most",
                e.getMessage());
    }
}
