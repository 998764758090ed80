package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CursorTest {
    private static final String CODE = "a\uD83D\uDE00b";  // a, an emoji (two chars), b

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "2, 3", "3, 4", "99, 4", "-1, 0"})
    void codePointsBecomeCharIndices(int codePoints, int chars) {
        assertEquals(chars, Cursor.toCharIndex(CODE, codePoints));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "3, 2", "4, 3", "99, 3"})
    void charIndicesBecomeCodePoints(int chars, int codePoints) {
        assertEquals(codePoints, Cursor.toCodePoints(CODE, chars));
    }
}
