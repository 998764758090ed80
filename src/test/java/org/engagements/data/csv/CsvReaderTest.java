package org.engagements.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.engagements.data.Problem;
import org.engagements.data.Problems;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    private final Problems problems = new Problems();

    private List<CsvRecord> read(String text) {
        return CsvReader.read(text, "data/x.csv", problems);
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Problem::message).toList();
    }

    @Test
    void plainFieldsAreSplitOnCommasAndLineEnds() {
        assertEquals(List.of(new CsvRecord(1, List.of("a", "b")), new CsvRecord(2, List.of("c", ""))),
                read("a,b\nc,\n"));
        assertEquals(List.of(), messages());
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        List<CsvRecord> records = read("\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,1,2\n");
        assertEquals(List.of("x, y", "say \"hi\"", "two\nlines"), records.get(0).fields());
        assertEquals(List.of(), messages());
    }

    @Test
    void recordsKnowThePhysicalLineTheyStartOn() {
        List<CsvRecord> records = read("h\n\"a\nb\nc\"\nd\n");
        assertEquals(List.of(1, 2, 5), records.stream().map(CsvRecord::line).toList());
    }

    @Test
    void crlfLineEndsAreLineEndsAndBecomeLfInsideQuotes() {
        List<CsvRecord> records = read("a,b\r\n\"c\r\nd\",e\r\nf,g");
        assertEquals(List.of(new CsvRecord(1, List.of("a", "b")), new CsvRecord(2, List.of("c\nd", "e")),
                new CsvRecord(4, List.of("f", "g"))), records);
    }

    @Test
    void aLoneCarriageReturnStaysInTheField() {
        assertEquals(List.of("a\rb"), read("a\rb\n").get(0).fields());
    }

    @Test
    void aTrailingCommaMakesAnEmptyLastField() {
        assertEquals(List.of("a", ""), read("a,").get(0).fields());
    }

    @Test
    void aQuoteLeftOpenAtTheEndIsReportedAtTheLineItOpened() {
        List<CsvRecord> records = read("a,b\nc,\"open\nstill open\n");
        assertEquals(List.of(new CsvRecord(1, List.of("a", "b"))), records);
        assertEquals(List.of("data/x.csv:2: expected a closing quote (\") for the field opened on this line, "
                + "found the end of the file"), messages());
    }

    @Test
    void textAfterAClosingQuoteIsReported() {
        assertEquals(List.of("ab c"), read("\"ab\" c\n").get(0).fields());
        assertEquals(List.of("data/x.csv:1: expected a comma or a line end after a closing quote, found \" \""),
                messages());
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsReported() {
        read("a,b\"c\n");
        assertEquals(List.of("data/x.csv:1: expected quotes only around a whole field, with quotes inside "
                + "written twice (\"\"), found a quote inside an unquoted field"), messages());
    }

    @Test
    void fieldsLongerThanTheReadBufferAndALoneCarriageReturnInQuotesAreKept() {
        String longField = "x".repeat(200_000);
        List<CsvRecord> records = read("\"a\rb\"," + longField + "\n\"" + longField + "\"\"\",z\n");
        assertEquals(List.of("a\rb", longField), records.get(0).fields());
        assertEquals(List.of(longField + "\"", "z"), records.get(1).fields());
        assertEquals(List.of(), messages());
    }
}
