package org.engagements.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.engagements.data.Side;
import org.engagements.ingest.Articles;
import org.junit.jupiter.api.Test;

/**
 * The failure classes of issue 17 (extraction on articles it has never seen), each pinned with synthetic
 * sentences written for this test, none taken from the evaluation sets.
 */
class FailureClassesTest {
    private static List<Candidate> extract(String text, String published) {
        return Articles.extractor().extract(text, LocalDate.parse(published)).candidates();
    }

    private static String brief(Candidate c) {
        return c.us() + "/" + c.cn() + " " + c.status().code() + " " + c.dates().start() + ".." + c.dates().end()
                + (c.background() ? " background" : "");
    }

    @Test
    void aCounterpartOutsideTheVocabularyMakesTheSidePresentAndIsCarriedAsEvidence() {
        List<Candidate> found = extract("Lloyd Austin held talks with China's Zhang Wei in Singapore on Friday.",
                "2023-06-05");
        assertEquals(List.of("[austin]/[] held 2023-06-02..2023-06-02"), found.stream().map(FailureClassesTest::brief)
                .toList());
        assertEquals(List.of("China's Zhang Wei"), found.get(0).outsiders(Side.CN));
    }

    @Test
    void aTitledNewcomerWithoutANameIsCarriedToo() {
        List<Candidate> found = extract("Blinken met China's newly appointed commerce minister in Beijing on Monday.",
                "2023-06-06");
        assertEquals(1, found.size(), () -> found.stream().map(FailureClassesTest::brief).toList().toString());
        assertEquals(List.of("China's newly appointed commerce minister"), found.get(0).outsiders(Side.CN));
    }

    @Test
    void anInstitutionAfterChinasIsNoOne() {
        assertEquals(List.of(), extract("Blinken criticised China's Foreign Ministry on Monday.", "2023-06-06"));
    }

    @Test
    void anEarlierEngagementNamedAfterSinceIsBackground() {
        List<String> found = extract("Blinken spoke with Wang Yi by phone on Thursday, their first call since "
                + "Blinken and Wang Yi met in Munich in 2021.", "2023-03-10").stream().map(FailureClassesTest::brief)
                .toList();
        assertEquals(List.of("[blinken]/[wang-yi] held 2023-03-09..2023-03-09",
                "[blinken]/[wang-yi] held 2021-01-01..2021-12-31 background"), found);
    }

    @Test
    void aSentenceSayingWhenTheyLastMetIsBackground() {
        List<String> found = extract("Raimondo and Wang Yi last met in Beijing in August 2023.", "2024-03-10")
                .stream().map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[raimondo]/[wang-yi] held 2023-08-01..2023-08-31 background"), found);
    }
}
