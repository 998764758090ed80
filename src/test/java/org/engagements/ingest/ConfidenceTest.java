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
        "call.txt|2022-03-20|0||0.80 = 0.30 both sides named + 0.25 date to the day + 0.15 status stated "
                + "(\"spoke\") + 0.10 a call needs no venue + 0.00 new row",
        "sidelines.txt|2023-11-20|0|e022|1.00 = 0.30 both sides named + 0.25 date to the day + 0.15 status stated "
                + "(\"met\") + 0.10 venue san-francisco + 0.20 merges with e022",
        "travellers.txt|2023-11-20|2||0.40 = 0.15 one side named + 0.10 date to the month + 0.15 status stated "
                + "(\"could\") + 0.00 no venue + 0.00 new row"})
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
    void aSentenceWithOnlyASuggestedNameAndNoOtherCueScoresLow() {
        Candidate bare = new Candidate(List.of("jane-roe"), List.of(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), "", Optional.empty(), LocalDate.parse("2024-05-01"), List.of(),
                List.of(new Evidence(new Sentence(0, 0, 0, "Jane Roe went."), Map.of())));
        Confidence confidence = Confidence.of(bare, Optional.empty(), Articles.shipped().vocabulary());
        assertEquals("0.05 = 0.05 only suggested names + 0.00 no date + 0.00 status inferred + 0.00 no venue "
                + "+ 0.00 new row", confidence.text() + " = " + confidence.reason());
    }
}
