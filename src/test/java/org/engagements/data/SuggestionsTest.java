package org.engagements.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(textBlock = """
            kitten, sitting, 3
            bejing, beijing, 1
            '', abc, 3
            same, same, 0
            flaw, lawn, 2
            """)
    void levenshteinDistanceCountsSingleCharacterEdits(String a, String b, int distance) {
        assertEquals(distance, Suggestions.distance(a, b));
        assertEquals(distance, Suggestions.distance(b, a));
    }

    @Test
    void suggestsTheNearestCandidateWithinThreeEdits() {
        List<String> places = List.of("washington", "beijing", "bali");
        assertEquals(Optional.of("beijing"), Suggestions.nearest("bejing", places));
        assertEquals(Optional.empty(), Suggestions.nearest("shanghai", places));
    }

    @Test
    void tiesGoToTheAlphabeticallyFirst() {
        assertEquals(Optional.of("e001"), Suggestions.nearest("e00", List.of("e002", "e001")));
    }

    @Test
    void theHintIsEmptyWhenNothingIsNear() {
        assertEquals(" (did you mean \"blinken\"?)", Suggestions.hint("blinkn", List.of("blinken")));
        assertEquals("", Suggestions.hint("nobody-at-all", List.of("blinken")));
    }
}
