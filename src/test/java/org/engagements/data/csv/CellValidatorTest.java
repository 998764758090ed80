package org.engagements.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.engagements.data.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellValidatorTest {
    private static Schema.Column column(String name) {
        return Schema.CSV_FILES.stream().flatMap(file -> file.columns().stream())
                .filter(column -> column.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', nullValues = "OK", emptyValue = "", textBlock = """
            id             | e001              | OK
            id             | us-china-2        | OK
            id             | E001              | an id: lower-case letters and digits in groups joined by hyphens, e.g. e001
            id             | e-                | an id: lower-case letters and digits in groups joined by hyphens, e.g. e001
            id             | a--b              | an id: lower-case letters and digits in groups joined by hyphens, e.g. e001
            id             | ''                | a value (the column is required)
            date_start     | 2021-06-30        | OK
            date_start     | 2021-13-40        | a date yyyy-MM-dd
            date_start     | 2021-02-29        | a date yyyy-MM-dd
            date_start     | 2021-6-30         | a date yyyy-MM-dd
            date_start     | +2021-06-30       | a date yyyy-MM-dd
            mode           | video             | OK
            mode           | boat              | one of visit, third_party, multilateral, phone, video
            host_side      | third             | OK
            host_side      | us                | one of US, CN, third, none
            level          | leader            | OK
            us_participants| ''                | OK
            us_participants| biden;blinken     | OK
            us_participants| biden;;blinken    | ids separated by ";" with no empty items
            us_participants| biden;            | ids separated by ";" with no empty items
            us_participants| biden; blinken    | ids separated by ";", each an id: lower-case letters and digits in groups joined by hyphens, e.g. e001; " blinken" is not
            us_participants| biden;biden       | each id once; "biden" is listed twice
            venue          | ''                | OK
            notes          | 'tab\there'       | OK
            title          | ''                | a value (the column is required)
            """)
    void checksOneCell(String name, String value, String expected) {
        assertEquals(Optional.ofNullable(expected), CellValidator.check(column(name), value.replace("\\t", "\t")));
    }

    @ParameterizedTest(name = "{0} U+{1}")
    @CsvSource(textBlock = """
            notes, 0007
            id, 0009
            title, 000D
            notes, 007F
            """)
    void rejectsControlCharactersButTabAndLineBreakInText(String name, String hex) {
        String value = "a" + (char) Integer.parseInt(hex, 16) + "b";
        assertEquals(Optional.of("no control characters, found U+" + hex), CellValidator.check(column(name), value));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            notes
            quote
            """)
    void allowsLineBreaksInFreeText(String name) {
        assertEquals(Optional.empty(), CellValidator.check(column(name), "two\nlines"));
    }
}
