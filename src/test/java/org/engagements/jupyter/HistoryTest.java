package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.engagements.jupyter.wire.ShellContent.HistoryRequest;
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
    void searchUnderstandsSqliteGlobCharacterSets() {
        assertEquals(List.of("1:1 6*7", "2:1 6*7"), inputs(history.search("[0-9][*][0-9]", null, false)));
        assertEquals(List.of("2:2 x + 1"), inputs(history.search("[^0-9i]*", null, false)));
        assertEquals(List.of("1:2 int x = 1;"), inputs(history.search("[a-i]nt*", null, false)));
        assertEquals(List.of(), inputs(history.search("[6", null, false)), "an unclosed set is a literal [");
        assertEquals(List.of(), inputs(history.search("X*", null, false)), "case-sensitive");
    }

    @Test
    void answersRequestsAsTheMessagingSpecSays() {
        assertEquals(List.of(List.of(2, 2, List.of("x + 1", "2"))), history.answer(request("tail", true, null, null,
                null, 1, null, false)));
        assertEquals(List.of(List.of(2, 1, "6*7")), history.answer(request("range", false, 0, 1, 2, null, null, false)));
        assertEquals(List.of(List.of(1, 2, "int x = 1;"), List.of(2, 2, "x + 1")),
                history.answer(request("search", false, null, null, null, null, "*x*", false)));
        assertEquals(List.of(List.of(2, 1, "6*7")), history.answer(request("search", false, null, null, null, 1,
                "6?7", true)));
        assertEquals(List.of(), history.answer(request("unknown", false, null, null, null, null, null, false)));
    }

    private static HistoryRequest request(String type, boolean output, Integer session, Integer start, Integer stop,
                                          Integer n, String pattern, boolean unique) {
        return new HistoryRequest(output, true, type, session, start, stop, n, pattern, unique);
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
