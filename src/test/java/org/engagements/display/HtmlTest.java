package org.engagements.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain            | plain",
        "<script>         | &lt;script&gt;",
        "a & b            | a &amp; b",
        "`say \"hi\"`     | say &quot;hi&quot;",
        "it's             | it&#39;s"})
    void escapesMarkupCharacters(String text, String escaped) {
        assertEquals(escaped, Html.escape(text));
    }
}
