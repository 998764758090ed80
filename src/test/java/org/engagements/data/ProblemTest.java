package org.engagements.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProblemTest {
    @Test
    void aCellProblemNamesFileLineColumnValueAndExpectation() {
        assertEquals("data/engagements.csv:18: venue \"bejing\": expected a place id",
                Problem.inCell("data/engagements.csv", 18, "venue", "bejing", "a place id").message());
    }

    @Test
    void aJsonProblemNamesTheCharacterColumnAndQuotesTheField() {
        assertEquals("data/vocab/people.json:14:17: \"level\" \"minister\": expected one of leader",
                new Problem("data/vocab/people.json", 14, 17, "level", "minister", "one of leader").message());
    }

    @Test
    void fileAndLineProblemsHaveNoSubject() {
        assertEquals("data/a.csv: expected a file; there is none",
                Problem.inFile("data/a.csv", "a file; there is none").message());
        assertEquals("data/a.csv:3: expected 7 fields", Problem.atLine("data/a.csv", 3, "7 fields").message());
    }

    @Test
    void longValuesAreCutAndControlCharactersEscaped() {
        String quote = "a".repeat(70);
        assertEquals("f:2: quote \"" + "a".repeat(60) + "…\": expected text",
                Problem.inCell("f", 2, "quote", quote, "text").message());
        assertEquals("f:2: notes \"say \\\"hi\\\"\\n\\u0007\": expected text",
                Problem.inCell("f", 2, "notes", "say \"hi\"\n\u0007", "text").message());
    }

    @Test
    void reportsShowTheFirstHundredThenCountTheRest() {
        List<Problem> problems = IntStream.rangeClosed(1, 103)
                .mapToObj(line -> Problem.atLine("f", line, "x")).toList();
        List<String> lines = Problems.lines(problems);
        assertEquals(101, lines.size());
        assertEquals("f:100: expected x", lines.get(99));
        assertEquals("… and 3 more", lines.get(100));
        assertEquals("data: 1 problem", Problems.summary("data", 1));
    }
}
