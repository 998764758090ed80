package org.engagements.notebook.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XhtmlTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            <td>a&nbsp;b</td>           | <td>a&#160;b</td>
            <td>&hellip;</td>           | <td>&#8230;</td>
            <td>&#65;&#x42;</td>        | <td>&#65;&#66;</td>
            <td>&#1;&#x0;</td>          | <td>&#65533;&#65533;</td>
            <td>&#xD800;</td>           | <td>&#65533;</td>
            &amp;nbsp; &amp;#1;         | &amp;nbsp; &amp;#1;
            &lt;&gt;&quot;&#39;        | &lt;&gt;&quot;&#39;
            """)
    void htmlOnlyReferencesBecomeNumericAndForbiddenOnesTheReplacementCharacter(String html, String xml) {
        assertEquals(xml, Xhtml.of(html));
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"0000", "0001", "001B", "007F", "FFFE", "D800"})
    void aCharacterXmlForbidsBecomesTheReplacementCharacter(String hex) {
        char c = (char) Integer.parseInt(hex, 16);
        String expected = c == 0x7F ? "a\u007Fb" : "a\uFFFDb"; // DEL is allowed in XML 1.0
        assertEquals(expected, Xhtml.of("a" + c + "b"));
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"0009", "000A", "000D", "00E9", "2026", "FFFD"})
    void allowedCharactersStay(String hex) {
        String text = "a" + (char) Integer.parseInt(hex, 16) + "b";
        assertEquals(text, Xhtml.of(text));
    }

    @ParameterizedTest
    @CsvSource({"😀"})
    void supplementaryCharactersStay(String text) {
        assertEquals(text, Xhtml.of(text));
    }
}
