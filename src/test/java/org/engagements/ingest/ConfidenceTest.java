package org.engagements.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagements.ingest.extract.Candidate;
import org.engagements.ingest.extract.Evidence;
import org.engagements.ingest.extract.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The formula of docs/review.md on the test articles, term by term. */
class ConfidenceTest {
    @ParameterizedTest(name = "{0}, candidate {2}")
    @CsvSource(delimiter = '|', value = {
        "call.txt|2022-03-20|0||0.80 = 0.20 both sides named + 0.30 status stated (\"spoke\") + 0.20 date to "
                + "the day + 0.10 a call needs no venue + 0.00 new row",
        "sidelines.txt|2023-11-20|0|e022|1.00 = 0.20 both sides named + 0.30 status stated (\"met\") + 0.20 date "
                + "to the day + 0.10 venue san-francisco + 0.20 merges with e022",
        "travellers.txt|2023-11-20|2||0.50 = 0.10 one side named + 0.30 status stated (\"could\") + 0.10 date to "
                + "the month + 0.00 no venue + 0.00 new row"})
    void theConfidenceAddsUpTheCuesTheExtractorRecorded(String article, String published, int index,
                                                         String existing, String expected) {
        List<Candidate> candidates = Articles.extract(article, published).candidates();
        Candidate candidate = candidates.get(index);
        Confidence confidence = Confidence.of(candidate, Optional.ofNullable(existing),
                Articles.shipped().vocabulary());
        assertEquals(expected, confidence.text() + " = " + confidence.reason());
        assertEquals(confidence.points() / 100.0, confidence.value());
    }

    @Test
    void aNewRowWithAStatedStatusPassesTheDefaultThresholdWithoutADate() {
        Candidate call = Articles.extract("call.txt", "2022-03-20").candidates().get(0);
        Candidate undated = new Candidate(call.us(), call.cn(), call.statedStatus(), call.mode(), call.talkOnly(),
                call.venue(), call.country(), call.occasion(), Optional.empty(), call.published(), call.issues(),
                call.evidence());
        Confidence asNew = Confidence.of(undated, Optional.empty(), Articles.shipped().vocabulary());
        assertEquals("0.60", asNew.text(), asNew.reason());
        Confidence asMention = Confidence.of(undated, Optional.of("e019"), Articles.shipped().vocabulary());
        assertEquals("0.80", asMention.text(), asMention.reason());
    }

    @Test
    void aNewRowWhoseStatusIsOnlyInferredNeedsADateToPass() {
        Candidate call = Articles.extract("call.txt", "2022-03-20").candidates().get(0);
        Candidate inferred = new Candidate(call.us(), call.cn(), Optional.empty(), call.mode(), call.talkOnly(),
                call.venue(), call.country(), call.occasion(), call.date(), call.published(), call.issues(),
                call.evidence());
        Confidence dated = Confidence.of(inferred, Optional.empty(), Articles.shipped().vocabulary());
        assertEquals("0.50 = 0.20 both sides named + 0.00 status inferred + 0.20 date to the day + 0.10 a call "
                + "needs no venue + 0.00 new row", dated.text() + " = " + dated.reason());
        Candidate undated = new Candidate(inferred.us(), inferred.cn(), Optional.empty(), inferred.mode(),
                inferred.talkOnly(), inferred.venue(), inferred.country(), inferred.occasion(), Optional.empty(),
                inferred.published(), inferred.issues(), inferred.evidence());
        Confidence vague = Confidence.of(undated, Optional.empty(), Articles.shipped().vocabulary());
        assertEquals("0.30", vague.text(), vague.reason());
        assertEquals(Review.Decision.BELOW_THRESHOLD, new Review(Review.DEFAULT_MIN_CONFIDENCE, java.util.Set.of(),
                java.util.Set.of()).decide("p1", vague, true));
    }

    @Test
    void aSentenceWithOnlyASuggestedNameAndNoOtherCueScoresLow() {
        Candidate bare = new Candidate(List.of("jane-roe"), List.of(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), "", Optional.empty(), LocalDate.parse("2024-05-01"), List.of(),
                List.of(new Evidence(new Sentence(0, 0, 0, "Jane Roe went."), Map.of())));
        Confidence confidence = Confidence.of(bare, Optional.empty(), Articles.shipped().vocabulary());
        assertEquals("0.05 = 0.05 only suggested names + 0.00 status inferred + 0.00 no date + 0.00 no venue "
                + "+ 0.00 new row", confidence.text() + " = " + confidence.reason());
    }
}
