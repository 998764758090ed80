package org.engagements.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static List<String> texts(String article) {
        return Sentences.split(article).stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertEquals(List.of("U.S. Secretary of State Antony J. Blinken met Mr. Wang on Monday.", "No. 2 diplomat."),
                texts("U.S. Secretary of State Antony J. Blinken met Mr. Wang on Monday. No. 2 diplomat."));
    }

    @Test
    void aGivenNameAsInitialsDoesNotEndASentence() {
        assertEquals(List.of("Han met Vice President-elect J.D. Holt in Washington.", "J. D. Holt spoke."),
                texts("Han met Vice President-elect J.D. Holt in Washington. J. D. Holt spoke."));
    }

    @Test
    void aSentenceMayEndInsideAQuote() {
        assertEquals(List.of("“We met.”", "He left."), texts("“We met.” He left."));
    }

    @Test
    void blankLinesAndLinesEndingASentenceStartParagraphsWhileWrappedLinesDoNot() {
        List<Sentence> sentences = Sentences.split("One line\nwrapped here.\nNext paragraph.\n\nThird one.");
        assertEquals(List.of(0, 1, 2), sentences.stream().map(Sentence::paragraph).toList());
        assertEquals("One line wrapped here.", sentences.get(0).quote());
    }

    @Test
    void aFullStopWhoseSpaceWasLostStillEndsASentenceButNotADomainName() {
        assertEquals(List.of("Kerry met Xie in the old town.", "Wang left early, xinhuanet.com said."),
                texts("Kerry met Xie in the old town.Wang left early, xinhuanet.com said."));
        assertEquals(List.of("They spoke, News.Az reports."), texts("They spoke, News.Az reports."));
    }

    @Test
    void aFullStopAfterAClosingQuoteWhoseSpaceWasLostEndsASentence() {
        // "In" has two letters only: after a quote's close the full stop ends the sentence all the same
        assertEquals(List.of("Both sides praised \"the frank talks\".", "In a later statement, Xie left."),
                texts("Both sides praised \"the frank talks\".In a later statement, Xie left."));
        assertEquals(List.of("He said “U.S.” and left."), texts("He said “U.S.” and left."));
    }
}
