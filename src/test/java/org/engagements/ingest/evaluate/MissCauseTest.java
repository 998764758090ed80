package org.engagements.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.engagements.data.ShippedData;
import org.engagements.data.write.DatasetContent;
import org.engagements.ingest.Review;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each miss says where the real pipeline lost it, on the synthetic sample set with one gold row changed. */
class MissCauseTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String CALL_GOLD = "held,2022-03-18,2022-03-18,day,phone,,biden,xi-jinping,";

    @TempDir
    Path temp;

    @Test
    void aSentenceNothingWasReadFromIsNotRead() {
        Path set = SampleSet.write(temp.resolve("set"));
        SampleSet.replace(set.resolve("articles/s1.txt"), "for nearly two hours.", "for nearly two hours. "
                + "Shares in Shanghai fell on Monday.");
        SampleSet.replace(set.resolve("gold.csv"), CALL_GOLD + "\"President Joe Biden spoke by phone with Chinese "
                + "President Xi Jinping on Friday, the White House said.\"", CALL_GOLD.replace("biden,xi-jinping", "blinken,wang-yi")
                + "Shares in Shanghai fell on Monday.");
        assertEquals("lost: no proposal was read from its sentence", causeOf(set, "biden-xi-call", Review.ALL));
    }

    @Test
    void aReadingWithOtherPeopleIsLostAtPeople() {
        Path set = SampleSet.write(temp.resolve("set"));
        SampleSet.replace(set.resolve("gold.csv"), CALL_GOLD, CALL_GOLD.replace("biden", "blinken"));
        String cause = causeOf(set, "biden-xi-call", Review.ALL);
        assertTrue(cause.startsWith("lost at people: its sentence gave proposal p1 (e0")
                && cause.endsWith(") with biden / xi-jinping"), cause);
    }

    @Test
    void aReadingWithOtherDatesIsLostAtDates() {
        Path set = SampleSet.write(temp.resolve("set"));
        SampleSet.replace(set.resolve("gold.csv"), CALL_GOLD, CALL_GOLD.replace("2022-03-18,2022-03-18",
                "2021-06-01,2021-06-01"));
        String cause = causeOf(set, "biden-xi-call", Review.ALL);
        assertTrue(cause.startsWith("lost at dates: its sentence gave proposal p1 (e0")
                && cause.endsWith(") dated 2022-03-18..2022-03-18"), cause);
    }

    @Test
    void aProposalTheReviewHeldBackIsLostAtReview() {
        Path set = SampleSet.write(temp.resolve("set"));
        String cause = causeOf(set, "biden-xi-call", new Review(1.0, Set.of(), Set.of()));
        assertTrue(cause.matches("lost at review: proposal p1 was held back \\(confidence 0\\.\\d\\d\\)"), cause);
    }

    @Test
    void aReportMergedIntoACuratedRowTheGoldDoesNotLinkIsLostAtMerging() {
        Path set = SampleSet.write(temp.resolve("set"));
        SampleSet.replace(set.resolve("gold.csv"), "s2,biden-xi-sf,e022,", "s2,biden-xi-sf,,");
        assertEquals("lost at merging: proposal p1 went into e022, which the gold row does not link",
                causeOf(set, "biden-xi-sf", Review.ALL));
    }

    private String causeOf(Path folder, String key, Review review) {
        Path data = ShippedData.copyTo(temp);
        EvaluationSet set = EvaluationSet.read(folder, "set", DatasetContent.read(data), "data");
        SetScore score = Scorer.score(set, SetIngest.run(set, data, TODAY, review), "data");
        return score.misses().stream().filter(m -> m.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " was found")).cause();
    }
}
