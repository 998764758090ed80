package org.engagements.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written whitespace folding of quotes and article texts agrees with the regex it replaced. */
class NormaliseTest {
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "plain text", "  leading and trailing  ", "two\nlines\r\nand\ttabs",
        "no\u00A0break\u2009thin\u3000ideographic\u2028line", "next\u0085line", "curly “quotes” stay",
        "a\u000B\u000Cb", "x  \n\n  y", "\u200Bzero width is not space"})
    void normaliseFoldsWhitespaceRunsLikeTheUnicodeRegex(String text) {
        assertEquals(WHITESPACE.matcher(text).replaceAll(" ").strip(), ReferenceValidator.normalise(text));
    }
}
