package org.engagements.notebook.ipynb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTextTest {
    @Test
    void keysAreSortedWithOneSpaceOfIndentationAsNbformatWrites() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", List.of(1, "two", true));
        value.put("a", new HashMap<>(Map.of("empty", List.of(), "none", Map.of())));
        value.put("c", null);

        assertEquals("""
                {
                 "a": {
                  "empty": [],
                  "none": {}
                 },
                 "b": [
                  1,
                  "two",
                  true
                 ],
                 "c": null
                }""", JsonText.write(value));
    }

    @Test
    void stringsEscapeAsPythonWithEnsureAsciiOff() {
        assertEquals("\"q\\\" b\\\\ n\\n t\\t \\u0001 ü – 😀\"", JsonText.write("q\" b\\ n\n t\t \u0001 ü – 😀"));
    }

    @ParameterizedTest(name = "{0} splits as {1}")
    @CsvSource(delimiter = '|', value = {
        "a\\nb\\n|[a\\n, b\\n]",
        "a\\nb|[a\\n, b]",
        "a\\r\\nb|[a\\r\\n, b]",
        "a\\rb|[a\\r, b]",
        "''|[]",
        "\\n|[\\n]"
    })
    void textSplitsIntoLinesLikePythonsSplitlines(String text, String lines) {
        String actual = TextLines.split(unescape(text)).stream().map(JsonTextTest::escape).toList().toString();
        assertEquals(lines, actual);
    }

    @Test
    void unicodeLineSeparatorsSplitToo() {
        assertEquals(List.of("a\u2028", "b\u0085", "c"), TextLines.split("a\u2028b\u0085c"));
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\r", "\r");
    }

    private static String escape(String text) {
        return text.replace("\n", "\\n").replace("\r", "\\r");
    }
}
