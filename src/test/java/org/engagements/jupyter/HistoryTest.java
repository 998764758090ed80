package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HistoryTest {
    private final History history = new History();

    @BeforeEach
    void fill() {
        history.add(1, "6*7", "42");
        history.add(2, "int x = 1;", null);
        history.newSession();
        history.add(1, "6*7", "42");
        history.add(2, "x + 1", "2");
    }

    private static List<String> inputs(List<History.Entry> entries) {
        return entries.stream().map(e -> e.session() + ":" + e.line() + " " + e.input()).toList();
    }

    @Test
    void tailGivesTheLastEntriesOldestFirst() {
        assertEquals(List.of("2:1 6*7", "2:2 x + 1"), inputs(history.tail(2)));
        assertEquals(4, history.tail(100).size());
    }

    @Test
    void rangeSelectsLinesOfASessionWithZeroOrLessCountingBackFromTheCurrent() {
        assertEquals(List.of("1:2 int x = 1;"), inputs(history.range(1, 2, null)));
        assertEquals(List.of("2:1 6*7"), inputs(history.range(0, 1, 2)));
        assertEquals(List.of("1:1 6*7", "1:2 int x = 1;"), inputs(history.range(-1, 1, null)));
    }

    @Test
    void searchMatchesWholeInputsAgainstAGlob() {
        assertEquals(List.of("1:1 6*7", "2:1 6*7"), inputs(history.search("6?7", null, false)));
        assertEquals(List.of("2:1 6*7"), inputs(history.search("6?7", null, true)));
        assertEquals(List.of("2:2 x + 1"), inputs(history.search("*+*", null, false)));
        assertEquals(List.of("1:2 int x = 1;", "2:1 6*7", "2:2 x + 1"), inputs(history.search("*", 3, false)));
        assertEquals(List.of(), inputs(history.search("6", null, false)));
        assertEquals(List.of("2:2 x + 1"), inputs(history.search("x + 1", null, false)), "regex characters are literal");
    }

    @Test
    void keepsOnlyTheMostRecentEntries() {
        for (int i = 0; i < History.CAPACITY; i++) {
            history.add(i, "cell " + i, null);
        }
        assertEquals(History.CAPACITY, history.tail(Integer.MAX_VALUE).size());
        assertEquals("cell 0", history.tail(Integer.MAX_VALUE).get(0).input());
    }
}
