package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.engagements.data.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidateCommandTest {
    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run validate(Path data) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"validate", "--data", data.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString().replace(System.lineSeparator(), "\n"), err.toString());
    }

    @Test
    void goodDataPrintsOneSummaryLineAndExitsZero() {
        Run run = validate(Fixture.copyTo(temp));
        String summary = "data: OK — 2 articles, 4 engagements, 4 mentions, 6 people, 3 places, 5 issues\n";
        assertEquals(new Run(0, summary, ""), run);
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("a missing file", data -> delete(data.resolve("articles.csv")),
                        "data/articles.csv: expected a file; there is none"),
                bad("an empty file", data -> Fixture.write(data.resolve("mentions.csv"), ""),
                        "data/mentions.csv: expected content, found an empty file"),
                bad("a header with a missing column",
                        data -> Fixture.replace(data.resolve("mentions.csv"), "date_expression,", ""),
                        "data/mentions.csv:1: header: expected a column \"date_expression\"; the header must be "
                                + "article_id,engagement_id,reported_status,date_expression,quote"),
                bad("a header with an extra column",
                        data -> Fixture.replace(data.resolve("mentions.csv"), ",quote\n", ",quote,page\n"),
                        "data/mentions.csv:1: header \"page\": expected no such column; the header must be "
                                + "article_id,engagement_id,reported_status,date_expression,quote"),
                bad("a ragged row", data -> Fixture.append(data.resolve("mentions.csv"), "a001,e001,held"),
                        "data/mentions.csv:6: expected 5 fields as in the header, found 3 fields"),
                bad("a file that is not UTF-8",
                        data -> Fixture.writeBytes(data.resolve("mentions.csv"), latin1("article_id,café\n")),
                        "data/mentions.csv:1: expected UTF-8 text, found byte 0xE9 at byte offset 14"),
                bad("a byte-order mark",
                        data -> Fixture.write(data.resolve("vocab/places.json"),
                                "\uFEFF" + Fixture.read(data.resolve("vocab/places.json"))),
                        "data/vocab/places.json:1: expected UTF-8 without a byte-order mark: the file starts with a "
                                + "byte-order mark; save it as UTF-8 without BOM"),
                bad("an impossible date",
                        data -> Fixture.replace(data.resolve("engagements.csv"), "2021-09-09,2021-09-09",
                                "2021-09-09,2021-13-40"),
                        "data/engagements.csv:6: date_end \"2021-13-40\": expected a date yyyy-MM-dd"),
                bad("an unknown person",
                        data -> Fixture.replace(data.resolve("engagements.csv"), "deputy,sherman,xie-feng",
                                "deputy,sherman,xie-fang"),
                        "data/engagements.csv:4: cn_participants \"xie-fang\": expected a person id from "
                                + "data/vocab/people.json (did you mean \"xie-feng\"?)"),
                bad("a duplicate JSON key",
                        data -> Fixture.replace(data.resolve("vocab/issues.json"), "{\"id\": \"climate\",",
                                "{\"id\": \"climate\", \"id\": \"weather\","),
                        "data/vocab/issues.json:2:25: \"id\": expected each field once per object; this one is "
                                + "repeated"),
                bad("malformed JSON",
                        data -> Fixture.replace(data.resolve("vocab/issues.json"), "\"synonyms\": [\"Xinjiang\"]}",
                                "\"synonyms\": [\"Xinjiang\"}"),
                        "data/vocab/issues.json:6:92: expected valid JSON: Unexpected close marker '}': expected "
                                + "']' (for Array starting at line 6, column 81)"));
    }

    private static Arguments bad(String name, Consumer<Path> breakData, String message) {
        return Arguments.of(name, breakData, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badDataPrintsEveryProblemAndACountAndExitsOne(String name, Consumer<Path> breakData, String message) {
        Path data = Fixture.copyTo(temp);
        breakData.accept(data);
        assertEquals(new Run(1, message + "\ndata: 1 problem\n", ""), validate(data));
    }

    @Test
    void aMissingDataFolderIsAProblemNotACrash() {
        Run run = validate(temp.resolve("data"));
        assertEquals(List.of(1, ""), List.of(run.exitCode(), run.err()));
        assertEquals("data: expected a data folder; there is none at " + temp.resolve("data").toAbsolutePath()
                + "\ndata: 1 problem\n", run.out());
    }

    @Test
    void moreThanAHundredProblemsAreCountedAfterTheFirstHundred() {
        Path data = Fixture.copyTo(temp);
        Fixture.append(data.resolve("mentions.csv"),
                IntStream.range(0, 120).mapToObj(i -> "a001").toArray(String[]::new));
        List<String> lines = validate(data).out().lines().toList();
        assertEquals(102, lines.size());
        assertEquals("data/mentions.csv:6: expected 5 fields as in the header, found 1 field", lines.get(0));
        assertEquals("… and 20 more", lines.get(100));
        assertEquals("data: 120 problems", lines.get(101));
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
